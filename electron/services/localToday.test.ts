import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { competitorCreate } from '../../shared/competition.ts';
import { accountScoringSave } from '../../shared/evaluation.ts';
import { input, testServices } from './testing.ts';

// At 00:30 in Shanghai the UTC date is still yesterday: every "today" of the services must be the
// Shanghai day. Each clock time below is one where the UTC and the local day differ.

const SHANGHAI_0030 = '2026-12-05T00:30:00+08:00';

function setup(start: string) {
  let t = Date.parse(start);
  // Ticks a second on every reading; setClock jumps it.
  const { services } = testServices(() => new Date((t += 1000) - 1000));
  const account = services.accounts.create(input.account({ name: 'Temp Co' }));
  const deal = services.opportunities.create(
    input.opportunity({ accountId: account.id, name: 'Plant 2 line' }),
  );
  return { services, account, deal, setClock: (iso: string) => void (t = Date.parse(iso)) };
}

describe('the services’ today at 00:30 in Shanghai', () => {
  const tz = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('counts a key person’s days since last contact to the Shanghai day', () => {
    const { services, account, deal } = setup(SHANGHAI_0030);
    const chairman = services.people.create(
      input.person({ accountId: account.id, name: 'Wang Jianguo', level: 'decision' }),
    );
    services.committee.upsertMember({
      opportunityId: deal.id,
      personId: chairman.id,
      roles: ['decider'],
      contact: 'frequent',
      attitude: 'supporter',
      lastContactDate: '2026-11-05',
    });
    services.settings.update({ reviewCadenceDays: 29 });
    const stale = services.committee
      .coverage({ opportunityId: deal.id })
      .flags.find((f) => f.code === 'stale_contact');
    expect(stale?.params).toMatchObject({ days: 30 });
  });

  it('reads a date-only "since" as the start of that Shanghai day', () => {
    const { services, account, deal } = setup('2026-12-05T00:10:00+08:00');
    const person = services.people.create(input.person({ accountId: account.id, name: 'Ai Bing' }));
    services.committee.upsertMember({ opportunityId: deal.id, personId: person.id });
    const changes = services.committee.changesSince({
      opportunityId: deal.id,
      since: '2026-12-05',
    });
    expect(changes.map((c) => [c.kind, c.personName])).toEqual([['added', 'Ai Bing']]);
    expect(
      services.committee.changesSince({ opportunityId: deal.id, since: '2026-12-06' }),
    ).toEqual([]);
  });

  it('ages the review queue to the Shanghai day', () => {
    // Created at 09:00 Shanghai on 28 November (01:00 UTC): 7 Shanghai days before 5 December.
    const { services, setClock } = setup('2026-11-28T09:00:00+08:00');
    setClock(SHANGHAI_0030);
    expect(services.reviews.queue({}).map((i) => [i.rule, i.days, i.since])).toEqual([
      ['not_updated', 7, '2026-11-28'],
    ]);
  });

  it('verifies a new competitor on the Shanghai day', () => {
    const { services } = setup(SHANGHAI_0030);
    const created = services.competitors.create(competitorCreate.parse({ name: 'Westbrook' }));
    expect(created.lastVerifiedAt).toBe('2026-12-05');
  });

  it('takes a purchase dated the Shanghai day as today, not as a date in the future', () => {
    const { services, account } = setup(SHANGHAI_0030);
    expect(services.scoring.today()).toBe('2026-12-05');
    const saved = services.scoring.saveAccountScoring(
      accountScoringSave.parse({
        accountId: account.id,
        version: 0,
        lastPurchaseDate: '2026-12-05',
        purchaseCount: 2,
        purchaseAmount: 10_000,
        creditFlags: [],
        creditNote: '',
      }),
    );
    expect(saved.rfm?.recencyDays).toBe(0);
  });

  it('files a snapshot taken at 00:30 on a Shanghai Monday under that week', () => {
    const { services } = setup('2026-12-07T00:30:00+08:00');
    expect(services.forecast.snapshot({ note: '' }).weekOf).toBe('2026-12-07');
  });
});
