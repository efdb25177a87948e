import { beforeAll, describe, expect, it } from 'vitest';
import {
  channels,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
} from '../shared/channels.ts';
import { STORY_DAY } from './demo/storyTime.ts';
import { seedDemo } from './demo/seedDemo.ts';
import { combine, createHandlers } from './handlers.ts';
import { createRouter, type Router } from './router.ts';
import { createServices } from './services/index.ts';
import { tickingClock } from './services/testing.ts';
import { openStore } from './store/connection.ts';

describe('combine', () => {
  it('joins the services’ handlers and refuses a channel answered by two services', () => {
    const info = () => ({
      version: '1',
      schemaVersion: 1,
      workspacePath: '',
      systemLocale: 'en' as const,
    });
    const settings = () => ({ locale: 'en' }) as never;
    expect(Object.keys(combine({ 'app.info': info }, { 'settings.get': settings }))).toEqual([
      'app.info',
      'settings.get',
    ]);
    expect(() => combine({ 'app.info': info }, { 'app.info': info })).toThrow(
      'Two services answer app.info',
    );
  });

  it('refuses an area whose channels two services share', () => {
    const get = () => ({}) as never;
    expect(() => combine({ 'stageSets.list': get }, { 'stageSets.save': get })).toThrow(
      'Two services answer channels of stageSets',
    );
  });

  it('gives one file’s router exactly the contract’s channels but the session’s workspace.*', () => {
    const { db } = openStore(':memory:', tickingClock());
    const services = createServices({
      db,
      now: tickingClock(),
      systemLocale: 'en',
      appVersion: '0.0.0-test',
      workspacePath: ':memory:',
    });
    expect(Object.keys(createHandlers(services)).sort()).toEqual(
      Object.keys(channels)
        .filter((c) => !c.startsWith('workspace.'))
        .sort(),
    );
  });
});

// Writes on records made for them: each service's tests call them through testRouter (testing.ts),
// which parses every answer with the same output schemas.
const NOT_CALLED_HERE: ChannelName[] = [
  'committee.upsertMember',
  'committee.removeMember',
  'buyingRoles.create',
  'buyingRoles.update',
  'orgchart.savePositions',
  'orgchart.resetPositions',
  'orgchart.removePerson',
  'influences.create',
  'influences.update',
  'influences.delete',
  'competitors.create',
  'competitors.update',
  'dealCompetitors.upsert',
  'dealCompetitors.remove',
  'criteria.upsert',
  'criteria.remove',
  'criteria.addDefaults',
  'outcomes.record',
  'negotiations.create',
  'negotiations.update',
  'activities.create',
  'activities.update',
  'stages.saveEvidence',
  'stages.advance',
  'stageSets.save',
  // Answered by the session over a workspace file (workspace.test.ts), not by one file's services.
  'workspace.info',
  'workspace.backups',
  'workspace.backupNow',
  'workspace.restore',
  // encryption.test.ts
  'workspace.setPassphrase',
  'workspace.loadDemo',
  // … and the workspace's file channels (workspaceFiles.test.ts).
  'workspace.saveCopy',
  'workspace.open',
  'workspace.create',
  'workspace.recent',
  'workspace.forgetRecent',
  // imports.test.ts: they need a file read by importFiles.* (the router's answers are checked there).
  'imports.mapping',
  'imports.values',
  'imports.preview',
  'imports.previewRows',
  'imports.commit',
  'imports.refusedFile',
  'imports.list',
  'imports.undo',
];

describe('every answer matches its channel’s output schema (demo workspace, through the router)', () => {
  let router: Router;
  const checked = new Set<ChannelName>();

  /** Dispatches like a transport, then parses the answer with the contract's output schema. */
  async function call<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<ChannelOutput<C>> {
    const result = await router.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    const parsed = channels[channel].output.safeParse(result.data);
    expect(parsed.error?.issues ?? [], channel).toEqual([]);
    checked.add(channel);
    return result.data as ChannelOutput<C>;
  }

  beforeAll(() => {
    const now = tickingClock(new Date(`${STORY_DAY}T09:00:00`).toISOString());
    const { db } = openStore(':memory:', now);
    const options = { db, now, systemLocale: 'zh-CN', appVersion: '0.0.0-test' } as const;
    seedDemo({ ...options, workspacePath: ':memory:' });
    router = createRouter(
      createHandlers(createServices({ ...options, workspacePath: ':memory:' })),
    );
  });

  it('answers the reads and writes of a worked deal as the contract says', async () => {
    await call('app.info', {});
    const settings = await call('settings.get', {});
    await call('settings.update', { locale: settings.locale });

    const accounts = await call('accounts.list', {});
    expect(accounts.length).toBeGreaterThan(0);
    // The demo deal with the most on file: a negotiation sheet and competitors.
    const deals = await call('opportunities.list', {});
    let deal = deals[0]!;
    for (const d of deals) {
      const sheets = await call('negotiations.list', { opportunityId: d.id });
      const rivals = await call('dealCompetitors.list', { opportunityId: d.id });
      if (sheets.length > 0 && rivals.length > 0) deal = d;
    }
    const opportunityId = deal.id;
    const account = await call('accounts.get', { id: deal.accountId });
    await call('accounts.update', { id: account.id, version: account.version, owner: 'Li' });
    const people = await call('people.list', { accountId: account.id });
    expect(people.length).toBeGreaterThan(0);
    const person = await call('people.get', { id: people[0]!.id });
    await call('people.update', { id: person.id, version: person.version, title: 'CIO' });
    const opportunity = await call('opportunities.get', { id: opportunityId });
    await call('opportunities.update', {
      id: opportunityId,
      version: opportunity.version,
      owner: 'Li',
    });
    await call('history.list', { entityId: opportunityId });
    // The update just above is the newest step: undone, then redone.
    expect((await call('history.undoState', {})).undo).toMatchObject({ entity: 'opportunity' });
    await call('history.undo', {});
    await call('history.redo', {});

    const committee = await call('committee.get', { opportunityId });
    expect(committee.members.length).toBeGreaterThan(0);
    await call('committee.coverage', { opportunityId });
    await call('committee.changesSince', { opportunityId, since: '2020-01-01' });
    const roles = await call('buyingRoles.list', {});
    await call('buyingRoles.reorder', { codes: roles.map((r) => r.code) });
    await call('orgchart.get', { accountId: account.id, opportunityId });

    const competitors = await call('competitors.list', {});
    await call('competitors.get', { id: competitors[0]!.id });
    await call('criteria.list', { opportunityId });
    await call('criteria.comparison', { opportunityId });
    await call('outcomes.get', { opportunityId });
    const swot = await call('swot.get', { opportunityId });
    await call('swot.save', {
      opportunityId,
      version: swot?.version,
      strengths: 'Service',
      weaknesses: swot?.weaknesses ?? '',
      opportunities: swot?.opportunities ?? '',
      threats: swot?.threats ?? '',
    });
    const [sheet] = await call('negotiations.list', { opportunityId });
    await call('negotiations.get', { id: sheet!.id });
    await call('activities.list', { accountId: account.id });

    await call('stageSets.list', {});
    await call('stages.deal', { id: opportunityId });
    await call('reviews.queue', {});
    await call('forecast.get', { groupBy: 'quarter' });
    await call('forecast.snapshot', {});
    await call('forecast.snapshots', {});
    await call('forecast.movements', {});
    const pipeline = await call('pipeline.list', {});
    await call('exports.table', {
      format: 'xlsx',
      name: 'Pipeline',
      columns: [
        { header: 'Deal', type: 'text' },
        { header: 'Amount', type: 'money', currency: 'CNY' },
      ],
      rows: pipeline.rows.map((r) => [r.name, r.amount]),
    });

    const found = await call('search.query', { text: account.name });
    expect(found.groups[0]?.hits[0]?.id).toBe(account.id);

    const evaluation = await call('evaluation.get', { opportunityId });
    await call('evaluation.save', { opportunityId, version: evaluation.version, note: 'Fit' });
    await call('evaluation.quadrant', {});
    const weights = await call('scoringSettings.get', {});
    await call('scoringSettings.save', { rfmWeights: weights.rfmWeights });
    const grading = await call('accountScoring.get', { accountId: account.id });
    await call('accountScoring.save', {
      accountId: account.id,
      version: grading.version,
      purchaseCount: 3,
    });

    const pkg = await call('packages.export', { accountId: account.id });
    const preview = await call('packages.preview', { fileName: pkg.fileName, data: pkg.data });
    expect(preview.counts.same).toBe(preview.items.length);
    await call('packages.apply', { previewId: preview.previewId });

    // Our team: 'Li' joined when the deal above was given to Li; Wang manages Li.
    const team = await call('team.list', {});
    const li = team.items.find((m) => m.name === 'Li')!;
    const wang = await call('team.create', { name: 'Wang', role: 'Sales manager' });
    await call('team.update', { id: li.id, version: li.version, managerId: wang.id });
    const wangsTeam = await call('pipeline.list', {
      team: { memberId: wang.id, includeReports: true },
    });
    expect(wangsTeam.rows.map((r) => r.id)).toContain(opportunityId);
    await call('team.archive', { id: wang.id, version: wang.version, archived: true });

    const created = await call('accounts.create', { name: 'Probe Co' });
    const zhou = await call('people.create', { accountId: created.id, name: 'Zhou' });
    await call('opportunities.create', { accountId: created.id, name: 'Probe deal' });
    const archived = await call('accounts.archive', {
      id: created.id,
      version: created.version,
      archived: true,
    });
    await call('people.erasePreview', { id: zhou.id });
    await call('people.erase', { id: zhou.id, confirmName: 'Zhou' });
    await call('accounts.erasePreview', { id: archived.id });
    await call('accounts.erase', { id: archived.id, confirmName: 'Probe Co' });

    // An import file read in its worker thread, polled until ready, then let go.
    const { jobId } = await call('importFiles.read', {
      fileName: 'people.csv',
      data: Buffer.from('姓名,职务\n张伟,总经理\n').toString('base64'),
    });
    let job = await call('importFiles.job', { jobId });
    for (let i = 0; i < 1000 && job.state === 'reading'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      job = await call('importFiles.job', { jobId });
    }
    expect(job).toMatchObject({ state: 'ready', file: { rowCount: 1 } });
    expect(await call('importFiles.cancel', { jobId })).toEqual({ cancelled: true });

    // A form's crash draft and a list's remembered view (issue 15).
    await call('drafts.save', { key: `account:${account.id}`, value: '{"name":"Draft"}' });
    await call('drafts.get', { key: `account:${account.id}` });
    await call('drafts.discard', { key: `account:${account.id}` });
    await call('viewState.save', {
      list: 'accounts',
      state: { sorting: [], columnSizing: {}, columnVisibility: {}, filters: { grade: 'A' } },
    });
    await call('viewState.get', { list: 'accounts' });
    await call('viewState.reset', { list: 'accounts' });

    // Every channel is either checked here or named above as left to its service's tests.
    const left = Object.keys(channels).filter(
      (c) => !checked.has(c as ChannelName) && !NOT_CALLED_HERE.includes(c as ChannelName),
    );
    expect(left).toEqual([]);
  });
});
