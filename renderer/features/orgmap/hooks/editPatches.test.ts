import { describe, expect, it } from 'vitest';
import type { CommitteeMember } from '../../../../shared/committee.ts';
import { NOT_A_MEMBER } from '../components/CommitteeDialog.tsx';
import { testLine, testPerson } from '../drawing/testChart.ts';
import {
  committeeInitial,
  committeeRoleOptions,
  linePatch,
  lineValuesOf,
  memberFields,
  personPatch,
} from './editPatches.ts';

describe('personPatch', () => {
  it('keeps only the card fields that changed', () => {
    const person = testPerson('p', { name: 'Li', title: 'CTO', department: 'R&D' });
    const same = { name: 'Li', title: 'CTO', department: 'R&D', organization: '' };
    expect(personPatch(person, same)).toEqual({});
    expect(personPatch(person, { ...same, title: 'CEO', organization: 'X' })).toEqual({
      title: 'CEO',
      organization: 'X',
    });
  });
});

describe('linePatch', () => {
  it('keeps only the line fields that changed, null when none did', () => {
    const line = testLine('l', 'a', 'b', { kind: 'formal', note: 'old' });
    expect(linePatch(line, lineValuesOf(line))).toBeNull();
    expect(linePatch(line, { ...lineValuesOf(line), strength: 'strong', note: '' })).toEqual({
      strength: 'strong',
      note: '',
    });
  });
});

describe('committee values', () => {
  const member = {
    personId: 'p',
    roles: ['decider', 'retired'],
    attitude: 'supporter',
    influence: 'high',
    contact: 'close',
  } as CommitteeMember;

  it('opens with the member’s entry, or not a member', () => {
    expect(committeeInitial(null)).toBe(NOT_A_MEMBER);
    expect(committeeInitial(member)).toEqual({
      member: true,
      roles: ['decider', 'retired'],
      attitude: 'supporter',
      influence: 'high',
      contact: 'close',
    });
  });

  it('saves the member’s fields, or null to take them off', () => {
    const values = committeeInitial(member);
    expect(memberFields(values)).toEqual({
      roles: ['decider', 'retired'],
      attitude: 'supporter',
      influence: 'high',
      contact: 'close',
    });
    expect(memberFields({ ...values, member: false })).toBeNull();
  });

  it('offers the visible roles plus the hidden and unknown ones the person holds', () => {
    const roles = [
      { code: 'decider', hidden: false },
      { code: 'coach', hidden: true },
      { code: 'user', hidden: true },
    ];
    const label = (code: string) => code.toUpperCase();
    expect(committeeRoleOptions(roles, ['user', 'retired'], label)).toEqual([
      { value: 'decider', label: 'DECIDER' },
      { value: 'user', label: 'USER' },
      { value: 'retired', label: 'retired' },
    ]);
  });
});
