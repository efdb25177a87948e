import type { CommitteeChange } from '../../../../../shared/committee.ts';
import { ATTITUDES, CONTACT_STRENGTHS, INFLUENCES } from '../../../../../shared/enums.ts';
import { capGroups, netChanges, type FieldEdit, type NetGroup } from '../../utils/netChanges.ts';
import classes from '../ReviewPackPrint.module.css';
import { Dim, PackSection, type SectionProps } from './packParts.tsx';

/** Lines that fit the one page the section may take; the full log stays in the app. */
export const MAX_CHANGE_LINES = 24;
/** Deal fields a change line names; others are summed up as "other details". */
const DEAL_FIELDS = [
  'name',
  'amount',
  'currency',
  'probability',
  'salesStage',
  'buyingStage',
  'expectedCloseDate',
  'status',
  'statusReason',
  'owner',
  'products',
  'purchaseType',
] as const;
/** Pseudo-fields: the deal created, a member added (true) or removed (false), other details. */
const CREATED = '#created';
const MEMBER = '#member';
const OTHER = '#other';
const DEAL = 'deal';

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/**
 * "What changed since the last review": the net change of each field (first value → last
 * value), grouped by the deal and by committee member, capped to one page.
 */
export function ChangesSection({ data, x }: SectionProps) {
  const { t, fmt, p, colon, sep, none, money } = x;
  const { baseline, deal } = data;

  const sinceLine =
    baseline.kind === 'none'
      ? p('changes.sinceNone', { date: fmt.dayOf(baseline.since) })
      : baseline.thisWeek
        ? p('changes.sinceThisWeek', { date: fmt.dateTime(baseline.since) })
        : p('changes.sinceSnapshot', {
            date: fmt.dayOf(baseline.since),
            week: fmt.date(baseline.weekOf),
          });

  // Both histories come newest first; netting reads them oldest first.
  const edits: FieldEdit[] = [
    ...[...data.dealChanges].reverse().flatMap((c): FieldEdit[] => {
      const base = { subject: DEAL, at: c.at };
      if (c.action === 'create') return [{ ...base, field: CREATED, before: false, after: true }];
      return Object.keys(c.after)
        .filter((f) => f !== 'version')
        .map((f) => ({ ...base, field: f, before: c.before?.[f] ?? null, after: c.after[f] }));
    }),
    ...[...data.committeeChanges].reverse().map((c): FieldEdit => {
      const base = { subject: c.personId, at: c.at };
      if (c.kind === 'changed' && c.field !== null)
        return { ...base, field: c.field, before: c.before, after: c.after };
      return { ...base, field: MEMBER, before: c.kind === 'removed', after: c.kind === 'added' };
    }),
  ];
  const names = new Map(data.committeeChanges.map((c) => [c.personId, c.personName]));

  const dealValue = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return none;
    if (field === 'amount' && typeof v === 'number') return money(v);
    if (field === 'probability' && typeof v === 'number') return fmt.percent(v);
    if (field === 'expectedCloseDate' && typeof v === 'string') return fmt.date(v);
    if (field === 'salesStage' && typeof v === 'string') return x.stageName(x.stageByKey(v), v);
    if (field === 'buyingStage' && typeof v === 'string')
      return t(`enums.buyingStage.${v}` as 'enums.buyingStage.need_raised');
    if (field === 'status' && typeof v === 'string')
      return t(`enums.status.${v}` as 'enums.status.open');
    return String(v);
  };
  const committeeValue = (field: CommitteeChange['field'], v: unknown): string => {
    if (v === null || v === undefined) return none;
    if (field === 'roles' && Array.isArray(v))
      return v.map((r) => x.roleLabel(String(r))).join(sep) || none;
    if (field === 'attitude' && isOneOf(ATTITUDES, v)) return t(`committee.enums.attitude.${v}`);
    if (field === 'influence' && isOneOf(INFLUENCES, v)) return t(`committee.enums.influence.${v}`);
    if (field === 'contact' && isOneOf(CONTACT_STRENGTHS, v))
      return t(`committee.enums.contact.${v}`);
    if (field === 'attitudeScore' && typeof v === 'number') return v > 0 ? `+${v}` : String(v);
    return String(v);
  };

  /** One group's lines: a creation or a member added/removed says it all. */
  const lines = (g: NetGroup): NetGroup => {
    const whole = g.changes.find((c) => c.field === CREATED || c.field === MEMBER);
    if (whole) return { ...g, changes: [whole] };
    if (g.subject !== DEAL) return g;
    const known = g.changes.filter((c) => isOneOf(DEAL_FIELDS, c.field));
    const other = g.changes.find((c) => !isOneOf(DEAL_FIELDS, c.field));
    return { ...g, changes: other ? [...known, { ...other, field: OTHER }] : known };
  };
  const text = (subject: string, c: NetGroup['changes'][number]): string => {
    if (c.field === CREATED) return p('changes.created');
    if (c.field === MEMBER) return p(c.after ? 'changes.added' : 'changes.removed');
    if (c.field === OTHER) return p('changes.other');
    if (subject === DEAL)
      return `${p(`changes.field.${c.field as (typeof DEAL_FIELDS)[number]}`)}${colon}${dealValue(c.field, c.before)} → ${dealValue(c.field, c.after)}`;
    const field = c.field as NonNullable<CommitteeChange['field']>;
    return `${t(`committee.coverage.changes.field.${field}`)}${colon}${committeeValue(field, c.before)} → ${committeeValue(field, c.after)}`;
  };
  // Evidence saved since then, as it stands now (the deal's own record, not the history).
  const evidence: NetGroup = {
    subject: '#evidence',
    changes: deal.evidence
      .filter((e) => e.updatedAt >= baseline.since)
      .map((e) => ({
        field: x.criterionLabel(e.stageKey, e.criterionKey),
        before: null,
        after: e.met,
        at: e.updatedAt,
      })),
  };
  const groups = netChanges(edits).map(lines);
  const dealGroup = groups.filter((g) => g.subject === DEAL);
  const people = groups.filter((g) => g.subject !== DEAL);
  const { shown, left } = capGroups(
    [...dealGroup, ...(evidence.changes.length > 0 ? [evidence] : []), ...people],
    MAX_CHANGE_LINES,
  );
  const title = (subject: string) =>
    subject === DEAL
      ? p('changes.deal')
      : subject === evidence.subject
        ? p('changes.evidence')
        : `${p('changes.committee')}${colon}${names.get(subject) ?? x.personName(subject)}`;
  const newActivities = data.activities.filter((a) => a.createdAt >= baseline.since);

  return (
    <PackSection id="rp-changes" title={p('changes.title')} className={classes.changes}>
      <p>
        <b>{sinceLine}</b>
      </p>
      {shown.length === 0 && newActivities.length === 0 ? (
        <Dim>{p('changes.none')}</Dim>
      ) : (
        <>
          {shown.map((g) => (
            <div key={g.subject} className={classes.block}>
              <h3>{title(g.subject)}</h3>
              <ul className={classes.plain}>
                {g.changes.map((c) => (
                  <li key={c.field}>
                    {g.subject === evidence.subject
                      ? p(c.after ? 'changes.evidenceMet' : 'changes.evidenceUnmet', {
                          criterion: c.field,
                        })
                      : text(g.subject, c)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {left > 0 && <Dim>{p('changes.more', { count: left })}</Dim>}
          {newActivities.length > 0 && (
            <p>
              {p('changes.newActivities')}
              {colon}
              {newActivities
                .map((a) => `${fmt.date(a.date)} ${t(`activities.kinds.${a.kind}`)}`)
                .join(sep)}
            </p>
          )}
        </>
      )}
    </PackSection>
  );
}
