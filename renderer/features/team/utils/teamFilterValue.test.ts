import { describe, expect, it } from 'vitest';
import { knownTeamValue, ownersOf, teamFilterOf, teamFilterValue } from './teamFilterValue.ts';

const MEMBERS = [
  { id: 'tm_wang', name: 'Wang Lei', managerId: null },
  { id: 'tm_chen', name: '陈明', managerId: 'tm_wang' },
  { id: 'tm_xu', name: 'Xu Jing', managerId: 'tm_chen' },
  { id: 'tm_li', name: 'Li Na', managerId: null },
];

describe('team filter values', () => {
  it('reads and writes a member and a manager’s team', () => {
    expect(teamFilterOf('member:tm_chen')).toEqual({ memberId: 'tm_chen', includeReports: false });
    expect(teamFilterOf('team:tm_wang')).toEqual({ memberId: 'tm_wang', includeReports: true });
    expect(teamFilterValue({ memberId: 'tm_wang', includeReports: true })).toBe('team:tm_wang');
    expect(teamFilterValue({ memberId: 'tm_chen' })).toBe('member:tm_chen');
    for (const other of [null, undefined, '', 'member:', 'boss:tm_wang', 'Wang Lei'])
      expect(teamFilterOf(other)).toBeUndefined();
  });

  it('turns an old address’s owner name into its member, ignoring case and width', () => {
    expect(knownTeamValue('wang lei', MEMBERS)).toBe('member:tm_wang');
    expect(knownTeamValue('ＷＡＮＧ ＬＥＩ', MEMBERS)).toBe('member:tm_wang');
    expect(knownTeamValue('陈明', MEMBERS)).toBe('member:tm_chen');
  });

  it('drops what the team does not know, and keeps everything while the team loads', () => {
    expect(knownTeamValue('team:tm_gone', MEMBERS)).toBeNull();
    expect(knownTeamValue('Nobody', MEMBERS)).toBeNull();
    expect(knownTeamValue('team:tm_wang', MEMBERS)).toBe('team:tm_wang');
    expect(knownTeamValue('Nobody', undefined)).toBe('Nobody');
    expect(knownTeamValue(null, MEMBERS)).toBeNull();
  });

  it('gives the owner names a filter keeps: a member alone, or a team down the line', () => {
    expect(ownersOf({ memberId: 'tm_chen', includeReports: false }, MEMBERS)).toEqual(
      new Set(['陈明']),
    );
    expect(ownersOf({ memberId: 'tm_wang', includeReports: true }, MEMBERS)).toEqual(
      new Set(['Wang Lei', '陈明', 'Xu Jing']),
    );
  });
});
