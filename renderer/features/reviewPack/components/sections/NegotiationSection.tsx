import { useNegotiationT } from '../../../negotiation/index.ts';
import classes from '../ReviewPackPrint.module.css';
import { Dim, PackSection, PackTable, type SectionProps } from './packParts.tsx';

/** The latest negotiation sheet: objectives, issues with our limits, concessions, BATNAs. */
export function NegotiationSection({ data, x }: SectionProps) {
  const { fmt, p, colon, none, par, money, issueValue, limitText } = x;
  const nt = useNegotiationT();
  const sheet = data.negotiation;
  if (sheet === null) {
    return (
      <PackSection id="rp-negotiation" title={p('negotiation.title')}>
        <Dim>{p('negotiation.empty')}</Dim>
      </PackSection>
    );
  }
  const objectiveValue = (unit: string, n: number) =>
    x.isMoneyUnit(unit) ? money(n) : fmt.decimal(n);
  const issueOf = (key: string) => sheet.issues.find((i) => i.key === key);
  const issueLabel = (key: string) => nt.issueLabel(key as never, issueOf(key)?.label);
  const beyondLimit = (key: string) => {
    const issue = issueOf(key);
    return nt.t('print.beyond', { limit: (issue && limitText(issue)) || none });
  };
  return (
    <PackSection id="rp-negotiation" title={p('negotiation.title')}>
      <p>
        <b>{p('negotiation.sheet', { title: sheet.title })}</b>
        <span className={classes.dim}>
          {par(
            sheet.meetingDate
              ? p('negotiation.meeting', { date: fmt.date(sheet.meetingDate) })
              : p('negotiation.noMeeting'),
          )}
        </span>
      </p>
      {sheet.objectives.length > 0 && (
        <>
          <h3>{p('negotiation.objectives')}</h3>
          <PackTable
            head={[
              nt.t('objectives.term'),
              nt.t('objectives.ideal'),
              nt.t('objectives.target'),
              nt.t('objectives.walkAway'),
              nt.t('objectives.unit'),
            ]}
          >
            {sheet.objectives.map((o, i) => (
              <tr key={i}>
                <td>{o.term}</td>
                <td className={classes.num}>{objectiveValue(o.unit, o.ideal)}</td>
                <td className={classes.num}>{objectiveValue(o.unit, o.target)}</td>
                <td className={`${classes.num} ${classes.strong}`}>
                  {objectiveValue(o.unit, o.walkAway)}
                </td>
                <td>{o.unit}</td>
              </tr>
            ))}
          </PackTable>
        </>
      )}
      <h3>{p('negotiation.issues')}</h3>
      {sheet.issues.length === 0 ? (
        <Dim>{p('negotiation.noIssues')}</Dim>
      ) : (
        <PackTable
          head={[
            nt.t('issues.issue'),
            nt.t('issues.ourPriority'),
            nt.t('issues.theirPriority'),
            nt.t('issues.opening'),
            nt.t('issues.limit'),
            nt.t('issues.trade'),
          ]}
        >
          {sheet.issues.map((i) => (
            <tr key={i.key}>
              <td>{issueLabel(i.key)}</td>
              <td>{i.ourPriority ? nt.tEnum('negotiationPriority', i.ourPriority) : none}</td>
              <td>{i.theirPriority ? nt.tEnum('negotiationPriority', i.theirPriority) : none}</td>
              <td>{issueValue(i.key, i.opening, i.openingValue) || none}</td>
              <td className={classes.strong}>{limitText(i) || none}</td>
              <td>{i.trade || none}</td>
            </tr>
          ))}
        </PackTable>
      )}
      <h3>{p('negotiation.concessions')}</h3>
      {sheet.concessions.length === 0 ? (
        <Dim>{p('negotiation.noConcessions')}</Dim>
      ) : (
        <ol className={classes.plain}>
          {sheet.concessions.map((c, i) => (
            <li key={i}>
              {i + 1}. <b>{issueLabel(c.giveIssue)}</b>
              {colon}
              {issueValue(c.giveIssue, c.give, c.giveValue)} → <b>{issueLabel(c.getIssue)}</b>
              {colon}
              {c.get}
              {sheet.warnings.some((w) => w.index === i) ? ` ⚠ ${beyondLimit(c.giveIssue)}` : ''}
            </li>
          ))}
        </ol>
      )}
      <div className={classes.cols}>
        <div>
          <h3>{p('negotiation.ourBatna')}</h3>
          <p className={classes.text}>{sheet.ourBatna || none}</p>
        </div>
        <div>
          <h3>{p('negotiation.theirBatna')}</h3>
          <p className={classes.text}>{sheet.theirBatna || none}</p>
        </div>
      </div>
    </PackSection>
  );
}
