import type { ChannelArgs } from '../../shared/channels.ts';
import type { BuyingRole } from '../../shared/committee.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import { touch } from '../touched.ts';
import { notFound, writeTransaction, type ServiceContext } from './common.ts';
import type { HandlersOf } from '../handlers.ts';

// roleCode allows 40 characters: a letter, then letters, digits and underscores.
const CODE_LENGTH = 40;

/** A stable code from an English label: "Site Safety Officer" → site_safety_officer. */
export function roleCodeFrom(labelEn: string): string {
  const slug = labelEn
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const lettered = /^[a-z]/.test(slug) ? slug : `role_${slug}`.replace(/_+$/, '');
  return lettered.slice(0, CODE_LENGTH).replace(/_+$/, '');
}

/** `base`, or base_2, base_3… cut to fit, whichever is not taken yet. */
function uniqueCode(base: string, taken: (code: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const code = `${base.slice(0, CODE_LENGTH - suffix.length).replace(/_+$/, '')}${suffix}`;
    if (!taken(code)) return code;
  }
}

export type BuyingRolesService = ReturnType<typeof createBuyingRolesService>;

/** The workspace's buying roles (settings): built-ins can be renamed and hidden, users add more. */
export function createBuyingRolesService({ db, repos }: ServiceContext) {
  const { buyingRoles: roles } = repos;

  function load(code: string): BuyingRole {
    const role = roles.get(code);
    if (!role) throw notFound('Buying role');
    return role;
  }

  return {
    list(): BuyingRole[] {
      return roles.list();
    },
    /** A new role at the end of the list; its code comes from the English label. */
    create({ labelZh, labelEn }: ChannelArgs<'buyingRoles.create'>): BuyingRole {
      return writeTransaction(db, () => {
        const all = roles.list();
        const code = uniqueCode(roleCodeFrom(labelEn), (c) => roles.get(c) !== undefined);
        const role: BuyingRole = {
          code,
          labelZh,
          labelEn,
          position: Math.max(-1, ...all.map((r) => r.position)) + 1,
          hidden: false,
          builtIn: false,
        };
        roles.insert(role);
        touch('buying_role');
        return role;
      });
    },
    update({ code, ...patch }: ChannelArgs<'buyingRoles.update'>): BuyingRole {
      return writeTransaction(db, () => {
        const current = load(code);
        const next: BuyingRole = {
          ...current,
          ...(patch.labelZh === undefined ? {} : { labelZh: patch.labelZh }),
          ...(patch.labelEn === undefined ? {} : { labelEn: patch.labelEn }),
          ...(patch.hidden === undefined ? {} : { hidden: patch.hidden }),
        };
        roles.update(next);
        touch('buying_role');
        return next;
      });
    },
    /** `codes` must name every role exactly once; their order becomes the list's order. */
    reorder({ codes }: ChannelArgs<'buyingRoles.reorder'>): BuyingRole[] {
      return writeTransaction(db, () => {
        const all = new Map(roles.list().map((r) => [r.code, r]));
        const issues: Issue[] = [];
        const seen = new Set<string>();
        codes.forEach((code, i) => {
          if (!all.has(code)) issues.push(makeIssue(['codes', i], 'unknown_role'));
          else if (seen.has(code)) issues.push(makeIssue(['codes', i], 'invalid_option'));
          seen.add(code);
        });
        const missing = [...all.keys()].filter((code) => !seen.has(code));
        if (missing.length > 0) {
          issues.push(makeIssue(['codes'], 'required', { missing: missing.join(', ') }));
        }
        if (issues.length > 0) {
          throw new AppError(
            'invalid_input',
            'List every buying role exactly once to reorder them.',
            issues,
          );
        }
        codes.forEach((code, position) => roles.update({ ...all.get(code)!, position }));
        touch('buying_role');
        return roles.list();
      });
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function buyingRolesHandlers(s: BuyingRolesService): HandlersOf<'buyingRoles'> {
  return {
    'buyingRoles.list': () => s.list(),
    'buyingRoles.create': (input) => s.create(input),
    'buyingRoles.update': (input) => s.update(input),
    'buyingRoles.reorder': (input) => s.reorder(input),
  };
}
