import { describe, expect, it } from 'vitest';
import { ISSUE_MESSAGES } from '../../shared/issues.ts';
import type { PersonCreate } from '../../shared/schemas.ts';
import { appErrorOf, input, rowCounts, testRouter, testServices } from './testing.ts';

function setup() {
  const { db, services } = testServices();
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const king = services.accounts.create(input.account({ name: 'King Co' }));
  const person = (fields: Omit<PersonCreate, 'accountId'>, accountId = temp.id) =>
    services.people.create(input.person({ accountId, ...fields }));
  // chairman ← vp ← manager ← analyst on the solid line
  const chairman = person({ name: 'Chairman Zhou', level: 'decision' });
  const vp = person({ name: 'VP Marketing Sun', managerId: chairman.id });
  const manager = person({ name: 'Market Manager Qian', managerId: vp.id });
  const analyst = person({ name: 'Analyst Li', managerId: manager.id });
  return { db, services, temp, king, person, chairman, vp, manager, analyst };
}

describe('people service', () => {
  it('creates people with solid and dotted reporting lines and lists them by account', () => {
    const { services, temp, king, person, chairman, vp, manager } = setup();
    const itManager = person({
      name: 'IT Manager He',
      managerId: vp.id,
      secondManagerId: chairman.id,
    });
    expect(itManager).toMatchObject({
      accountId: temp.id,
      managerId: vp.id,
      secondManagerId: chairman.id,
      version: 1,
    });
    person({ name: 'Ai Xue' }, king.id);

    const names = services.people
      .list({ accountId: temp.id, includeArchived: false })
      .map((p) => p.name);
    expect(names).toEqual([
      'Analyst Li',
      'Chairman Zhou',
      'IT Manager He',
      'Market Manager Qian',
      'VP Marketing Sun',
    ]);
    expect(services.people.get({ id: manager.id })).toEqual(manager);
  });

  it('round-trips the personal details', () => {
    const { services, person } = setup();
    const created = person({
      name: '张文博',
      title: 'VP technology',
      department: 'Technology',
      level: 'management',
      phone: '+86 10 1234',
      email: 'zhang@example.com',
      birthday: '1975-06-01',
      interests: 'Stamp collecting',
      education: 'Tsinghua',
      notes: 'Walks his poodle at 7',
    });
    expect(services.people.get({ id: created.id })).toEqual(created);
  });

  it('lists archived people only when asked', () => {
    const { services, temp, analyst } = setup();
    services.people.update({ id: analyst.id, version: 1, archived: true });
    const active = services.people.list({ accountId: temp.id, includeArchived: false });
    const all = services.people.list({ accountId: temp.id, includeArchived: true });
    expect(active.map((p) => p.id)).not.toContain(analyst.id);
    expect(all.find((p) => p.id === analyst.id)).toMatchObject({ archived: true, version: 2 });
  });

  it('refuses a solid line that would loop, directly or through others, and writes nothing', () => {
    const { db, services, chairman, vp, analyst } = setup();
    const before = rowCounts(db);

    const direct = appErrorOf(() =>
      services.people.update({ id: vp.id, version: 1, managerId: vp.id }),
    );
    expect(direct.issues).toEqual([
      expect.objectContaining({ path: ['managerId'], code: 'manager_self' }),
    ]);

    const twoStep = appErrorOf(() =>
      services.people.update({ id: chairman.id, version: 1, managerId: vp.id }),
    );
    const indirect = appErrorOf(() =>
      services.people.update({ id: chairman.id, version: 1, managerId: analyst.id }),
    );
    for (const error of [twoStep, indirect]) {
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(/loop/);
      expect(error.issues).toEqual([
        expect.objectContaining({ path: ['managerId'], code: 'manager_cycle' }),
      ]);
    }
    expect(rowCounts(db)).toEqual(before);
    expect(services.people.get({ id: chairman.id }).managerId).toBeNull();
  });

  it('allows a dotted line that runs against the solid one', () => {
    const { services, chairman, analyst } = setup();
    const updated = services.people.update({
      id: chairman.id,
      version: 1,
      secondManagerId: analyst.id,
    });
    expect(updated.secondManagerId).toBe(analyst.id);
  });

  it('refuses a person as their own dotted-line manager', () => {
    const { services, vp } = setup();
    const error = appErrorOf(() =>
      services.people.update({ id: vp.id, version: 1, secondManagerId: vp.id }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['secondManagerId'], code: 'manager_self' }),
    ]);
  });

  it('refuses a manager from another account or one that does not exist, on either line', () => {
    const { db, services, person, king, analyst } = setup();
    const kingBoss = person({ name: 'Ai Xue' }, king.id);
    const before = rowCounts(db);

    const crossCreate = appErrorOf(() => person({ name: 'New', managerId: kingBoss.id }));
    expect(crossCreate.code).toBe('invalid_input');
    expect(crossCreate.message).toBe('The manager must be a person of the same account.');
    expect(crossCreate.issues).toEqual([
      expect.objectContaining({ path: ['managerId'], code: 'manager_other_account' }),
    ]);

    const both = appErrorOf(() =>
      services.people.update({
        id: analyst.id,
        version: 1,
        managerId: 'missing',
        secondManagerId: kingBoss.id,
      }),
    );
    expect(both.issues?.map((i) => [i.path, i.code])).toEqual([
      [['managerId'], 'manager_not_found'],
      [['secondManagerId'], 'manager_other_account'],
    ]);
    expect(rowCounts(db)).toEqual(before);
  });

  it('refuses people for an unknown account (not_found) or an archived one (invalid_input)', () => {
    const { db, services, person, king } = setup();
    services.accounts.archive({ id: king.id, version: 1, archived: true });
    const before = rowCounts(db);

    const unknown = appErrorOf(() => person({ name: 'X' }, 'no-such-account'));
    expect(unknown.code).toBe('not_found');
    expect(unknown.issues).toEqual([
      expect.objectContaining({ path: ['accountId'], code: 'account_not_found' }),
    ]);

    const archived = appErrorOf(() => person({ name: 'X' }, king.id));
    expect(archived.code).toBe('invalid_input');
    expect(archived.issues).toEqual([
      expect.objectContaining({ path: ['accountId'], code: 'account_archived' }),
    ]);
    expect(rowCounts(db)).toEqual(before);
  });

  it('says not_found when listing the people of an unknown account', () => {
    const { services } = testServices();
    const error = appErrorOf(() =>
      services.people.list({ accountId: 'nope', includeArchived: false }),
    );
    expect(error).toMatchObject({ code: 'not_found', message: 'Account not found' });
  });

  it('refuses a stale version and unknown ids', () => {
    const { db, services, vp } = setup();
    services.people.update({ id: vp.id, version: 1, title: 'VP' });
    const before = rowCounts(db);
    const stale = appErrorOf(() => services.people.update({ id: vp.id, version: 1, title: 'SVP' }));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/Someone else changed this person/);
    expect(appErrorOf(() => services.people.get({ id: 'nope' })).message).toBe('Person not found');
    expect(appErrorOf(() => services.people.update({ id: 'nope', version: 1 })).code).toBe(
      'not_found',
    );
    expect(rowCounts(db)).toEqual(before);
  });

  it('records moves on the reporting line in history', () => {
    const { services, chairman, manager, analyst } = setup();
    services.people.update({ id: analyst.id, version: 1, managerId: chairman.id });
    const [entry] = services.history.list({ entity: 'person', entityId: analyst.id, limit: 5 });
    expect(entry).toMatchObject({
      action: 'update',
      before: { managerId: manager.id },
      after: { managerId: chairman.id },
    });
  });
  it('round-trips external people and their organisation', () => {
    const { services, person } = setup();
    const consultant = person({
      name: 'Qiu Ming',
      title: 'Senior consultant',
      external: true,
      organization: ' China Machine Tool Industry Association ',
    });
    expect(consultant).toMatchObject({
      external: true,
      organization: 'China Machine Tool Industry Association',
    });
    expect(services.people.get({ id: consultant.id })).toEqual(consultant);
    const internal = person({ name: 'Inside' });
    expect(internal).toMatchObject({ external: false, organization: '' });
  });

  describe('external people have no reporting line (manager_external)', () => {
    function withExternal() {
      const s = setup();
      const consultant = s.person({ name: 'Qiu Ming', external: true, organization: 'CMIA' });
      return { ...s, consultant };
    }

    it('refuses an external person with a manager or a second manager', () => {
      const { db, services, person, consultant, vp, chairman } = withExternal();
      const before = rowCounts(db);
      const history = services.history.list({ limit: 1000 });

      const create = appErrorOf(() =>
        person({ name: 'Design Institute', external: true, managerId: vp.id }),
      );
      expect(create.code).toBe('invalid_input');
      expect(create.issues).toEqual([
        expect.objectContaining({ path: ['managerId'], code: 'manager_external' }),
      ]);

      const update = appErrorOf(() =>
        services.people.update({
          id: consultant.id,
          version: 1,
          managerId: vp.id,
          secondManagerId: chairman.id,
        }),
      );
      expect(update.issues?.map((i) => [i.path, i.code])).toEqual([
        [['managerId'], 'manager_external'],
        [['secondManagerId'], 'manager_external'],
      ]);

      // Making someone with a manager external, without clearing the manager.
      const flip = appErrorOf(() =>
        services.people.update({ id: vp.id, version: 1, external: true }),
      );
      expect(flip.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: ['managerId'], code: 'manager_external' }),
        ]),
      );
      expect(rowCounts(db)).toEqual(before);
      expect(services.history.list({ limit: 1000 })).toEqual(history);
    });

    it('is refused through the router too, with the field path, and nothing written', async () => {
      const { db, services, vp } = withExternal();
      const router = testRouter(services);
      const before = rowCounts(db);
      const result = await router.dispatch('people.create', {
        accountId: vp.accountId,
        name: 'Consultant',
        external: true,
        organization: 'CMIA',
        secondManagerId: vp.id,
      });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          message: ISSUE_MESSAGES.manager_external,
          issues: [
            expect.objectContaining({ path: ['secondManagerId'], code: 'manager_external' }),
          ],
        },
      });
      const badType = await router.dispatch('people.update', {
        id: vp.id,
        version: 1,
        external: 'yes',
      });
      expect(badType.ok).toBe(false);
      expect(rowCounts(db)).toEqual(before);
    });

    it('refuses an internal person reporting to an external one, on either line', () => {
      const { db, services, person, consultant, analyst } = withExternal();
      const before = rowCounts(db);
      const solid = appErrorOf(() => person({ name: 'New', managerId: consultant.id }));
      expect(solid.issues).toEqual([
        expect.objectContaining({ path: ['managerId'], code: 'manager_external' }),
      ]);
      const dotted = appErrorOf(() =>
        services.people.update({ id: analyst.id, version: 1, secondManagerId: consultant.id }),
      );
      expect(dotted.issues).toEqual([
        expect.objectContaining({ path: ['secondManagerId'], code: 'manager_external' }),
      ]);
      expect(rowCounts(db)).toEqual(before);
      expect(services.people.get({ id: analyst.id }).secondManagerId).toBeNull();
    });

    it('refuses making external someone active people report to, but not once they are gone', () => {
      const { db, services, person, chairman, manager, analyst } = withExternal();
      const dottedReport = person({ name: 'Dotted', secondManagerId: analyst.id });
      const before = rowCounts(db);

      const solid = appErrorOf(() =>
        services.people.update({ id: manager.id, version: 1, managerId: null, external: true }),
      );
      expect(solid.issues).toEqual([
        expect.objectContaining({ path: ['external'], code: 'manager_external' }),
      ]);
      const dotted = appErrorOf(() =>
        services.people.update({ id: analyst.id, version: 1, managerId: null, external: true }),
      );
      expect(dotted.issues).toEqual([
        expect.objectContaining({ path: ['external'], code: 'manager_external' }),
      ]);
      expect(rowCounts(db)).toEqual(before);

      // Once the only report is archived, the analyst may become external.
      services.people.update({ id: dottedReport.id, version: 1, archived: true });
      const external = services.people.update({
        id: analyst.id,
        version: 1,
        managerId: null,
        external: true,
        organization: 'Freelance',
      });
      expect(external).toMatchObject({ external: true, managerId: null, version: 2 });
      const [entry] = services.history.list({ entity: 'person', entityId: analyst.id, limit: 1 });
      expect(entry).toMatchObject({
        before: { managerId: manager.id, external: false, organization: '' },
        after: { managerId: null, external: true, organization: 'Freelance' },
      });
      expect(chairman.external).toBe(false);
    });
  });
});
