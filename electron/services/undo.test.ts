import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../shared/channels.ts';
import type { Result } from '../../shared/errors.ts';
import { isUndoable } from '../../shared/history.ts';
import { HISTORY_ENTITIES } from '../../shared/schemas.ts';
import type { Router } from '../router.ts';
import { openStore } from '../store/connection.ts';
import { createServices, type Services } from './index.ts';
import { rowCounts, testRouter, testServices, tickingClock } from './testing.ts';

type Ok<C extends ChannelName> = Extract<Result<ChannelOutput<C>>, { ok: true }>;

async function ok<C extends ChannelName>(router: Router, channel: C, input: unknown) {
  const result = await router.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result as Ok<C>;
}

async function refused(router: Router, channel: ChannelName, input: unknown) {
  const result = await router.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to be refused`);
  return result.error;
}

function setup() {
  const { db, services } = testServices();
  return { db, services, router: testRouter(services) };
}

async function account(router: Router, name = 'Temp Co') {
  return (await ok(router, 'accounts.create', { name })).data;
}

describe('undo and redo', () => {
  it('a write answers with its step; undo brings the field back, redo sets it again', async () => {
    const { router, services } = setup();
    const temp = await account(router);
    const saved = await ok(router, 'accounts.update', { id: temp.id, version: 1, grade: 'A' });
    expect(saved.step).toMatchObject({ action: 'update', entity: 'account' });

    const state = (await ok(router, 'history.undoState', {})).data;
    expect(state.undo).toMatchObject({ id: saved.step!.id, name: 'Temp Co', records: 1 });
    expect(state.redo).toBeNull();

    const undone = await ok(router, 'history.undo', {});
    // Undo itself makes no step, but says what it wrote.
    expect(undone.step).toBeUndefined();
    expect(undone.changed).toContain('account');
    expect(undone.data.step.id).toBe(saved.step!.id);
    expect(services.accounts.get({ id: temp.id }).grade).toBe(temp.grade);
    // The undo is history too, and the version moves on.
    expect(services.accounts.get({ id: temp.id }).version).toBe(3);
    expect(services.history.list({ entityId: temp.id, limit: 10 })[0]).toMatchObject({
      action: 'update',
      before: { grade: 'A' },
      after: { grade: temp.grade },
    });
    expect(undone.data.state.redo?.id).toBe(saved.step!.id);

    await ok(router, 'history.redo', {});
    expect(services.accounts.get({ id: temp.id }).grade).toBe('A');
    expect((await ok(router, 'history.undoState', {})).data.redo).toBeNull();
  });

  it('undoes an archive and names it so', async () => {
    const { router, services } = setup();
    const temp = await account(router);
    const archived = await ok(router, 'accounts.archive', {
      id: temp.id,
      version: 1,
      archived: true,
    });
    expect(archived.step).toMatchObject({ action: 'archive', entity: 'account' });
    await ok(router, 'history.undo', { stepId: archived.step!.id });
    expect(services.accounts.get({ id: temp.id }).archived).toBe(false);
  });

  it('undoes a create by removing the record, and redo brings it back with the same id', async () => {
    const { router, services, db } = setup();
    const created = await ok(router, 'accounts.create', { name: 'New Co' });
    expect(created.step).toMatchObject({ action: 'create', entity: 'account' });
    const before = rowCounts(db).accounts;
    await ok(router, 'history.undo', {});
    expect(rowCounts(db).accounts).toBe(before - 1);
    expect(services.history.list({ entityId: created.data.id, limit: 5 })[0]?.action).toBe(
      'delete',
    );

    await ok(router, 'history.redo', {});
    expect(services.accounts.get({ id: created.data.id }).name).toBe('New Co');
  });

  it('refuses to undo a create when something now refers to the record, changing nothing', async () => {
    const { router, db } = setup();
    const created = await account(router, 'Parent Co');
    const createStep = (await ok(router, 'history.undoState', {})).data.undo!.id;
    await ok(router, 'people.create', { accountId: created.id, name: 'Wang' });
    const counts = rowCounts(db);
    const error = await refused(router, 'history.undo', { stepId: createStep });
    expect(error.code).toBe('conflict');
    expect(error.issues?.[0]?.code).toBe('undo_referenced');
    expect(rowCounts(db)).toEqual(counts);
  });

  it('undoes a delete by restoring the record, and redo deletes it again', async () => {
    const { router, services } = setup();
    const temp = await account(router);
    const deal = (
      await ok(router, 'opportunities.create', { accountId: temp.id, name: 'Big deal' })
    ).data;
    const criterion = (
      await ok(router, 'criteria.upsert', { opportunityId: deal.id, name: 'Price', weight: 10 })
    ).data;
    const removed = await ok(router, 'criteria.remove', { id: criterion.id });
    expect(removed.step).toMatchObject({ action: 'delete', entity: 'criterion' });
    expect(services.criteria.list({ opportunityId: deal.id })).toHaveLength(0);

    await ok(router, 'history.undo', {});
    const back = services.criteria.list({ opportunityId: deal.id });
    expect(back.map((c) => [c.id, c.name, c.weight])).toEqual([[criterion.id, 'Price', 10]]);

    await ok(router, 'history.redo', {});
    expect(services.criteria.list({ opportunityId: deal.id })).toHaveLength(0);
  });

  it('restores a removed committee member (its row stays)', async () => {
    const { router, services } = setup();
    const temp = await account(router);
    const wang = (await ok(router, 'people.create', { accountId: temp.id, name: 'Wang' })).data;
    const deal = (await ok(router, 'opportunities.create', { accountId: temp.id, name: 'Deal' }))
      .data;
    await ok(router, 'committee.upsertMember', { opportunityId: deal.id, personId: wang.id });
    await ok(router, 'committee.removeMember', { opportunityId: deal.id, personId: wang.id });
    expect(services.committee.get({ opportunityId: deal.id }).members).toHaveLength(0);
    await ok(router, 'history.undo', {});
    expect(services.committee.get({ opportunityId: deal.id }).members).toHaveLength(1);
  });

  it('takes back a step that wrote several records as a whole', async () => {
    const { router, services } = setup();
    const temp = await account(router);
    const boss = (await ok(router, 'people.create', { accountId: temp.id, name: 'Boss' })).data;
    const mid = (
      await ok(router, 'people.create', { accountId: temp.id, name: 'Mid', managerId: boss.id })
    ).data;
    const low = (
      await ok(router, 'people.create', { accountId: temp.id, name: 'Low', managerId: mid.id })
    ).data;
    // Removing Mid from the map archives them and hands Low to Boss: two records, one step.
    const removed = await ok(router, 'orgchart.removePerson', { id: mid.id, version: 1 });
    expect(removed.step).toMatchObject({ action: 'archive', entity: 'person' });
    expect(services.people.get({ id: low.id }).managerId).toBe(boss.id);
    const state = (await ok(router, 'history.undoState', {})).data;
    expect(state.undo?.records).toBe(2);

    await ok(router, 'history.undo', {});
    expect(services.people.get({ id: mid.id }).archived).toBe(false);
    expect(services.people.get({ id: low.id }).managerId).toBe(mid.id);
  });

  it('refuses when a later change touched the same field, allows it when another field changed', async () => {
    const { router, services, db } = setup();
    const temp = await account(router);
    const first = await ok(router, 'accounts.update', { id: temp.id, version: 1, grade: 'A' });
    await ok(router, 'accounts.update', { id: temp.id, version: 2, grade: 'B' });
    const counts = rowCounts(db);
    const error = await refused(router, 'history.undo', { stepId: first.step!.id });
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.issues?.[0]?.code).toBe('undo_changed_later');
    expect(error.message).toMatch(/changed again/);
    expect(rowCounts(db)).toEqual(counts);
    expect(services.accounts.get({ id: temp.id }).grade).toBe('B');

    const other = await account(router, 'Other Co');
    const industry = await ok(router, 'accounts.update', {
      id: other.id,
      version: 1,
      industry: 'Steel',
    });
    await ok(router, 'accounts.update', { id: other.id, version: 2, grade: 'C' });
    await ok(router, 'history.undo', { stepId: industry.step!.id });
    const now = services.accounts.get({ id: other.id });
    expect([now.industry, now.grade]).toEqual([other.industry, 'C']);
  });

  it('undoes several steps newest first, then redoes them in order', async () => {
    const { router, services } = setup();
    const temp = await account(router);
    await ok(router, 'accounts.update', { id: temp.id, version: 1, grade: 'A' });
    await ok(router, 'accounts.update', { id: temp.id, version: 2, grade: 'B' });
    await ok(router, 'history.undo', {});
    await ok(router, 'history.undo', {});
    expect(services.accounts.get({ id: temp.id }).grade).toBe(temp.grade);
    await ok(router, 'history.redo', {});
    expect(services.accounts.get({ id: temp.id }).grade).toBe('A');
    await ok(router, 'history.redo', {});
    expect(services.accounts.get({ id: temp.id }).grade).toBe('B');
  });

  it('a new write after an undo ends the redo', async () => {
    const { router } = setup();
    const temp = await account(router);
    await ok(router, 'accounts.update', { id: temp.id, version: 1, grade: 'A' });
    await ok(router, 'history.undo', {});
    expect((await ok(router, 'history.undoState', {})).data.redo).not.toBeNull();
    await ok(router, 'accounts.update', { id: temp.id, version: 3, industry: 'Steel' });
    expect((await ok(router, 'history.undoState', {})).data.redo).toBeNull();
    expect((await refused(router, 'history.redo', {})).issues?.[0]?.code).toBe('redo_nothing');
  });

  it('refuses an undo twice, a record gone, and nothing to undo', async () => {
    const { router } = setup();
    expect(await refused(router, 'history.undo', {})).toMatchObject({ code: 'not_found' });
    const temp = await account(router);
    const step = (await ok(router, 'history.undoState', {})).data.undo!.id;
    await ok(router, 'history.undo', {});
    expect((await refused(router, 'history.undo', { stepId: step })).issues?.[0]?.code).toBe(
      'undo_not_now',
    );
    await ok(router, 'history.redo', {});
    // Brought back by redo as a new row, at version 1.
    const update = await ok(router, 'accounts.update', { id: temp.id, version: 1, grade: 'A' });
    await ok(router, 'accounts.erase', { id: temp.id, confirmName: 'Temp Co' });
    expect(
      (await refused(router, 'history.undo', { stepId: update.step!.id })).issues?.[0]?.code,
    ).toBe('undo_record_gone');
  });

  it('refuses a step whose history an erasure blanked', async () => {
    const { router, services } = setup();
    const temp = await account(router);
    const wang = (await ok(router, 'people.create', { accountId: temp.id, name: 'Wang Wei' })).data;
    const edit = await ok(router, 'people.update', { id: wang.id, version: 1, title: 'CTO' });
    await ok(router, 'people.erase', { id: wang.id, confirmName: 'Wang Wei' });
    const error = await refused(router, 'history.undo', { stepId: edit.step!.id });
    expect(error.issues?.[0]?.code).toBe('undo_record_gone');
    expect(services.people.list({ accountId: temp.id, includeArchived: true })).toHaveLength(0);
  });

  it('can write back every kind of record history keeps', () => {
    expect(HISTORY_ENTITIES.filter((entity) => !isUndoable(entity))).toEqual([]);
  });

  it('makes no step for personal preferences and writes with their own way back', async () => {
    const { router } = setup();
    const saved = await ok(router, 'settings.update', { locale: 'zh-CN', colorScheme: 'dark' });
    expect(saved.step).toBeUndefined();
    const snapshot = await ok(router, 'forecast.snapshot', {});
    expect(snapshot.step).toBeUndefined();
    expect((await ok(router, 'history.undoState', {})).data.undo).toBeNull();
  });

  it('validates the input', async () => {
    const { router } = setup();
    for (const input of [{ stepId: 0 }, { stepId: 'x' }, { stepId: 1.5 }, { other: 1 }]) {
      expect(await refused(router, 'history.undo', input)).toMatchObject({ code: 'invalid_input' });
    }
    expect(await refused(router, 'history.undoState', { x: 1 })).toMatchObject({
      code: 'invalid_input',
    });
  });
});

describe('undo steps across a restart', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps what can be undone and redone when the workspace is opened again', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dwb-undo-'));
    const path = join(dir, 'workspace.sqlite');
    const now = tickingClock();
    const open = (): { services: Services; close: () => void } => {
      const { db } = openStore(path, now);
      const services = createServices({
        db,
        now,
        systemLocale: 'en',
        appVersion: '0.0.0-test',
        workspacePath: path,
      });
      return { services, close: () => db.close() };
    };
    const first = open();
    let router = testRouter(first.services);
    const temp = await account(router);
    await ok(router, 'accounts.update', { id: temp.id, version: 1, grade: 'A' });
    await ok(router, 'accounts.update', { id: temp.id, version: 2, grade: 'B' });
    await ok(router, 'history.undo', {});
    first.close();

    const second = open();
    router = testRouter(second.services);
    const state = (await ok(router, 'history.undoState', {})).data;
    expect(state.redo).toMatchObject({ action: 'update', entity: 'account' });
    expect(state.undo).toMatchObject({ action: 'update', entity: 'account' });
    await ok(router, 'history.undo', {});
    expect(second.services.accounts.get({ id: temp.id }).grade).toBe(temp.grade);
    second.close();
  });
});
