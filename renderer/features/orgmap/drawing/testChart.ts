import type { InfluenceLine, MapCommitteeMember, OrgChart } from '../../../../shared/orgchart.ts';
import type { Person } from '../../../../shared/schemas.ts';

// Test data of the account map's drawing and export tests (not shipped: only tests import it).

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

export function testPerson(id: string, fields: Partial<Person> = {}): Person {
  return {
    id,
    accountId: 'acc',
    name: id,
    title: '',
    department: '',
    level: null,
    managerId: null,
    secondManagerId: null,
    external: false,
    organization: '',
    phone: '',
    email: '',
    birthday: null,
    interests: '',
    education: '',
    notes: '',
    archived: false,
    ...stamp,
    ...fields,
  } as Person;
}

export function testLine(
  id: string,
  fromPersonId: string,
  toPersonId: string,
  fields: Partial<InfluenceLine> = {},
): InfluenceLine {
  return {
    id,
    accountId: 'acc',
    fromPersonId,
    toPersonId,
    kind: 'informal',
    direction: 'one_way',
    strength: 'medium',
    note: '',
    ...stamp,
    ...fields,
  };
}

export function testMember(personId: string, fields: Partial<MapCommitteeMember> = {}) {
  return {
    personId,
    roles: ['decider'],
    attitude: 'supporter',
    attitudeScore: null,
    influence: 'high',
    contact: 'close',
    lastContactDate: null,
    ...fields,
  } as MapCommitteeMember;
}

/** 王总 (CEO) → 李经理 <R&D> & Co (CTO), 张工; an outside consultant; lines of each kind. */
export function testChart(withCommittee: boolean): OrgChart {
  return {
    accountId: 'acc',
    accountName: '华东电力',
    people: [
      testPerson('ceo', { name: '王总', title: '总经理', department: '总经办' }),
      testPerson('cto', {
        name: '李经理 <R&D> & Co',
        title: 'CTO',
        department: '技术部',
        managerId: 'ceo',
      }),
      testPerson('eng', {
        name: '张工',
        title: '工程师',
        department: '技术部',
        managerId: 'cto',
        secondManagerId: 'ceo',
      }),
      testPerson('buyer', { name: 'Buyer', title: 'Purchasing', managerId: 'ceo' }),
      testPerson('ext', { name: 'Consultant', external: true, organization: '设计院' }),
    ],
    lines: [
      testLine('l1', 'ext', 'ceo', { kind: 'external', direction: 'one_way' }),
      testLine('l2', 'eng', 'buyer', { kind: 'personal', direction: 'mutual' }),
      testLine('l3', 'cto', 'buyer', { kind: 'formal', strength: 'strong' }),
      testLine('l4', 'eng', 'ceo', { kind: 'informal', strength: 'weak' }),
    ],
    positions: [],
    committee: withCommittee
      ? {
          opportunityId: 'opp',
          opportunityName: 'Turbine retrofit',
          members: [
            testMember('ceo', { attitude: 'supporter' }),
            testMember('eng', { attitude: 'opponent', roles: ['user', 'evaluator'] }),
          ],
        }
      : null,
  };
}
