import { describe, expect, it } from 'vitest';
import { competitorCreate } from '../../shared/competition.ts';
import { LOCALES } from '../../shared/enums.ts';
import { negotiationCreate } from '../../shared/negotiation.ts';
import { isBetter, sheetIssues } from '../../shared/negotiationRules.ts';
import { demoCompetition } from './demoCompetition.ts';
import { demoWorkspace } from './demoWorkspace.ts';
import { STORY_DAY } from './storyTime.ts';

const CJK = /[\u3400-\u9fff]/;

/** Every string of a record, with its path; numbers, booleans and null are structure. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  return [];
}

// Codes and keys that are the same in both languages.
const CODE =
  /\.(key|competitorKey|personKey|vendor|accountKey|area|priceLevel|position|threat|winner|winnerCompetitorKey|closeness|side|role|direction|giveIssue|getIssue|ourPriority|theirPriority|meetingDate)$|\.(reasons|principles)\[\d+\]$/;

describe.each(LOCALES)('demoCompetition(%s)', (locale) => {
  const demo = demoCompetition(locale, STORY_DAY);
  const workspace = demoWorkspace(locale, STORY_DAY);

  it('passes the create schemas and the sheet rules', () => {
    for (const { key: _, ...c } of demo.competitors) competitorCreate.parse(c);
    for (const deal of demo.deals) {
      const account = workspace.find((a) => a.key === deal.accountKey)!;
      expect(account.opportunities[deal.opportunity], deal.accountKey).toBeDefined();
      const committee = account.committees.find((c) => c.opportunity === deal.opportunity);
      const members = new Set(committee?.members.map((m) => m.personKey));
      const people = new Set(account.people.map((p) => p.key));
      for (const d of deal.competitors) {
        expect(demo.competitors.some((c) => c.key === d.competitorKey)).toBe(true);
        for (const r of d.repRelations) expect(people.has(r.personKey), r.personKey).toBe(true);
      }
      for (const { attendees, ...sheet } of deal.negotiations) {
        const parsed = negotiationCreate.parse({
          ...sheet,
          opportunityId: crypto.randomUUID(),
          attendees: attendees.map(({ personKey, ...a }) => ({ ...a, personId: personKey })),
        });
        const issues = sheetIssues({ ...parsed, issues: parsed.issues ?? [] }, (key) =>
          members.has(key) ? null : 'not_a_member',
        );
        expect(issues).toEqual([]);
        for (const o of parsed.objectives) {
          expect(isBetter(o.walkAway, o.target, o.direction)).toBe(false);
        }
      }
    }
  });

  it('writes its prose in the interface language', () => {
    const prose = strings(demo).filter(
      (s) => !CODE.test(s.path) && s.text !== '' && s.text !== '%',
    );
    expect(prose.length).toBeGreaterThan(50);
    for (const s of prose) {
      if (locale === 'zh-CN') expect(CJK.test(s.text), s.path).toBe(true);
      else expect(CJK.test(s.text), s.path).toBe(false);
    }
  });
});

describe('demoCompetition across locales', () => {
  it('describes the same competition in zh-CN and en', () => {
    const structure = (locale: (typeof LOCALES)[number]) =>
      strings(demoCompetition(locale, STORY_DAY)).map((s) =>
        CODE.test(s.path) ? s : { path: s.path },
      );
    expect(structure('zh-CN')).toEqual(structure('en'));
    const numbers = (locale: (typeof LOCALES)[number]) =>
      JSON.stringify(demoCompetition(locale, STORY_DAY), (_, v: unknown) =>
        typeof v === 'string' ? '' : v,
      );
    expect(numbers('zh-CN')).toBe(numbers('en'));
  });
});
