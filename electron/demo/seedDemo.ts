import { upsertMemberInput } from '../../shared/committee.ts';
import {
  competitorCreate,
  criterionUpsert,
  dealCompetitorUpsert,
  dealOutcomeRecord,
} from '../../shared/competition.ts';
import type { Locale } from '../../shared/enums.ts';
import { addDays, daysBetween, localDay } from '../../shared/localDate.ts';
import { accountScoringSave, dealEvaluationSave } from '../../shared/evaluation.ts';
import { negotiationCreate } from '../../shared/negotiation.ts';
import { influenceCreate } from '../../shared/orgchart.ts';
import { accountCreate, opportunityCreate, personCreate } from '../../shared/schemas.ts';
import { writeTransaction } from '../services/common.ts';
import { createServices, type Services, type ServicesOptions } from '../services/index.ts';
import { activityCreate } from '../../shared/activities.ts';
import { demoActivities } from './demoActivities.ts';
import { demoCompetition } from './demoCompetition.ts';
import { demoScoring } from './demoScoring.ts';
import { demoWorkspace, type DemoAccount, type DemoPerson } from './demoWorkspace.ts';

/** What seeding one account left behind: its id, its people's ids by key, its deals' ids in order. */
type SeededAccount = { accountId: string; people: Map<string, string>; opportunities: string[] };

/** Runs `write` with the services' clock on `day`: what it writes is dated as of that day. */
type WrittenOn = <T>(day: string, write: () => T) => T;

/**
 * Fills a new workspace with the worked example of DOMAIN.md §8, through the services and their
 * validation, in one transaction: a half-seeded workspace never exists. The story is moved to the
 * day the workspace is created (storyTime.ts), and what happened earlier in it is written with
 * the clock set back to that day (a deal opened 45 days ago, a visit logged on its day), so the
 * records' own timestamps tell the story too and the 1-15-30 review queue has deals under each
 * rule on a new workspace.
 */
export function seedDemo(options: ServicesOptions): void {
  const { db, systemLocale: locale } = options;
  const today = localDay(options.now());
  let daysBack = 0;
  // The same time of day, `daysBack` local days earlier; time runs on, so writes stay in order.
  const clock = () => {
    const at = options.now();
    at.setDate(at.getDate() - daysBack);
    return at;
  };
  const services = createServices({ ...options, now: clock });
  const writtenOn: WrittenOn = (day, write) => {
    daysBack = daysBetween(day, today);
    try {
      return write();
    } finally {
      daysBack = 0;
    }
  };
  writeTransaction(db, () => {
    const seeded = new Map<string, SeededAccount>();
    for (const demo of demoWorkspace(locale, today)) seedAccount(services, demo, writtenOn, seeded);
    seedCompetition(services, locale, today, seeded);
    seedActivities(services, locale, today, writtenOn, seeded);
    seedScoring(services, locale, seeded);
  });
}

/** One demo account: its people, map lines, deals (each opened on its own day) and committees. */
function seedAccount(
  services: Services,
  demo: DemoAccount,
  writtenOn: WrittenOn,
  seeded: Map<string, SeededAccount>,
): void {
  const today = services.scoring.today();
  // The account and its people are on file from the day its first deal was opened.
  const firstDeal = Math.max(0, ...demo.opportunities.map((o) => o.openedDaysAgo));
  const { account, ids } = writtenOn(addDays(today, -firstDeal), () => {
    const account = services.accounts.create(accountCreate.parse(demo.account));
    const ids = new Map<string, string>();
    for (const { key, managerKey, secondManagerKey, ...person } of managersFirst(
      demo.people,
      demo.key,
    )) {
      const created = services.people.create(
        personCreate.parse({
          ...person,
          accountId: account.id,
          managerId: managerKey === undefined ? null : ids.get(managerKey),
          secondManagerId: secondManagerKey === undefined ? null : ids.get(secondManagerKey),
        }),
      );
      ids.set(key, created.id);
    }
    for (const { fromKey, toKey, ...line } of demo.influences) {
      const fromPersonId = ids.get(fromKey);
      const toPersonId = ids.get(toKey);
      if (fromPersonId === undefined || toPersonId === undefined) {
        throw new Error(`Demo account ${demo.key}: unknown person in line ${fromKey} → ${toKey}`);
      }
      services.influences.create(influenceCreate.parse({ ...line, fromPersonId, toPersonId }));
    }
    return { account, ids };
  });
  const opportunities = demo.opportunities.map(({ openedDaysAgo, ...opportunity }) =>
    writtenOn(addDays(today, -openedDaysAgo), () =>
      services.opportunities.create(
        opportunityCreate.parse({ ...opportunity, accountId: account.id }),
      ),
    ),
  );
  // Committees as they stand today, updated for the review.
  for (const { opportunity, members } of demo.committees) {
    const opportunityId = opportunities[opportunity]?.id;
    if (opportunityId === undefined) {
      throw new Error(`Demo account ${demo.key}: no opportunity ${opportunity} for a committee`);
    }
    for (const { personKey, ...member } of members) {
      const personId = ids.get(personKey);
      if (personId === undefined) {
        throw new Error(`Demo account ${demo.key}: unknown committee member ${personKey}`);
      }
      services.committee.upsertMember(
        upsertMemberInput.parse({ ...member, opportunityId, personId }),
      );
    }
  }
  seeded.set(demo.key, {
    accountId: account.id,
    people: ids,
    opportunities: opportunities.map((o) => o.id),
  });
}

/** Activities on the timelines and the evidence behind the stages the demo deals have passed. */
function seedActivities(
  services: Services,
  locale: Locale,
  today: string,
  writtenOn: WrittenOn,
  seeded: Map<string, SeededAccount>,
): void {
  const { activities, evidence } = demoActivities(locale, today);
  const accountOf = (key: string) => {
    const account = seeded.get(key);
    if (account === undefined) throw new Error(`Demo activities: unknown account ${key}`);
    return account;
  };
  const dealOf = (account: SeededAccount, index: number) => {
    const id = account.opportunities[index];
    if (id === undefined) throw new Error(`Demo activities: no opportunity ${index}`);
    return id;
  };
  for (const { accountKey, opportunity, personKeys, ...fields } of activities) {
    const account = accountOf(accountKey);
    const opportunityId = opportunity === null ? null : dealOf(account, opportunity);
    // Logged on the day it happened.
    writtenOn(fields.date, () =>
      services.activities.create(
        activityCreate.parse({
          ...fields,
          accountId: account.accountId,
          opportunityId,
          personIds: personKeys.map((key) => {
            const id = account.people.get(key);
            if (id === undefined) throw new Error(`Demo activities: unknown person ${key}`);
            return id;
          }),
        }),
      ),
    );
  }
  // Each criterion recorded as met on the day it was met.
  for (const { accountKey, opportunity, items } of evidence) {
    const id = dealOf(accountOf(accountKey), opportunity);
    for (const item of items) {
      writtenOn(item.date, () => services.stages.saveEvidence({ id, items: [item] }));
    }
  }
}

/** Evaluations of the open deals and the grading of two accounts (seed 002's RFM example). */
function seedScoring(services: Services, locale: Locale, seeded: Map<string, SeededAccount>): void {
  const { evaluations, gradings } = demoScoring(locale);
  for (const { accountKey, opportunity, ...evaluation } of evaluations) {
    const opportunityId = seeded.get(accountKey)?.opportunities[opportunity];
    if (opportunityId === undefined) {
      throw new Error(`Demo scoring: no opportunity ${opportunity} of ${accountKey}`);
    }
    services.scoring.saveEvaluation(
      dealEvaluationSave.parse({ ...evaluation, opportunityId, version: 0 }),
    );
  }
  const today = services.scoring.today();
  const daysAgo = (days: number) => addDays(today, -days);
  for (const { accountKey, lastPurchaseDaysAgo, creditFlags, ...grading } of gradings) {
    const accountId = seeded.get(accountKey)?.accountId;
    if (accountId === undefined) throw new Error(`Demo scoring: no account ${accountKey}`);
    services.scoring.saveAccountScoring(
      accountScoringSave.parse({
        ...grading,
        accountId,
        version: 0,
        lastPurchaseDate: lastPurchaseDaysAgo === null ? null : daysAgo(lastPurchaseDaysAgo),
        creditFlags: creditFlags.map(({ daysAgo: days, ...flag }) => ({
          ...flag,
          date: daysAgo(days),
        })),
      }),
    );
  }
}

/** The competitor library and, per deal, competitors, criteria, outcome and negotiation sheets. */
function seedCompetition(
  services: Services,
  locale: Locale,
  today: string,
  seeded: Map<string, SeededAccount>,
): void {
  const { competitors, deals } = demoCompetition(locale, today);
  const competitorIds = new Map<string, string>();
  for (const { key, ...competitor } of competitors) {
    competitorIds.set(key, services.competitors.create(competitorCreate.parse(competitor)).id);
  }
  const competitorId = (key: string) => {
    const id = competitorIds.get(key);
    if (id === undefined) throw new Error(`Demo competition: unknown competitor ${key}`);
    return id;
  };
  for (const deal of deals) {
    const account = seeded.get(deal.accountKey);
    const opportunityId = account?.opportunities[deal.opportunity];
    if (account === undefined || opportunityId === undefined) {
      throw new Error(`Demo competition: no opportunity ${deal.opportunity} of ${deal.accountKey}`);
    }
    const personId = (key: string) => {
      const id = account.people.get(key);
      if (id === undefined) throw new Error(`Demo competition: unknown person ${key}`);
      return id;
    };
    for (const { competitorKey, repRelations, ...fields } of deal.competitors) {
      services.dealCompetitors.upsert(
        dealCompetitorUpsert.parse({
          ...fields,
          opportunityId,
          competitorId: competitorId(competitorKey),
          repRelations: repRelations.map((r) => ({
            personId: personId(r.personKey),
            closeness: r.closeness,
          })),
        }),
      );
    }
    for (const criterion of deal.criteria) {
      services.criteria.upsert(
        criterionUpsert.parse({
          ...criterion,
          opportunityId,
          scores: criterion.scores.map((s) => ({
            ...s,
            vendor: s.vendor === 'us' ? 'us' : competitorId(s.vendor),
          })),
        }),
      );
    }
    if (deal.outcome) {
      const { winnerCompetitorKey, ...outcome } = deal.outcome;
      services.outcomes.recordOutcome(
        dealOutcomeRecord.parse({
          ...outcome,
          opportunityId,
          winnerCompetitorId:
            winnerCompetitorKey === null ? null : competitorId(winnerCompetitorKey),
        }),
      );
    }
    for (const { attendees, ...sheet } of deal.negotiations) {
      services.negotiations.create(
        negotiationCreate.parse({
          ...sheet,
          opportunityId,
          attendees: attendees.map(({ personKey, ...a }) => ({
            ...a,
            personId: personKey === null ? null : personId(personKey),
          })),
        }),
      );
    }
  }
}

/** Orders people so that both of a person's managers come before them. */
function managersFirst(people: DemoPerson[], accountKey: string): DemoPerson[] {
  const keys = new Set(people.map((p) => p.key));
  const placed = new Set<string>();
  const ordered: DemoPerson[] = [];
  let pending = people;
  while (pending.length > 0) {
    const ready = pending.filter((p) =>
      [p.managerKey, p.secondManagerKey].every((k) => k === undefined || placed.has(k)),
    );
    if (ready.length === 0) {
      const stuck = pending.map((p) => p.key).join(', ');
      const unknown = pending.some((p) =>
        [p.managerKey, p.secondManagerKey].some((k) => k !== undefined && !keys.has(k)),
      );
      throw new Error(
        `Demo account ${accountKey}: ${unknown ? 'unknown manager key' : 'reporting loop'} among ${stuck}`,
      );
    }
    for (const p of ready) placed.add(p.key);
    ordered.push(...ready);
    pending = pending.filter((p) => !placed.has(p.key));
  }
  return ordered;
}
