import { describe, expect, it } from 'vitest';
import { emptyPlan } from './committee.ts';
import {
  applyWhatIf,
  computeCoverage,
  type CoverageMemberInput,
  type CoveragePersonInput,
  type CoverageRepRelationInput,
} from './coverage.ts';

const today = '2026-11-23';

const member = (
  personId: string,
  over: Partial<CoverageMemberInput> = {},
): CoverageMemberInput => ({
  personId,
  roles: [],
  attitude: 'neutral',
  // Known but low, so that only the tests about unknown influence raise influence_unknown.
  influence: 'low',
  contact: 'none',
  lastContactDate: null,
  plan: emptyPlan,
  ...over,
});

const person = (id: string, over: Partial<CoveragePersonInput> = {}): CoveragePersonInput => ({
  id,
  name: id.toUpperCase(),
  level: null,
  managerId: null,
  ...over,
});

// A committee with no red flag at all: the baseline each test spoils in one way.
const boss = person('boss', { name: 'Wang', level: 'decision' });
const mid = person('mid', { name: 'Li', level: 'management', managerId: 'boss' });
const handler = person('h', { name: 'Zhang', level: 'operational', managerId: 'mid' });
const coach = person('c', { name: 'Chen', level: 'operational', managerId: 'mid' });
const people = [boss, mid, handler, coach];
const healthy: CoverageMemberInput[] = [
  member('boss', {
    roles: ['decider'],
    influence: 'high',
    contact: 'frequent',
    lastContactDate: '2026-11-20',
  }),
  member('h', { roles: ['handler'], contact: 'close', lastContactDate: '2026-11-01' }),
  member('c', { roles: ['coach'], attitude: 'supporter', contact: 'distant' }),
];

const run = (
  members: CoverageMemberInput[],
  ppl: CoveragePersonInput[] = people,
  cadenceDays = 30,
) => computeCoverage({ members, people: ppl, today, cadenceDays });
const codes = (members: CoverageMemberInput[], ppl?: CoveragePersonInput[]) =>
  run(members, ppl).flags.map((f) => f.code);
const replace = (personId: string, over: Partial<CoverageMemberInput>) =>
  healthy.map((m) => (m.personId === personId ? { ...m, ...over } : m));

describe('computeCoverage', () => {
  it('gives a full score to a healthy committee', () => {
    expect(run(healthy)).toEqual({ score: 100, flags: [] });
  });

  it('scores an empty committee 0 with that flag only', () => {
    expect(run([])).toEqual({
      score: 0,
      flags: [
        { code: 'empty_committee', message: 'No one is on the buying committee yet', points: 100 },
      ],
    });
  });

  describe('decider_not_contacted', () => {
    it.each(['decider', 'approver', 'economic_buyer'])('fires for a %s never contacted', (role) => {
      const members = [...healthy, member('mid', { roles: [role], contact: 'none' })];
      const flag = run(members).flags.find((f) => f.code === 'decider_not_contacted');
      expect(flag).toEqual({
        code: 'decider_not_contacted',
        personId: 'mid',
        message: 'Li decides or approves but was never contacted',
        params: { name: 'Li' },
        points: 20,
      });
    });

    it('clears once they are contacted, and ignores other roles', () => {
      expect(
        codes([
          ...healthy,
          member('mid', { roles: ['approver'], contact: 'distant', lastContactDate: today }),
        ]),
      ).toEqual([]);
      expect(
        codes([...healthy, member('mid', { roles: ['influencer'], contact: 'none' })]),
      ).toEqual([]);
    });
  });

  describe('a committee where nothing is known', () => {
    // The new user's committee: 7 people added, no roles, no influence, never contacted (was 60).
    const unknown = Array.from({ length: 7 }, (_, i) =>
      member(`p${i}`, { influence: null, contact: 'none' }),
    );

    it('scores near 0 with a flag for each unknown', () => {
      const result = run(unknown);
      expect(result.flags.map((f) => [f.code, f.personId ?? null])).toEqual([
        ['no_decider_identified', null],
        ['no_contact_above_handler', null],
        ['single_thread', null],
        ['no_coach', null],
        ...unknown.map((m) => ['influence_unknown', m.personId]),
      ]);
      expect(result.score).toBe(0);
      expect(result.score).toBeLessThan(run([member('p0')]).score);
    });

    it('scores one unknown person below 50', () => {
      expect(run([member('p0', { influence: null })]).score).toBe(100 - (25 + 15 + 10 + 5));
    });
  });

  describe('no_decider_identified', () => {
    it('fires when no member decides, approves or is the economic buyer', () => {
      const members = replace('boss', { roles: ['user'] });
      expect(run(members).flags).toEqual([
        {
          code: 'no_decider_identified',
          message: 'No one on the committee is known to decide or approve',
          points: 25,
        },
      ]);
    });

    it.each(['decider', 'approver', 'economic_buyer'])('clears with a %s', (role) => {
      expect(codes(replace('boss', { roles: ['user', role] }))).toEqual([]);
    });
  });

  describe('influence_unknown', () => {
    it('fires for each member whose influence is unknown, naming them', () => {
      const result = run(replace('h', { influence: null }));
      expect(result).toEqual({
        score: 95,
        flags: [
          {
            code: 'influence_unknown',
            personId: 'h',
            message: 'The influence of Zhang is unknown',
            params: { name: 'Zhang' },
            points: 5,
          },
        ],
      });
    });

    it('clears in a what-if that gives the influence', () => {
      const members = replace('h', { influence: null });
      const after = applyWhatIf(members, [{ personId: 'h', influence: 'low' }], today);
      expect(run(after)).toEqual({ score: 100, flags: [] });
    });
  });

  describe('opponent_without_plan', () => {
    const opponent = member('mid', {
      attitude: 'opponent',
      influence: 'high',
      contact: 'distant',
      lastContactDate: '2026-11-22',
    });

    it('fires for an influential opponent whose route is blank', () => {
      const members = [...healthy, { ...opponent, plan: { ...emptyPlan, ourRoute: '   ' } }];
      expect(run(members).flags).toEqual([
        {
          code: 'opponent_without_plan',
          personId: 'mid',
          message: 'Li is an influential opponent with no plan to reach them',
          params: { name: 'Li' },
          points: 15,
        },
      ]);
    });

    it('fires for a gatekeeper opponent of medium influence, not only for deciders', () => {
      // The new user's case: the gatekeeper opposed us with medium influence and was not flagged.
      const gatekeeper = { ...opponent, roles: ['gatekeeper'], influence: 'medium' as const };
      const result = run([...healthy, gatekeeper]);
      expect(result.flags.map((f) => [f.code, f.personId])).toEqual([
        ['opponent_without_plan', 'mid'],
      ]);
      expect(result.score).toBe(85);
    });

    it('clears with a route, or when influence is low, or when not opposed', () => {
      expect(
        codes([
          ...healthy,
          { ...opponent, plan: { ...emptyPlan, ourRoute: 'Via his old classmate' } },
        ]),
      ).toEqual([]);
      expect(codes([...healthy, { ...opponent, influence: 'low' }])).toEqual([]);
      expect(codes([...healthy, { ...opponent, attitude: 'neutral' }])).toEqual([]);
    });
  });

  describe('no_contact_above_handler', () => {
    it('fires when the only person above the handler is not engaged', () => {
      const flags = run(replace('boss', { contact: 'distant' })).flags;
      expect(flags).toContainEqual({
        code: 'no_contact_above_handler',
        personId: 'h',
        message: 'No close contact above the handler Zhang',
        params: { name: 'Zhang' },
        points: 15,
      });
    });

    it('counts an engaged manager up the solid line even without a level', () => {
      const unlevelled = people.map((p) => ({ ...p, level: null }));
      const members = [
        ...replace('boss', { contact: 'distant' }),
        member('mid', { contact: 'frequent' }),
      ];
      expect(codes(members, unlevelled)).toEqual([]);
      // Without the reporting line the same manager is no longer above the handler.
      const flat = unlevelled.map((p) => ({ ...p, managerId: null }));
      expect(codes(members, flat)).toEqual(['no_contact_above_handler']);
    });

    it('counts someone of a higher level outside the handler’s chain', () => {
      const ppl = [...people, person('x', { name: 'Zhao', level: 'management' })];
      const members = [
        ...replace('boss', { contact: 'distant' }),
        member('x', { contact: 'close' }),
      ];
      expect(codes(members, ppl)).toEqual([]);
      // The same level as the handler is not above.
      const same = [...people, person('x', { name: 'Zhao', level: 'operational' })];
      expect(codes(members, same)).toEqual(['no_contact_above_handler']);
    });

    it('compares against the highest-level handler', () => {
      const members = [
        ...replace('boss', { contact: 'distant' }),
        member('mid', { roles: ['handler'], contact: 'close' }),
        member('x', { contact: 'close' }),
      ];
      const ppl = [...people, person('x', { name: 'Zhao', level: 'management' })];
      const flags = run(members, ppl).flags.filter((f) => f.code === 'no_contact_above_handler');
      // Li, a handler, is Zhang's manager but handlers never count; Zhao is only at Li's level.
      expect(flags).toEqual([
        {
          code: 'no_contact_above_handler',
          message: 'No close contact above the 2 project handlers',
          params: { handlers: 2 },
          points: 15,
        },
      ]);
    });

    it('compares against the operational level when there is no handler', () => {
      // Wang (decision level) is engaged: above operational, so no flag.
      const noHandler = replace('c', { contact: 'frequent' }).filter((m) => m.personId !== 'h');
      expect(codes(noHandler)).toEqual([]);
      const cold = noHandler.map((m) =>
        m.personId === 'boss' ? { ...m, contact: 'distant' as const } : m,
      );
      expect(run(cold).flags).toContainEqual({
        code: 'no_contact_above_handler',
        message: 'No close contact above the operational level',
        points: 15,
      });
    });

    it('survives a cycle in the reporting line', () => {
      const loop = [
        person('a', { level: 'operational', managerId: 'b' }),
        person('b', { level: 'operational', managerId: 'a' }),
        person('h', { level: 'operational', managerId: 'a' }),
      ];
      const members = [
        member('h', { roles: ['handler'], contact: 'close' }),
        member('a', { roles: ['approver'], contact: 'distant', lastContactDate: today }),
        member('b', { roles: ['coach'], attitude: 'supporter', contact: 'close' }),
      ];
      expect(codes(members, loop)).toEqual([]);
      expect(
        codes(
          members.map((m) => (m.personId === 'b' ? { ...m, contact: 'distant' } : m)),
          loop,
        ),
      ).toEqual(['no_contact_above_handler', 'single_thread']);
    });
  });

  describe('single_thread', () => {
    it('fires when one person carries every contact', () => {
      const flags = run(replace('h', { contact: 'distant' })).flags;
      expect(flags).toContainEqual({
        code: 'single_thread',
        personId: 'boss',
        message: 'Every contact goes through Wang',
        params: { name: 'Wang' },
        points: 15,
      });
    });

    it('fires without a personId when no one is engaged', () => {
      const cold = healthy.map((m) => ({ ...m, contact: 'distant' as const }));
      const flag = run(cold).flags.find((f) => f.code === 'single_thread');
      expect(flag).toEqual({
        code: 'single_thread',
        message: 'No one on the committee is in close or frequent contact',
        points: 15,
      });
    });

    it('does not fire for a committee of one', () => {
      const alone = [
        member('boss', {
          roles: ['coach', 'decider'],
          attitude: 'supporter',
          contact: 'close',
          lastContactDate: today,
        }),
      ];
      expect(codes(alone)).toEqual([]);
    });
  });

  describe('no_coach', () => {
    it('fires when the coach is not a supporter, or there is none', () => {
      expect(codes(replace('c', { attitude: 'neutral' }))).toEqual(['no_coach']);
      expect(run(replace('c', { roles: ['user'] })).flags).toEqual([
        { code: 'no_coach', message: 'No supporter acts as our coach', points: 10 },
      ]);
    });
  });

  describe('stale_contact', () => {
    it('fires for a key person contacted more than the cadence ago, with the days', () => {
      const flags = run(replace('boss', { lastContactDate: '2026-10-23' })).flags;
      expect(flags).toEqual([
        {
          code: 'stale_contact',
          personId: 'boss',
          message: 'Wang is a key person last contacted 31 days ago',
          params: { name: 'Wang', days: 31 },
          points: 5,
        },
      ]);
    });

    it('fires without days when the contact was never dated', () => {
      expect(run(replace('boss', { lastContactDate: null })).flags).toEqual([
        {
          code: 'stale_contact',
          personId: 'boss',
          message: 'Wang is a key person with no date of last contact',
          params: { name: 'Wang' },
          points: 5,
        },
      ]);
    });

    it('clears at exactly the cadence, for people not key, and when never contacted', () => {
      expect(codes(replace('boss', { lastContactDate: '2026-10-24' }))).toEqual([]);
      expect(
        run(replace('boss', { lastContactDate: '2026-10-24' }), people, 29).flags.map(
          (f) => f.code,
        ),
      ).toEqual(['stale_contact']);
      // Zhang is neither deciding nor highly influential: an old date does not matter.
      expect(codes(replace('h', { lastContactDate: '2025-01-01' }))).toEqual([]);
      // A key person never contacted is the decider rule's business, not this one's.
      const ppl = [...people, person('x', { name: 'Zhao' })];
      expect(codes([...healthy, member('x', { influence: 'high', contact: 'none' })], ppl)).toEqual(
        [],
      );
    });

    it('treats high influence as key', () => {
      const ppl = [...people, person('x', { name: 'Zhao' })];
      expect(
        codes([...healthy, member('x', { influence: 'high', contact: 'distant' })], ppl),
      ).toEqual(['stale_contact']);
    });
  });

  it('sums the points, orders by points then rule, and never goes below 0', () => {
    const ppl = [...people, person('x', { name: 'Zhao' }), person('y', { name: 'Zhou' })];
    const members = [
      member('x', { roles: ['approver'], influence: 'high', contact: 'distant' }), // stale 5
      member('c', { roles: ['coach'], attitude: 'neutral' }), // no_coach 10
      member('y', { roles: ['decider'], attitude: 'opponent', influence: 'high' }), // 20 + 15
      member('boss', { roles: ['economic_buyer'] }), // 20
    ];
    const result = run(members, ppl);
    expect(result.flags.map((f) => [f.code, f.personId ?? null])).toEqual([
      ['decider_not_contacted', 'y'],
      ['decider_not_contacted', 'boss'],
      ['opponent_without_plan', 'y'],
      ['no_contact_above_handler', null],
      ['single_thread', null],
      ['no_coach', null],
      ['stale_contact', 'x'],
    ]);
    expect(result.score).toBe(100 - (20 + 20 + 15 + 15 + 15 + 10 + 5));

    const many = Array.from({ length: 6 }, (_, i) => member(`d${i}`, { roles: ['decider'] }));
    expect(run(many).score).toBe(0);
  });

  it('names an unknown person by their id', () => {
    const flags = run([...healthy, member('ghost', { roles: ['decider'] })]).flags;
    expect(flags[0]?.message).toBe('ghost decides or approves but was never contacted');
  });
});

describe('competitor_closer', () => {
  const rel = (
    personId: string,
    closeness: CoverageRepRelationInput['closeness'],
    over: Partial<CoverageRepRelationInput> = {},
  ): CoverageRepRelationInput => ({
    competitorId: 'k1',
    competitorName: 'Haas',
    repName: 'Mike',
    personId,
    closeness,
    ...over,
  });
  const withReps = (repRelations: CoverageRepRelationInput[], members = healthy) =>
    computeCoverage({ members, people, today, cadenceDays: 30, repRelations });

  it('fires when a rep is closer to a decider than we are, with params for translation', () => {
    // boss decides and we are in frequent contact; Mike is close.
    const result = withReps([rel('boss', 'close')]);
    expect(result.flags).toEqual([
      {
        code: 'competitor_closer',
        message: 'Mike of Haas is closer to Wang than we are',
        points: 10,
        personId: 'boss',
        params: { person: 'Wang', competitor: 'Haas', rep: 'Mike' },
      },
    ]);
    expect(result.score).toBe(90);
  });

  it.each(['decider', 'approver', 'economic_buyer'])('counts a %s as a key person', (role) => {
    const members = [...healthy, member('mid', { roles: [role], contact: 'distant' })];
    expect(withReps([rel('mid', 'frequent')], members).flags.map((f) => f.code)).toContain(
      'competitor_closer',
    );
  });

  it('counts a person of high influence without a deciding role as a key person', () => {
    const members = [
      ...healthy,
      member('mid', { influence: 'high', contact: 'distant', lastContactDate: today }),
    ];
    expect(withReps([rel('mid', 'frequent')], members).flags.map((f) => f.code)).toEqual([
      'competitor_closer',
    ]);
  });

  it('ignores people who are not key, not on the committee, or as close to us', () => {
    // c: coach, influence low → not key; mid: not a member; boss: equally close (frequent).
    const result = withReps([rel('c', 'close'), rel('mid', 'close'), rel('boss', 'frequent')]);
    expect(result).toEqual({ score: 100, flags: [] });
  });

  it('orders close > frequent > distant > none', () => {
    const members = replace('boss', { contact: 'none' });
    const flagged = (closeness: CoverageRepRelationInput['closeness'], contact = 'none') =>
      withReps(
        [rel('boss', closeness)],
        replace('boss', { contact: contact as CoverageMemberInput['contact'] }),
      ).flags.some((f) => f.code === 'competitor_closer');
    expect(members).toHaveLength(3);
    expect(flagged('distant', 'none')).toBe(true);
    expect(flagged('distant', 'distant')).toBe(false);
    expect(flagged('frequent', 'distant')).toBe(true);
    expect(flagged('close', 'frequent')).toBe(true);
    expect(flagged('frequent', 'close')).toBe(false);
    expect(flagged('close', 'close')).toBe(false);
  });

  it('raises one flag per person and competitor, naming the competitor when the rep is unknown', () => {
    const result = withReps([
      rel('boss', 'close'),
      rel('boss', 'close'),
      rel('boss', 'close', { competitorId: 'k2', competitorName: 'DMG', repName: ' ' }),
    ]);
    expect(result.flags.map((f) => [f.code, f.message, f.params])).toEqual([
      [
        'competitor_closer',
        'Mike of Haas is closer to Wang than we are',
        { person: 'Wang', competitor: 'Haas', rep: 'Mike' },
      ],
      [
        'competitor_closer',
        'The rep of DMG is closer to Wang than we are',
        { person: 'Wang', competitor: 'DMG', rep: '' },
      ],
    ]);
    expect(result.score).toBe(80);
  });

  it('sorts with the other flags by points (after 15, before 5)', () => {
    const members = replace('boss', { lastContactDate: '2026-01-01' }).map((m) =>
      m.personId === 'h' ? { ...m, contact: 'distant' as const } : m,
    );
    const result = withReps([rel('boss', 'close')], members);
    expect(result.flags.map((f) => f.code)).toEqual([
      'single_thread',
      'competitor_closer',
      'stale_contact',
    ]);
  });

  it('follows what-if changes of our contact', () => {
    const after = applyWhatIf(healthy, [{ personId: 'boss', contact: 'close' }], today);
    expect(withReps([rel('boss', 'close')], after).flags).toEqual([]);
  });
});

describe('applyWhatIf', () => {
  it('changes only the given fields of the given people, mutating nothing', () => {
    const before = structuredClone(healthy);
    const after = applyWhatIf(
      healthy,
      [
        { personId: 'boss', attitude: 'opponent', influence: null },
        { personId: 'nobody', attitude: 'supporter' },
      ],
      today,
    );
    expect(healthy).toEqual(before);
    expect(after).not.toBe(healthy);
    expect(after[0]).toEqual({ ...healthy[0], attitude: 'opponent', influence: null });
    expect(after[0]).not.toBe(healthy[0]);
    expect(after.slice(1)).toEqual(healthy.slice(1));
  });

  it('dates a contact raised from none to today, and only then', () => {
    const members = [
      member('a'),
      member('b', { contact: 'distant', lastContactDate: '2026-01-01' }),
    ];
    const after = applyWhatIf(
      members,
      [
        { personId: 'a', contact: 'frequent' },
        { personId: 'b', contact: 'close' },
      ],
      today,
    );
    expect(after.map((m) => [m.contact, m.lastContactDate])).toEqual([
      ['frequent', today],
      ['close', '2026-01-01'],
    ]);
    expect(
      applyWhatIf(members, [{ personId: 'a', contact: 'none' }], today)[0]?.lastContactDate,
    ).toBeNull();
  });

  it('keeps extra member fields and feeds computeCoverage', () => {
    const full = healthy.map((m, i) => ({ ...m, id: `m${i}` }));
    const after = applyWhatIf(full, [{ personId: 'c', attitude: 'opponent' }], today);
    expect(after[2]?.id).toBe('m2');
    expect(run(after).flags.map((f) => f.code)).toEqual(['no_coach']);
  });
});
