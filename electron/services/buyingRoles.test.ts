import { describe, expect, it } from 'vitest';
import { roleCode } from '../../shared/committee.ts';
import { DEFAULT_BUYING_ROLES } from '../../shared/enums.ts';
import type { Result } from '../../shared/errors.ts';
import { roleCodeFrom } from './buyingRoles.ts';
import { appErrorOf, rowCounts, testRouter, testServices } from './testing.ts';

function setup() {
  const { db, services } = testServices();
  const router = testRouter(services);
  return { db, services, router };
}

const CJK = /[\u3400-\u9fff]/;

describe('buying roles service', () => {
  it('starts with the merged default list, labelled in both languages, in order', () => {
    const { services } = setup();
    const roles = services.buyingRoles.list();
    expect(roles.map((r) => r.code)).toEqual([...DEFAULT_BUYING_ROLES]);
    expect(roles.map((r) => r.position)).toEqual(DEFAULT_BUYING_ROLES.map((_, i) => i));
    for (const role of roles) {
      expect(role, role.code).toMatchObject({ hidden: false, builtIn: true });
      expect(role.labelZh, role.code).toMatch(CJK);
      expect(role.labelEn, role.code).toMatch(/^[A-Z][a-z ]+$/);
    }
    expect(roles.find((r) => r.code === 'handler')).toMatchObject({
      labelZh: '经手人',
      labelEn: 'Project handler',
    });
    expect(roles.find((r) => r.code === 'coach')?.labelZh).toBe('教练（内线）');
  });

  it('adds a role at the end with a code made from the English label, unique', () => {
    const { services } = setup();
    const safety = services.buyingRoles.create({ labelZh: '安全员', labelEn: 'Safety Officer' });
    expect(safety).toEqual({
      code: 'safety_officer',
      labelZh: '安全员',
      labelEn: 'Safety Officer',
      position: DEFAULT_BUYING_ROLES.length,
      hidden: false,
      builtIn: false,
    });
    const again = services.buyingRoles.create({ labelZh: '安全主任', labelEn: 'safety officer!' });
    expect(again).toMatchObject({ code: 'safety_officer_2', position: safety.position + 1 });
    // A label that clashes with a built-in role gets its own code; the built-in is untouched.
    expect(services.buyingRoles.create({ labelZh: '用户', labelEn: 'User' }).code).toBe('user_2');
    expect(services.buyingRoles.list().at(-1)?.code).toBe('user_2');
  });

  it('derives valid codes from any label', () => {
    const cases: [string, string][] = [
      ['Über-Prüfer', 'uber_prufer'],
      ['3rd-party auditor', 'role_3rd_party_auditor'],
      ['设计院', 'role'],
      ['  Head   of  IT ', 'head_of_it'],
      ['A'.repeat(60), 'a'.repeat(40)],
    ];
    for (const [label, code] of cases) {
      expect(roleCodeFrom(label), label).toBe(code);
      expect(roleCode.safeParse(code).success, code).toBe(true);
    }
    const { services } = setup();
    const long = 'Regional procurement compliance reviewer';
    const first = services.buyingRoles.create({ labelZh: '区域采购合规审核', labelEn: long });
    const second = services.buyingRoles.create({ labelZh: '区域采购合规审核二', labelEn: long });
    expect(second.code).not.toBe(first.code);
    expect(roleCode.safeParse(second.code).success).toBe(true);
  });

  it('renames and hides a role, built-in ones too, keeping its code and place', () => {
    const { services } = setup();
    const renamed = services.buyingRoles.update({
      code: 'coach',
      labelEn: 'Inside coach',
      hidden: true,
    });
    expect(renamed).toEqual({
      code: 'coach',
      labelZh: '教练（内线）',
      labelEn: 'Inside coach',
      position: DEFAULT_BUYING_ROLES.indexOf('coach'),
      hidden: true,
      builtIn: true,
    });
    expect(services.buyingRoles.list().find((r) => r.code === 'coach')).toEqual(renamed);
    const error = appErrorOf(() => services.buyingRoles.update({ code: 'wizard', hidden: true }));
    expect(error.code).toBe('not_found');
  });

  it('reorders the whole list', () => {
    const { services } = setup();
    const added = services.buyingRoles.create({ labelZh: '设计院', labelEn: 'Design institute' });
    const codes = [added.code, ...[...DEFAULT_BUYING_ROLES].reverse()];
    const roles = services.buyingRoles.reorder({ codes });
    expect(roles.map((r) => r.code)).toEqual(codes);
    expect(roles.map((r) => r.position)).toEqual(codes.map((_, i) => i));
    expect(services.buyingRoles.list()).toEqual(roles);
  });

  it('refuses a reorder that does not name every role exactly once, and changes nothing', async () => {
    const { db, services, router } = setup();
    const before = services.buyingRoles.list();
    const counts = rowCounts(db);
    const all = [...DEFAULT_BUYING_ROLES];
    const cases: [string[], [(string | number)[], string][]][] = [
      [all.slice(1), [[['codes'], 'required']]],
      [[...all, 'coach'], [[['codes', all.length], 'invalid_option']]],
      [[...all, 'wizard'], [[['codes', all.length], 'unknown_role']]],
    ];
    for (const [codes, issues] of cases) {
      const result: Result<unknown> = await router.dispatch('buyingRoles.reorder', { codes });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.issues?.map((i) => [i.path, i.code])).toEqual(issues);
    }
    expect(services.buyingRoles.list()).toEqual(before);
    expect(rowCounts(db)).toEqual(counts);
  });

  it('refuses empty or over-long labels through the router, and writes nothing', async () => {
    const { db, router } = setup();
    const counts = rowCounts(db);
    const empty = await router.dispatch('buyingRoles.create', { labelZh: ' ', labelEn: 'X' });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['labelZh'], code: 'required' }] },
    });
    const long = await router.dispatch('buyingRoles.update', {
      code: 'coach',
      labelEn: 'x'.repeat(41),
    });
    expect(long).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['labelEn'], code: 'too_long' }] },
    });
    expect(rowCounts(db)).toEqual(counts);
  });
});
