import type Database from 'better-sqlite3-multiple-ciphers';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  channels,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
} from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import { competitorCreate } from '../../shared/competition.ts';
import type { GeneratedFile } from '../../shared/imports.ts';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type PackageItem,
  type PackagePreview,
  type PackageRecords,
} from '../../shared/packages.ts';
import { accountCreate, personCreate, personUpdate } from '../../shared/schemas.ts';
import type { BackupReason } from '../../shared/workspace.ts';
import { seedDemo } from '../demo/seedDemo.ts';
import { openStore } from '../store/connection.ts';
import { createServices, type Services } from './index.ts';
import { itemStatus } from './packages.ts';
import { rowCounts, testRouter, tickingClock } from './testing.ts';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

type Workspace = { db: Database.Database; services: Services; backups: BackupReason[] };

/** A workspace in memory; `demo` seeds the worked example. `onBackup` runs as the backup would. */
function workspace(demo: boolean, onBackup?: () => void): Workspace {
  const now = tickingClock('2026-11-23T02:00:00.000Z');
  const { db } = openStore(':memory:', now);
  open.push(db);
  const backups: BackupReason[] = [];
  const options = {
    db,
    now,
    systemLocale: 'en' as const,
    appVersion: '1.2.3',
    workspacePath: ':memory:',
  };
  if (demo) seedDemo(options);
  const beforeRisky = (reason: BackupReason) => {
    backups.push(reason);
    onBackup?.();
  };
  return { db, services: createServices({ ...options, beforeRisky }), backups };
}

/** Calls a channel through the router (input validated, output checked); a refusal throws it. */
async function call<C extends ChannelName>(
  w: Workspace,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await testRouter(w.services).dispatch(channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
  return channels[channel].output.parse(result.data) as ChannelOutput<C>;
}

const exportOf = (w: Workspace, accountId: string) =>
  call(w, 'packages.export', { accountId }) as Promise<GeneratedFile>;
const previewOf = (w: Workspace, file: GeneratedFile) =>
  call(w, 'packages.preview', {
    fileName: file.fileName,
    data: file.data,
  }) as Promise<PackagePreview>;

function unpack(file: GeneratedFile): {
  manifest: Record<string, unknown>;
  records: PackageRecords;
} {
  const files = unzipSync(Buffer.from(file.data, 'base64'));
  return {
    manifest: JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>,
    records: JSON.parse(strFromU8(files['records.json']!)) as PackageRecords,
  };
}

/** A package file made of the given parts, as a crafted or damaged file would be. */
function craft(parts: Record<string, unknown>): ChannelInput<'packages.preview'> {
  const files = Object.fromEntries(
    Object.entries(parts).map(([name, value]) => [
      name,
      strToU8(typeof value === 'string' ? value : JSON.stringify(value)),
    ]),
  );
  return { fileName: 'crafted.dwpkg', data: Buffer.from(zipSync(files)).toString('base64') };
}

/** The demo account with a deal of every kind of record (the demo's King–Temp story). */
function demoAccount(w: Workspace): string {
  const accounts = w.services.accounts.list({ includeArchived: false });
  const withMostDeals = accounts.toSorted(
    (a, b) =>
      w.services.opportunities.list({ accountId: b.id }).length -
      w.services.opportunities.list({ accountId: a.id }).length,
  );
  return withMostDeals[0]!.id;
}

const byStatus = (preview: PackagePreview, key: string): PackageItem | undefined =>
  preview.items.find((item) => item.key === key);

describe('account packages', () => {
  it('round trip: export, import into an empty workspace, export there: identical records', async () => {
    const a = workspace(true);
    const accountId = demoAccount(a);
    const deal = a.services.opportunities.list({ accountId })[0]!;
    a.services.outcomes.saveSwot({
      opportunityId: deal.id,
      strengths: 'References in the sector',
      weaknesses: 'Price',
      opportunities: 'Capacity expansion',
      threats: 'Huadong discount',
    });
    // A deal moved on past criteria not met: the confirmation travels with it.
    const open = a.services.opportunities.list({ accountId }).find((o) => o.status === 'open')!;
    const stages = a.services.stages.listSets().find((s) => s.id === open.stageSetId)!.stages;
    const at = stages.findIndex((s) => s.key === open.salesStage);
    await call(a, 'stages.advance', {
      id: open.id,
      version: open.version,
      toStage: stages[at + 2]!.key,
      confirmUnmet: true,
      confirmNote: 'The plant manager asked for the offer now',
    });
    const [first, second] = a.services.people.list({ accountId, includeArchived: false });
    await call(a, 'orgchart.savePositions', {
      accountId,
      positions: [
        { personId: first!.id, x: 40, y: 80 },
        { personId: second!.id, x: 320.5, y: 80 },
      ],
    });
    const file = await exportOf(a, accountId);
    expect(file.fileName).toMatch(/\.dwpkg$/);
    const sent = unpack(file);
    expect(sent.manifest).toMatchObject({
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      appVersion: '1.2.3',
      accountId,
    });
    // Every kind of record the package carries is in this one, so every kind is compared below.
    for (const [list, records] of Object.entries(sent.records)) {
      if (list === 'account') continue;
      expect(records, list).not.toHaveLength(0);
    }

    const b = workspace(false);
    const preview = await previewOf(b, file);
    expect(preview.accountName).toBe(sent.records.account.name);
    expect(preview.items.every((item) => item.status === 'new')).toBe(true);
    expect(preview.counts.new).toBe(preview.items.length);
    const applied = await call(b, 'packages.apply', { previewId: preview.previewId });
    expect(applied).toEqual({
      accountId,
      created: preview.items.length,
      updated: 0,
      kept: 0,
    });
    expect(b.backups).toEqual(['beforeImport']);

    const back = unpack(await exportOf(b, accountId));
    // Field by field, every record of every kind: ids, versions and timestamps included.
    expect(back.records).toEqual(sent.records);
    // Imported records are in the change history as created.
    const history = b.services.history.list({ entity: 'person', limit: 1000 });
    expect(history.filter((c) => c.action === 'create')).toHaveLength(sent.records.people.length);
    // Imported again unchanged: every record is the same.
    const again = await previewOf(b, file);
    expect(again.counts).toEqual({ ...again.counts, same: again.items.length });
  });

  it('tells new, theirs, mine, conflict and same apart, and resolves conflicts per record', async () => {
    const a = workspace(true);
    const accountId = demoAccount(a);
    const b = workspace(false);
    const first = await previewOf(b, await exportOf(a, accountId));
    await call(b, 'packages.apply', { previewId: first.previewId });

    const [p1, p2, p3, p4, p5] = a.services.people.list({ accountId, includeArchived: false });
    const retitle = (w: Workspace, id: string, title: string) => {
      const current = w.services.people.get({ id });
      return w.services.people.update(personUpdate.parse({ id, version: current.version, title }));
    };
    retitle(b, p1!.id, 'Changed here');
    retitle(a, p2!.id, 'Changed there');
    retitle(a, p3!.id, 'There');
    retitle(b, p3!.id, 'Here');
    retitle(a, p4!.id, 'There too');
    retitle(b, p4!.id, 'Here too');
    const added = a.services.people.create(personCreate.parse({ accountId, name: '新来的 New' }));

    const second = await exportOf(a, accountId);
    const preview = await previewOf(b, second);
    const status = (id: string) => byStatus(preview, `person:${id}`)?.status;
    expect(status(p1!.id)).toBe('mine');
    expect(status(p2!.id)).toBe('theirs');
    expect(status(p3!.id)).toBe('conflict');
    expect(status(p4!.id)).toBe('conflict');
    expect(status(p5!.id)).toBe('same');
    expect(status(added.id)).toBe('new');
    expect(byStatus(preview, `person:${p3!.id}`)?.fields).toEqual([
      { field: 'title', mine: 'Here', theirs: 'There' },
    ]);
    expect(preview.counts).toMatchObject({ new: 1, theirs: 1, mine: 1, conflict: 2 });

    // "Take theirs" for p3 alone, "keep mine" for every other conflict.
    const result = await call(b, 'packages.apply', {
      previewId: preview.previewId,
      resolution: 'mine',
      choices: { [`person:${p3!.id}`]: 'theirs' },
    });
    expect(result).toMatchObject({ created: 1, updated: 2, kept: 2 });
    const title = (id: string) => b.services.people.get({ id }).title;
    expect(title(p1!.id)).toBe('Changed here');
    expect(title(p2!.id)).toBe('Changed there');
    expect(title(p3!.id)).toBe('There');
    expect(title(p4!.id)).toBe('Here too');
    expect(b.services.people.get({ id: added.id }).name).toBe('新来的 New');
    // The package's version was written through the history.
    const changes = b.services.history.list({ entity: 'person', entityId: p2!.id, limit: 10 });
    expect(changes[0]).toMatchObject({ action: 'update', after: { title: 'Changed there' } });

    // The exchange is the new base: the same package again leaves only what is ours.
    const again = await previewOf(b, second);
    expect(byStatus(again, `person:${p1!.id}`)?.status).toBe('mine');
    expect(byStatus(again, `person:${p3!.id}`)?.status).toBe('same');
    expect(byStatus(again, `person:${p4!.id}`)?.status).toBe('mine');

    // Carried back to A: what B kept is B's change now (theirs), and "take theirs" for all
    // settles a new conflict in B's favour.
    retitle(a, p5!.id, 'A5');
    retitle(b, p5!.id, 'B5');
    const toA = await previewOf(a, await exportOf(b, accountId));
    expect(byStatus(toA, `person:${p4!.id}`)?.status).toBe('theirs');
    expect(byStatus(toA, `person:${p5!.id}`)?.status).toBe('conflict');
    await call(a, 'packages.apply', { previewId: toA.previewId, resolution: 'theirs' });
    expect(a.services.people.get({ id: p4!.id }).title).toBe('Here too');
    expect(a.services.people.get({ id: p5!.id }).title).toBe('B5');
    expect(a.services.people.get({ id: p1!.id }).title).toBe('Changed here');
  });

  it('carries stage evidence changed on one side, and grading made on the other', async () => {
    const a = workspace(true);
    const accountId = demoAccount(a);
    const b = workspace(false);
    const first = await previewOf(b, await exportOf(a, accountId));
    await call(b, 'packages.apply', { previewId: first.previewId });

    const { records } = unpack(await exportOf(a, accountId));
    const evidence = records.stageEvidence[0]!;
    await call(a, 'stages.saveEvidence', {
      id: evidence.opportunityId,
      items: [
        {
          stageKey: evidence.stageKey,
          criterionKey: evidence.criterionKey,
          met: !evidence.met,
          note: 'Confirmed in the 3 March meeting',
          date: evidence.date,
        },
      ],
    });
    const grading = await call(b, 'accountScoring.get', { accountId });
    await call(b, 'accountScoring.save', {
      accountId,
      version: grading?.version,
      purchaseCount: 9,
    });

    const preview = await previewOf(b, await exportOf(a, accountId));
    const key = `stage_evidence:${evidence.opportunityId}:${evidence.stageKey}.${evidence.criterionKey}`;
    expect(byStatus(preview, key)).toMatchObject({
      status: 'theirs',
      fields: expect.arrayContaining([
        { field: 'note', mine: evidence.note, theirs: 'Confirmed in the 3 March meeting' },
      ]),
    });
    expect(byStatus(preview, `account_scoring:${accountId}`)?.status).toBe('mine');
    await call(b, 'packages.apply', { previewId: preview.previewId });
    const deal = await call(b, 'stages.deal', { id: evidence.opportunityId });
    expect(JSON.stringify(deal)).toContain('Confirmed in the 3 March meeting');
    expect((await call(b, 'accountScoring.get', { accountId }))?.purchaseCount).toBe(9);
  });

  it('the status rule: who has seen whose version', () => {
    const none = new Set<string>();
    const seen = (...hashes: string[]) => new Set(hashes);
    expect(itemStatus(undefined, 'x', none, none)).toBe('new');
    expect(itemStatus('x', 'x', none, none)).toBe('same');
    // Never exchanged and different.
    expect(itemStatus('x', 'y', none, none)).toBe('conflict');
    // They had our version and changed it; we had theirs and changed it.
    expect(itemStatus('b', 'y', seen('b'), seen('b', 'y'))).toBe('theirs');
    expect(itemStatus('x', 'b', seen('b', 'x'), seen('b'))).toBe('mine');
    // Both changed the version they had, or each has seen the other's and kept its own.
    expect(itemStatus('x', 'y', seen('b', 'x'), seen('b', 'y'))).toBe('conflict');
    expect(itemStatus('x', 'y', seen('x', 'y'), seen('x', 'y'))).toBe('conflict');
  });

  it('a map sent to two colleagues: the second one back does not silently undo the first', async () => {
    const lead = workspace(true);
    const accountId = demoAccount(lead);
    const colleague = workspace(false);
    const manager = workspace(false);
    const sent = await exportOf(lead, accountId);
    for (const w of [colleague, manager]) {
      const preview = await previewOf(w, sent);
      await call(w, 'packages.apply', { previewId: preview.previewId });
    }
    const [p1, p2] = lead.services.people.list({ accountId, includeArchived: false });
    const retitle = (w: Workspace, id: string, title: string) => {
      const current = w.services.people.get({ id });
      return w.services.people.update(personUpdate.parse({ id, version: current.version, title }));
    };
    retitle(colleague, p1!.id, 'From the colleague');
    retitle(manager, p1!.id, 'From the manager');
    retitle(manager, p2!.id, 'Only the manager');

    const fromColleague = await previewOf(lead, await exportOf(colleague, accountId));
    expect(byStatus(fromColleague, `person:${p1!.id}`)?.status).toBe('theirs');
    await call(lead, 'packages.apply', { previewId: fromColleague.previewId });
    const fromManager = await previewOf(lead, await exportOf(manager, accountId));
    // The manager changed the version before the colleague's: both changed it.
    expect(byStatus(fromManager, `person:${p1!.id}`)).toMatchObject({
      status: 'conflict',
      fields: [{ field: 'title', mine: 'From the colleague', theirs: 'From the manager' }],
    });
    expect(byStatus(fromManager, `person:${p2!.id}`)?.status).toBe('theirs');
    await call(lead, 'packages.apply', { previewId: fromManager.previewId, resolution: 'mine' });
    expect(lead.services.people.get({ id: p1!.id }).title).toBe('From the colleague');
    expect(lead.services.people.get({ id: p2!.id }).title).toBe('Only the manager');

    // The lead's choice travels: the manager, unchanged since, takes the colleague's title.
    const back = await previewOf(manager, await exportOf(lead, accountId));
    expect(byStatus(back, `person:${p1!.id}`)?.status).toBe('theirs');
    expect(byStatus(back, `person:${p2!.id}`)?.status).toBe('same');
  });

  it('meets an account and competitors of the same name made in each workspace', async () => {
    const a = workspace(true);
    const accountId = demoAccount(a);
    const file = await exportOf(a, accountId);
    const { records } = unpack(file);
    const b = workspace(false);
    const mine = b.services.accounts.create(
      accountCreate.parse({ name: records.account.name, industry: 'Made here' }),
    );
    const theirCompetitor = records.competitors[0]!;
    const myCompetitor = b.services.competitors.create(
      competitorCreate.parse({ name: theirCompetitor.name.toUpperCase() }),
    );
    const preview = await previewOf(b, file);
    expect(byStatus(preview, `account:${mine.id}`)?.status).toBe('conflict');
    expect(byStatus(preview, `competitor:${myCompetitor.id}`)?.status).toBe('conflict');
    await call(b, 'packages.apply', { previewId: preview.previewId });
    expect(b.services.people.list({ accountId: mine.id, includeArchived: true })).toHaveLength(
      records.people.length,
    );
    // The deals' competitor entries name the competitor made here.
    const theirEntries = records.dealCompetitors.filter(
      (d) => d.competitorId === theirCompetitor.id,
    );
    expect(theirEntries.length).toBeGreaterThan(0);
    for (const entry of theirEntries) {
      expect(
        b.services.dealCompetitors.list({ opportunityId: entry.opportunityId }),
      ).toContainEqual(expect.objectContaining({ competitorId: myCompetitor.id }));
    }
  });

  describe('refuses, writing nothing', () => {
    async function refusal(input: ChannelInput<'packages.preview'>) {
      const b = workspace(false);
      const before = rowCounts(b.db);
      const error = await call(b, 'packages.preview', input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(rowCounts(b.db)).toEqual(before);
      const bases = b.db.prepare('SELECT count(*) AS n FROM package_seen').get() as { n: number };
      expect(bases.n).toBe(0);
      return error as AppError;
    }
    const issueOf = (error: AppError) => error.issues?.[0];

    it('a package of a newer format', async () => {
      const a = workspace(true);
      const { manifest, records } = unpack(await exportOf(a, demoAccount(a)));
      const error = await refusal(
        craft({
          'manifest.json': { ...manifest, formatVersion: PACKAGE_FORMAT_VERSION + 1 },
          'records.json': { ...records, somethingNew: [] },
        }),
      );
      expect(issueOf(error)?.code).toBe('package_too_new');
      expect(error.message).toMatch(/newer version of Deal Workbench.*Update/);
    });

    it('garbage bytes', async () => {
      const data = Buffer.from('this is a spreadsheet, honest').toString('base64');
      const error = await refusal({ fileName: 'garbage.dwpkg', data });
      expect(issueOf(error)?.code).toBe('package_foreign');
    });

    it('a zip without a manifest, or with another program’s', async () => {
      expect(issueOf(await refusal(craft({ 'records.json': {} })))?.code).toBe('package_foreign');
      const other = craft({ 'manifest.json': { format: 'something-else', formatVersion: 1 } });
      expect(issueOf(await refusal(other))?.code).toBe('package_foreign');
    });

    it('a damaged zip', async () => {
      const a = workspace(true);
      const file = await exportOf(a, demoAccount(a));
      const bytes = Buffer.from(file.data, 'base64');
      const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
      const error = await refusal({ fileName: 'cut.dwpkg', data: cut.toString('base64') });
      expect(issueOf(error)?.code).toBe('package_damaged');
    });

    it('a record that breaks the contract', async () => {
      const a = workspace(true);
      const { manifest, records } = unpack(await exportOf(a, demoAccount(a)));
      const people = records.people.map((p, i) => (i === 2 ? { ...p, birthday: 42 } : p));
      const error = await refusal(
        craft({ 'manifest.json': manifest, 'records.json': { ...records, people } }),
      );
      expect(issueOf(error)).toMatchObject({
        code: 'package_invalid_record',
        params: { record: 'people #3 (birthday)' },
      });
    });

    it('a record referring to one the package does not carry', async () => {
      const a = workspace(true);
      const { manifest, records } = unpack(await exportOf(a, demoAccount(a)));
      const people = records.people.map((p, i) => (i === 0 ? { ...p, managerId: 'nobody' } : p));
      const error = await refusal(
        craft({ 'manifest.json': manifest, 'records.json': { ...records, people } }),
      );
      expect(issueOf(error)?.code).toBe('package_broken_reference');
    });
  });

  it('refuses an import that clashes with this workspace, writing nothing', async () => {
    const a = workspace(true);
    const accountId = demoAccount(a);
    const b = workspace(false);
    const first = await previewOf(b, await exportOf(a, accountId));
    await call(b, 'packages.apply', { previewId: first.previewId });
    // B has another account under the name A now gives the shared one.
    b.services.accounts.create(accountCreate.parse({ name: 'Temp Holdings' }));
    const shared = a.services.accounts.get({ id: accountId });
    a.services.accounts.update({ id: accountId, version: shared.version, name: 'Temp Holdings' });
    const preview = await previewOf(b, await exportOf(a, accountId));
    expect(byStatus(preview, `account:${accountId}`)?.status).toBe('theirs');
    const before = rowCounts(b.db);
    const bases = () => b.db.prepare('SELECT * FROM package_seen ORDER BY 1, 2').all();
    const basesBefore = bases();
    const error = await call(b, 'packages.apply', { previewId: preview.previewId }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ code: 'package_clash', params: { record: 'Temp Holdings' } }],
    });
    expect(rowCounts(b.db)).toEqual(before);
    expect(bases()).toEqual(basesBefore);
  });

  it('takes the backup before writing anything', async () => {
    let peopleAtBackup = -1;
    const b = workspace(false, () => {
      peopleAtBackup = rowCounts(b.db).people;
    });
    const a = workspace(true);
    const preview = await previewOf(b, await exportOf(a, demoAccount(a)));
    await call(b, 'packages.apply', { previewId: preview.previewId });
    expect(b.backups).toEqual(['beforeImport']);
    expect(peopleAtBackup).toBe(0);
    expect(rowCounts(b.db).people).toBeGreaterThan(0);
  });

  it('a failed backup stops the import; a preview applies once', async () => {
    const b = workspace(false, () => {
      throw new Error('disk full');
    });
    const a = workspace(true);
    const preview = await previewOf(b, await exportOf(a, demoAccount(a)));
    const before = rowCounts(b.db);
    await expect(call(b, 'packages.apply', { previewId: preview.previewId })).rejects.toThrow();
    expect(rowCounts(b.db)).toEqual(before);
    const c = workspace(false);
    const ok = await previewOf(c, await exportOf(a, demoAccount(a)));
    await call(c, 'packages.apply', { previewId: ok.previewId });
    await expect(call(c, 'packages.apply', { previewId: ok.previewId })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
