import { Fragment } from 'react';
import { NEGOTIATION_PRINCIPLES } from '../../../../shared/enums.ts';
import { localDay } from '../../../../shared/localDate.ts';
import type { ConcessionWarning, IssueKey } from '../../../../shared/negotiation.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import type { CommitteePerson } from '../api/useDealContext.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import type { SheetDraft } from '../utils/sheetDraft.ts';
import classes from './SheetPrint.module.css';

export type SheetPrintProps = {
  draft: SheetDraft;
  dealName: string;
  accountName: string;
  /** The deal's committee; null while unknown (attendees then show the stored names). */
  members: CommitteePerson[] | null;
  warnings: readonly ConcessionWarning[];
};

/** The sheet as printed: one A4 page naming the customer's people, our limits and concessions. */
export function SheetPrint({ draft, dealName, accountName, members, warnings }: SheetPrintProps) {
  const { t, tEnum, issueLabel, listSeparator } = useNegotiationT();
  const fmt = useFormatters();
  const byPerson = new Map(members?.map((m) => [m.personId, m]));
  const labelOf = (key: IssueKey) =>
    issueLabel(key, draft.issues.find((i) => i.key === key)?.label);
  const num = (n: number | null) => (n === null ? '' : fmt.decimal(n));
  const theirs = draft.attendees.filter((a) => a.side === 'theirs');
  const ours = draft.attendees.filter((a) => a.side === 'ours');
  const issues = draft.issues.filter(
    (i) =>
      !!(i.ourPriority || i.theirPriority || i.opening || i.limitNote || i.trade) ||
      i.openingValue !== null ||
      i.limit !== null,
  );
  const limitOf = (key: IssueKey) => draft.issues.find((i) => i.key === key)?.limit ?? null;
  const beyond = new Set(warnings.map((w) => w.index));
  const ticked = new Set(draft.principles);
  const text = (value: string) => <p className={classes.text}>{value || '—'}</p>;

  return (
    <article className={classes.sheet} lang={fmt.locale}>
      <header className={classes.head}>
        <h1>
          {t('print.sheet')} · {draft.title}
        </h1>
        <span className={classes.confidential}>{t('print.confidential')}</span>
      </header>
      <div className={classes.meta}>
        <span>
          <b>
            {t('print.customer')}
            {t('editor.colon')}
          </b>
          {accountName}
        </span>
        <span>
          <b>
            {t('print.deal')}
            {t('editor.colon')}
          </b>
          {dealName}
        </span>
        <span>
          <b>
            {t('print.meeting')}
            {t('editor.colon')}
          </b>
          {draft.meetingDate ? fmt.date(draft.meetingDate) : t('list.noDate')}
        </span>
      </div>

      <section className={`${classes.section} ${classes.cols}`}>
        <div>
          <h2>{t('print.attendeesTheirs')}</h2>
          <table className={classes.table}>
            <thead>
              <tr>
                <th>{t('attendees.name')}</th>
                <th>{t('attendees.role')}</th>
                <th>{t('attendees.attitude')}</th>
                <th>{t('attendees.buyingRoles')}</th>
              </tr>
            </thead>
            <tbody>
              {theirs.map((a, i) => {
                const m = a.personId ? byPerson.get(a.personId) : undefined;
                return (
                  <Fragment key={i}>
                    <tr>
                      <td>
                        <b>{m?.name ?? a.name}</b>
                        {m?.title ? <span className={classes.dim}> · {m.title}</span> : null}
                      </td>
                      <td>{tEnum('negotiationRole', a.role)}</td>
                      <td>{m?.attitudeLabel ?? '—'}</td>
                      <td>{m?.roles.join(listSeparator) || '—'}</td>
                    </tr>
                    {m?.motives ? (
                      <tr>
                        <td colSpan={4} className={classes.dim}>
                          {t('attendees.motives')}
                          {t('editor.colon')}
                          {m.motives}
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
        <div>
          <h2>{t('print.attendeesOurs')}</h2>
          <table className={classes.table}>
            <thead>
              <tr>
                <th>{t('attendees.name')}</th>
                <th>{t('attendees.role')}</th>
              </tr>
            </thead>
            <tbody>
              {ours.map((a, i) => (
                <tr key={i}>
                  <td>{a.name}</td>
                  <td>{tEnum('negotiationRole', a.role)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {draft.objectives.length > 0 && (
        <section className={classes.section}>
          <h2>{t('print.objectives')}</h2>
          <table className={classes.table}>
            <thead>
              <tr>
                <th>{t('objectives.term')}</th>
                <th>{t('objectives.ideal')}</th>
                <th>{t('objectives.target')}</th>
                <th>{t('objectives.walkAway')}</th>
                <th>{t('objectives.unit')}</th>
              </tr>
            </thead>
            <tbody>
              {draft.objectives.map((o, i) => (
                <tr key={i}>
                  <td>
                    {o.term}{' '}
                    <span className={classes.dim}>
                      ({tEnum('negotiationDirection', o.direction)})
                    </span>
                  </td>
                  <td className={classes.num}>{num(o.ideal)}</td>
                  <td className={classes.num}>{num(o.target)}</td>
                  <td className={`${classes.num} ${classes.limit}`}>{num(o.walkAway)}</td>
                  <td>{o.unit}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section className={classes.section}>
        <h2>{t('print.issues')}</h2>
        <table className={classes.table}>
          <thead>
            <tr>
              <th>{t('issues.issue')}</th>
              <th>{t('issues.ourPriority')}</th>
              <th>{t('issues.theirPriority')}</th>
              <th>{t('issues.opening')}</th>
              <th>{t('issues.limit')}</th>
              <th>{t('issues.trade')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i) => (
              <tr key={i.key}>
                <td>{labelOf(i.key)}</td>
                <td>{i.ourPriority ? tEnum('negotiationPriority', i.ourPriority) : '—'}</td>
                <td>{i.theirPriority ? tEnum('negotiationPriority', i.theirPriority) : '—'}</td>
                <td>{[i.opening, num(i.openingValue)].filter(Boolean).join(' · ')}</td>
                <td className={classes.limit}>
                  {num(i.limit)}
                  {i.limit !== null && i.direction && (
                    <span className={classes.dim}>
                      {' '}
                      ({tEnum('negotiationDirection', i.direction)})
                    </span>
                  )}
                  {i.limit !== null && i.limitNote ? ' · ' : ''}
                  {i.limitNote}
                </td>
                <td>{i.trade}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {draft.concessions.length > 0 && (
        <section className={classes.section}>
          <h2>{t('print.concessions')}</h2>
          <table className={classes.table}>
            <tbody>
              {draft.concessions.map((c, i) => (
                <tr key={i}>
                  <td className={classes.num}>{i + 1}</td>
                  <td>
                    <b>{labelOf(c.giveIssue)}</b>
                    {t('editor.colon')}
                    {c.give}
                    {c.giveValue !== null ? ` (${num(c.giveValue)})` : ''}
                  </td>
                  <td>→</td>
                  <td>
                    <b>{labelOf(c.getIssue)}</b>
                    {t('editor.colon')}
                    {c.get}
                  </td>
                  <td className={classes.warn}>
                    {beyond.has(i)
                      ? `⚠ ${t('print.beyond', { limit: num(limitOf(c.giveIssue)) })}`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section className={`${classes.section} ${classes.cols3}`}>
        <div>
          <h2>{t('print.ourBatna')}</h2>
          {text(draft.ourBatna)}
          <h2>{t('print.theirBatna')}</h2>
          {text(draft.theirBatna)}
        </div>
        <div>
          <h2>{t('print.agenda')}</h2>
          {text(draft.agenda)}
        </div>
        <div>
          <h2>{t('print.risks')}</h2>
          {text(draft.risks)}
        </div>
      </section>

      <section className={classes.section}>
        <h2>{t('print.principles')}</h2>
        <ul className={classes.principles}>
          {NEGOTIATION_PRINCIPLES.map((p, i) => (
            <li key={p}>
              {ticked.has(p) ? '☑' : '☐'} {i + 1}. {tEnum('negotiationPrinciple', p)}
            </li>
          ))}
        </ul>
      </section>

      {draft.outcome.trim() !== '' && (
        <section className={classes.section}>
          <h2>{t('print.outcome')}</h2>
          {text(draft.outcome)}
        </section>
      )}
      <footer className={classes.foot}>{t('print.printed', { date: fmt.date(localDay()) })}</footer>
    </article>
  );
}
