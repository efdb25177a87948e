import type { TFunction } from 'i18next';
import type { BuyingRole, CommitteeMember } from '../../../../shared/committee.ts';
import {
  ATTITUDES,
  CONTACT_STRENGTHS,
  DEPARTMENT_FUNCTIONS,
  INFLUENCES,
  LEVELS,
} from '../../../../shared/enums.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { teamNameKey, type TeamMember } from '../../../../shared/team.ts';
import type { MemberPatch } from '../api/useUpsertMember.ts';
import type { PickOption } from '../../../ui/grid/filterOptions.ts';
import type { CellEditor, CellValue } from '../../../ui/grid/gridKeys.ts';
import { localLabel } from '../../../i18n/localLabel.ts';

export type MatrixRow = { member: CommitteeMember; person: Person | undefined };

export const MATRIX_COLUMNS = [
  'person',
  'level',
  'function',
  'roles',
  'attitude',
  'attitudeScore',
  'influence',
  'contact',
  'relationshipOwner',
  'lastContactDate',
  'concerns',
] as const;
export type MatrixColumnId = (typeof MATRIX_COLUMNS)[number];

export const COLUMN_WIDTHS: Record<MatrixColumnId, number> = {
  person: 210,
  level: 110,
  function: 110,
  roles: 200,
  attitude: 120,
  attitudeScore: 76,
  influence: 100,
  contact: 120,
  relationshipOwner: 140,
  lastContactDate: 130,
  concerns: 240,
};

export const SCORES = ['3', '2', '1', '0', '-1', '-2', '-3'] as const;
export const scoreLabel = (score: number) => (score > 0 ? `+${score}` : String(score));

/** Where a committed cell value goes: the member (upsert) or the person (level). */
export type CellSave =
  { target: 'member'; patch: MemberPatch } | { target: 'person'; level: Person['level'] };

/** The matrix's columns in one place: how each is edited, read, shown, sorted and saved. */
export function matrixColumns(
  t: TFunction,
  roles: BuyingRole[],
  language: string,
  /** Our team's members, archived ones too: the relationship owners to pick from. */
  team: readonly Pick<TeamMember, 'name' | 'archived'>[] = [],
) {
  const teamNames = team.filter((m) => !m.archived).map((m) => m.name);
  // Any spelling of a member's name (case, width) is that member, archived or not.
  const knownNames = new Set(team.map((m) => teamNameKey(m.name)));
  const roleLabel = (r: BuyingRole) => localLabel(r, language);
  const roleByCode = new Map(roles.map((r) => [r.code, r]));
  const options = <C extends string>(codes: readonly C[], label: (c: C) => string): PickOption[] =>
    codes.map((c) => ({ value: c, label: label(c) }));

  const levelOptions = options(LEVELS, (l) => t(`enums.level.${l}`));
  const functionOptions = options(DEPARTMENT_FUNCTIONS, (f) => t(`committee.enums.function.${f}`));
  const attitudeOptions = options(ATTITUDES, (a) => t(`committee.enums.attitude.${a}`));
  const influenceOptions = options(INFLUENCES, (i) => t(`committee.enums.influence.${i}`));
  const contactOptions = options(CONTACT_STRENGTHS, (c) => t(`committee.enums.contact.${c}`));
  const scoreOptions = SCORES.map((s) => ({ value: s, label: scoreLabel(Number(s)) }));

  /** Roles offered to a row: the visible ones in order, plus any hidden one it still holds. */
  const roleOptions = (held: string[]): PickOption[] =>
    roles
      .filter((r) => !r.hidden || held.includes(r.code))
      .map((r) => ({
        value: r.code,
        label: r.hidden ? t('committee.matrix.hiddenRole', { label: roleLabel(r) }) : roleLabel(r),
      }));
  const rolesText = (codes: string[]) =>
    codes
      .map((c) => roleByCode.get(c))
      .map((r, i) => (r ? roleLabel(r) : codes[i]))
      .join(t('common.listSeparator'));
  const labelOf = (list: PickOption[], value: CellValue) =>
    list.find((o) => o.value === value)?.label ?? '';

  const editor = (id: MatrixColumnId, row: MatrixRow): CellEditor => {
    switch (id) {
      case 'person':
        return { kind: 'readonly' };
      case 'level':
        // The level is the person's: without their record there is nothing to update.
        return row.person
          ? { kind: 'select', options: levelOptions, nullable: true }
          : { kind: 'readonly' };
      case 'function':
        return { kind: 'select', options: functionOptions, nullable: true };
      case 'roles':
        return { kind: 'multi', options: roleOptions(row.member.roles) };
      case 'attitude':
        return { kind: 'select', options: attitudeOptions, nullable: false };
      case 'attitudeScore':
        return { kind: 'select', options: scoreOptions, nullable: true };
      case 'influence':
        return { kind: 'select', options: influenceOptions, nullable: true };
      case 'contact':
        return { kind: 'select', options: contactOptions, nullable: false };
      case 'relationshipOwner': {
        // The owner set before, archived or not, stays a choice of its own row.
        const current = row.member.relationshipOwner;
        const names =
          current === '' || teamNames.includes(current) ? teamNames : [...teamNames, current];
        return {
          kind: 'select',
          options: names.map((n) => ({ value: n, label: n })),
          nullable: true,
          // A name typed that is nobody in the team joins it when saved (the main process adds it).
          create: (typed) =>
            typed === '' || knownNames.has(teamNameKey(typed)) || names.includes(typed)
              ? null
              : { value: typed, label: t('team.picker.add', { name: typed }) },
        };
      }
      case 'lastContactDate':
      case 'concerns':
        return { kind: 'text' };
    }
  };

  const value = (id: MatrixColumnId, { member: m, person: p }: MatrixRow): CellValue => {
    switch (id) {
      case 'person':
        return p?.name ?? m.personId;
      case 'level':
        return p?.level ?? null;
      case 'attitudeScore':
        return m.attitudeScore === null ? null : String(m.attitudeScore);
      case 'lastContactDate':
        return m.lastContactDate ?? '';
      default:
        return m[id];
    }
  };

  /** The cell as read aloud and as text (dates are formatted by the caller). */
  const text = (id: MatrixColumnId, row: MatrixRow): string => {
    const v = value(id, row);
    switch (id) {
      case 'person':
        return row.person?.title ? `${String(v)}, ${row.person.title}` : String(v);
      case 'level':
        return labelOf(levelOptions, v);
      case 'function':
        return labelOf(functionOptions, v);
      case 'roles':
        return rolesText(row.member.roles);
      case 'attitude':
        return labelOf(attitudeOptions, v);
      case 'attitudeScore':
        return labelOf(scoreOptions, v);
      case 'influence':
        return labelOf(influenceOptions, v);
      case 'contact':
        return labelOf(contactOptions, v);
      default:
        return typeof v === 'string' ? v : '';
    }
  };

  /** A sortable value: enum columns sort in their list's order, not alphabetically. */
  const sortValue = (id: MatrixColumnId, row: MatrixRow): string | number | undefined => {
    const v = value(id, row);
    const indexIn = (list: readonly string[]) =>
      typeof v === 'string' && list.includes(v) ? list.indexOf(v) : undefined;
    switch (id) {
      case 'level':
        // Decision level first.
        return v === null ? undefined : -LEVELS.indexOf(v as (typeof LEVELS)[number]);
      case 'function':
        return indexIn(DEPARTMENT_FUNCTIONS);
      case 'attitude':
        return indexIn(ATTITUDES);
      case 'attitudeScore':
        return row.member.attitudeScore ?? undefined;
      case 'influence':
        return indexIn(INFLUENCES);
      case 'contact':
        return indexIn(CONTACT_STRENGTHS);
      case 'roles': {
        const positions = row.member.roles.map((c) => roleByCode.get(c)?.position ?? 999);
        return positions.length === 0 ? undefined : Math.min(...positions);
      }
      default: {
        const s = text(id, row);
        return s === '' ? undefined : s;
      }
    }
  };

  const save = (id: MatrixColumnId, v: CellValue): CellSave | undefined => {
    const code = typeof v === 'string' ? v : null;
    switch (id) {
      case 'person':
        return undefined;
      case 'level':
        return { target: 'person', level: code as Person['level'] };
      case 'function':
        return { target: 'member', patch: { function: code as CommitteeMember['function'] } };
      case 'roles':
        return { target: 'member', patch: { roles: Array.isArray(v) ? v : [] } };
      case 'attitude':
        return { target: 'member', patch: { attitude: code as CommitteeMember['attitude'] } };
      case 'attitudeScore':
        return { target: 'member', patch: { attitudeScore: code === null ? null : Number(code) } };
      case 'influence':
        return { target: 'member', patch: { influence: code as CommitteeMember['influence'] } };
      case 'contact':
        return { target: 'member', patch: { contact: code as CommitteeMember['contact'] } };
      case 'lastContactDate':
        return {
          target: 'member',
          patch: { lastContactDate: code === null || code.trim() === '' ? null : code.trim() },
        };
      case 'relationshipOwner':
      case 'concerns':
        return { target: 'member', patch: { [id]: code ?? '' } };
    }
  };

  return { editor, value, text, sortValue, save };
}
