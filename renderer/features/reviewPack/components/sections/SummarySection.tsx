import { categoryOf, quarterOf, weightedAmount } from '../../../../../shared/forecastMath.ts';
import { flagText } from '../../../committee/index.ts';
import { useNegotiationT } from '../../../negotiation/index.ts';
import classes from '../ReviewPackPrint.module.css';
import { Dim, PackSection, type SectionProps } from './packParts.tsx';

/** Page 1 holds a few of each: the rest is in the sections after it. */
const TOP_FLAGS = 3;
const TOP_GAPS = 3;
const MAX_POSITION = 4;
const MAX_STEPS = 5;

/**
 * Page 1, what a manager reads first: what is unmet at this stage, the forecast line and its
 * change, the coverage score with its worst red flags, where we trail, the negotiation position
 * and the next steps.
 */
export function SummarySection({ data, x }: SectionProps) {
  const { t, fmt, p, sep, par, money } = x;
  const nt = useNegotiationT();
  const { deal } = data;

  const criteria = x.currentStage?.criteria ?? [];
  const unmet = criteria.filter((c) => !x.evidenceOf(deal.stageKey, c.key)?.met);

  const category = categoryOf(
    { probability: deal.probability, categoryOverride: null },
    data.thresholds,
  );
  const forecastLine = [
    p('summary.forecastLine', {
      amount: money(deal.amount),
      probability: fmt.percent(deal.probability),
      weighted: money(weightedAmount(deal)),
      category: t(`forecast.categories.${category}`),
    }),
    deal.expectedCloseDate
      ? p('summary.closes', {
          date: fmt.date(deal.expectedCloseDate),
          quarter: quarterOf(deal.expectedCloseDate),
        })
      : p('summary.noClose'),
  ].join(sep);

  const flags = [...data.coverage.flags].sort((a, b) => b.points - a.points);
  const gaps = data.comparison.gaps.slice(0, TOP_GAPS);

  const sheet = data.negotiation;
  const position = sheet
    ? [
        ...sheet.objectives.map((o) => {
          const value = (n: number) =>
            x.isMoneyUnit(o.unit) ? money(n) : `${fmt.decimal(n)} ${o.unit}`.trim();
          return p('summary.objective', {
            term: o.term,
            target: value(o.target),
            walkAway: value(o.walkAway),
          });
        }),
        ...sheet.issues
          .filter((i) => i.limit !== null || i.limitNote.trim() !== '')
          .map((i) =>
            p('summary.limit', {
              issue: nt.issueLabel(i.key as never, i.label),
              limit: x.limitText(i),
            }),
          ),
      ].slice(0, MAX_POSITION)
    : [];

  const steps = data.activities
    .filter((a) => a.nextStep.trim() !== '')
    .sort((a, b) => (a.nextDate ?? '9999').localeCompare(b.nextDate ?? '9999'))
    .slice(0, MAX_STEPS);

  return (
    <PackSection id="rp-summary" title={p('summary.title')} className={classes.summary}>
      <div className={classes.block}>
        <h3>
          {unmet.length === 0
            ? p('summary.allMet', { stage: x.stageText })
            : p('summary.unmet', {
                stage: x.stageText,
                count: unmet.length,
                total: criteria.length,
              })}
        </h3>
        {unmet.length > 0 && (
          <ul className={classes.checklist}>
            {unmet.map((c) => (
              <li key={c.key}>☐ {x.label(c)}</li>
            ))}
          </ul>
        )}
      </div>
      <div className={classes.block}>
        <h3>{p('summary.forecast')}</h3>
        <p className={classes.line}>{forecastLine}</p>
        {data.baseline.kind === 'none' ? (
          <Dim>{p('summary.noBaseline')}</Dim>
        ) : data.movements.length === 0 ? (
          <Dim>{p('summary.noChange')}</Dim>
        ) : (
          <ul className={classes.plain}>
            {data.movements.map((m, i) => (
              <li key={`${m.kind}:${i}`}>{x.movementText(m)}</li>
            ))}
          </ul>
        )}
      </div>
      <div className={classes.block}>
        <h3>{p('summary.coverage', { score: data.coverage.score })}</h3>
        {flags.length === 0 ? (
          <Dim>{p('committee.noFlags')}</Dim>
        ) : (
          <ul className={classes.flags}>
            {flags.slice(0, TOP_FLAGS).map((f, i) => (
              <li key={`${f.code}:${f.personId ?? ''}:${i}`}>⚠ {flagText(f, t)}</li>
            ))}
            {flags.length > TOP_FLAGS && (
              <li className={classes.dim}>
                {p('summary.moreFlags', { count: flags.length - TOP_FLAGS })}
              </li>
            )}
          </ul>
        )}
      </div>
      <div className={classes.block}>
        <h3>{p('summary.trail')}</h3>
        {gaps.length === 0 ? (
          <Dim>{p('summary.noGaps')}</Dim>
        ) : (
          <ul className={classes.plain}>
            {gaps.map((g) => (
              <li key={`${g.criterionId}:${g.competitorId}`}>
                {p('summary.gap', {
                  criterion: g.criterionName,
                  weight: fmt.percent(g.weightPercent),
                  competitor: g.competitorName,
                  theirs: g.theirScore,
                  ours: g.ourScore,
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={classes.block}>
        <h3>
          {p('summary.negotiation')}
          {sheet && (
            <span className={classes.dim}>
              {par(
                sheet.meetingDate
                  ? `${sheet.title}${sep}${p('negotiation.meeting', { date: fmt.date(sheet.meetingDate) })}`
                  : sheet.title,
              )}
            </span>
          )}
        </h3>
        {sheet === null ? (
          <Dim>{p('negotiation.empty')}</Dim>
        ) : position.length === 0 ? (
          <Dim>{p('summary.noPosition')}</Dim>
        ) : (
          <ul className={classes.plain}>
            {position.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <div className={classes.block}>
        <h3>{p('summary.nextSteps')}</h3>
        {steps.length === 0 ? (
          <Dim>{p('summary.noSteps')}</Dim>
        ) : (
          <ul className={classes.plain}>
            {steps.map((a) => {
              const owner = a.owner || p('summary.noOwner');
              return (
                <li key={a.id}>
                  {a.nextDate
                    ? p('summary.stepBy', { step: a.nextStep, owner, date: fmt.date(a.nextDate) })
                    : p('summary.step', { step: a.nextStep, owner })}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </PackSection>
  );
}
