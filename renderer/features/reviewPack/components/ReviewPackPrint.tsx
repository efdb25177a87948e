import { useMemo, type ReactNode } from 'react';
import { categoryOf, quarterOf, weightedAmount } from '../../../../shared/forecastMath.ts';
import { flagText } from '../../committee/index.ts';
import { useNegotiationT } from '../../negotiation/index.ts';
import type { ReviewPackData } from '../api/loadReviewPack.ts';
import { mapSvgFor } from '../utils/mapDrawing.ts';
import { radarSvg } from '../utils/radarSvg.ts';
import { ChangesSection } from './sections/ChangesSection.tsx';
import { SummarySection } from './sections/SummarySection.tsx';
import { usePackText } from './usePackText.ts';
import classes from './ReviewPackPrint.module.css';

const MAX_GAPS = 12;

/**
 * The deal-review pack as printed (A4): page 1 is the summary a manager reads first, then the
 * sections in detail, flowing from page to page (no page forced for a short one); the map on a
 * landscape page. Every text is text (SVG included), so the PDF can be searched and read aloud,
 * in Chinese as in English.
 */
export function ReviewPackPrint({ data }: { data: ReviewPackData }) {
  const x = usePackText(data);
  const { t, fmt, zh, p, colon, sep, none, par, money, people, roleLabel, label } = x;
  const { stages, stageIndex, stageName, stageByKey, currentStage, stageText, evidenceOf } = x;
  const nt = useNegotiationT();
  const { deal, account } = data;

  const mapSvg = useMemo(
    () =>
      data.layout && data.chart.people.length > 0
        ? mapSvgFor(data.chart, data.layout, t, roleLabel, zh)
        : null,
    // roleLabel follows data.roles and the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.chart, data.layout, data.roles, t, zh],
  );
  const radar = useMemo(
    () => radarSvg(data.comparison, t('competition.criteria.us')),
    [data.comparison, t],
  );

  const fact = (label: string, value: ReactNode) => (
    <div>
      <dt>
        {label}
        {colon}
      </dt>
      <dd>{value}</dd>
    </div>
  );

  // ---------- Stage and evidence ----------
  const stageSection = (
    <section className={classes.section} aria-labelledby="rp-stage">
      <h2 id="rp-stage">{p('stage.title')}</h2>
      <dl className={classes.facts}>
        {fact(p('stage.ours'), stageText)}
        {fact(
          p('stage.theirs'),
          // The recorded stage; without one, what the stage set expects at ours, said as such.
          deal.buyingStage
            ? t(`enums.buyingStage.${deal.buyingStage}`)
            : currentStage?.buyingStage
              ? `${none}${par(p('stage.expectedBuying', { stage: t(`enums.buyingStage.${currentStage.buyingStage}`) }))}`
              : none,
        )}
      </dl>
      {stages.slice(0, Math.max(stageIndex, 0)).map((s, i) => {
        const met = s.criteria.filter((c) => evidenceOf(s.key, c.key)?.met);
        return (
          <p key={s.key} className={classes.passed}>
            <b>
              {i + 1}. {stageName(s, s.key)}
            </b>
            <span className={classes.dim}>
              {par(
                `${p('stage.passed')}${sep}${p('stage.metCount', { met: met.length, count: s.criteria.length })}`,
              )}
            </span>
            {met.length > 0 && `${colon}${met.map(label).join(sep)}`}
          </p>
        );
      })}
      {currentStage && (
        <div className={classes.stage}>
          <h3>
            {stageIndex + 1}. {stageName(currentStage, currentStage.key)}
            <span className={classes.dim}>{par(p('stage.current'))}</span>
          </h3>
          {currentStage.criteria.length === 0 ? (
            <p className={classes.dim}>{p('stage.noCriteria')}</p>
          ) : (
            <ul className={classes.checklist}>
              {currentStage.criteria.map((c) => {
                const e = evidenceOf(currentStage.key, c.key);
                const detail = [
                  e?.note ?? '',
                  e?.date ? p('stage.evidenceOn', { date: fmt.date(e.date) }) : '',
                ].filter(Boolean);
                return (
                  <li key={c.key}>
                    {e?.met ? '☑' : '☐'} {label(c)}
                    <span className={classes.dim}>
                      {par(
                        `${e?.met ? p('stage.met') : p('stage.notMet')}${sep}${detail.length > 0 ? detail.join(' · ') : p('stage.noEvidence')}`,
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
      {deal.confirmations.length > 0 && (
        <>
          <h3>{p('stage.confirmations')}</h3>
          <ul className={classes.plain}>
            {deal.confirmations.map((c) => (
              <li key={c.id}>
                {p('stage.confirmation', {
                  date: fmt.dayOf(c.at),
                  from: stageName(stageByKey(c.fromStage), c.fromStage),
                  to: stageName(stageByKey(c.toStage), c.toStage),
                  count: c.unmet.length,
                })}
                {c.note ? ` — ${c.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );

  // ---------- Forecast line ----------
  const category = categoryOf(
    { probability: deal.probability, categoryOverride: null },
    data.thresholds,
  );
  const forecastSection = (
    <section className={classes.section} aria-labelledby="rp-forecast">
      <h2 id="rp-forecast">{p('forecast.title')}</h2>
      <table className={classes.table}>
        <thead>
          <tr>
            <th>{p('forecast.amount')}</th>
            <th>{p('forecast.probability')}</th>
            <th>{p('forecast.weighted')}</th>
            <th>{p('forecast.category')}</th>
            <th>{p('forecast.closes')}</th>
            <th>{p('forecast.quarter')}</th>
            <th>{p('forecast.status')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className={classes.num}>{money(deal.amount)}</td>
            <td className={classes.num}>
              {deal.probabilityOverride !== null && currentStage
                ? p('forecast.overridden', {
                    value: fmt.percent(deal.probability),
                    stage: fmt.percent(currentStage.probability),
                  })
                : fmt.percent(deal.probability)}
            </td>
            <td className={classes.num}>
              {money(weightedAmount({ amount: deal.amount, probability: deal.probability }))}
            </td>
            <td>{t(`forecast.categories.${category}`)}</td>
            <td>
              {deal.expectedCloseDate
                ? fmt.date(deal.expectedCloseDate)
                : p('forecast.noCloseDate')}
            </td>
            <td>{deal.expectedCloseDate ? quarterOf(deal.expectedCloseDate) : none}</td>
            <td>{t(`enums.status.${deal.status}`)}</td>
          </tr>
        </tbody>
      </table>
      {data.baseline.kind === 'snapshot' && (
        <>
          <h3>{p('forecast.movements')}</h3>
          {data.movements.length === 0 ? (
            <p className={classes.dim}>{p('forecast.noMovement')}</p>
          ) : (
            <ul className={classes.plain}>
              {data.movements.map((m, i) => (
                <li key={`${m.kind}:${i}`}>{x.movementText(m)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );

  // ---------- Committee and red flags ----------
  const committeeSection = (
    <section className={classes.section} aria-labelledby="rp-committee">
      <h2 id="rp-committee">{p('committee.title')}</h2>
      {data.members.length === 0 ? (
        <p className={classes.dim}>{p('committee.empty')}</p>
      ) : (
        <table className={classes.table}>
          <thead>
            <tr>
              <th>{t('committee.matrix.columns.person')}</th>
              <th>{t('committee.matrix.columns.roles')}</th>
              <th>{t('committee.matrix.columns.attitude')}</th>
              <th>{t('committee.matrix.columns.influence')}</th>
              <th>{t('committee.matrix.columns.contact')}</th>
              <th>{t('committee.matrix.columns.relationshipOwner')}</th>
              <th>{t('committee.matrix.columns.lastContactDate')}</th>
              <th>{t('committee.matrix.columns.concerns')}</th>
            </tr>
          </thead>
          <tbody>
            {data.members.map((m) => {
              const person = people.get(m.personId);
              return (
                <tr key={m.id}>
                  <td>
                    <b>{person?.name ?? m.personId}</b>
                    {person?.title ? <span className={classes.dim}> · {person.title}</span> : null}
                  </td>
                  <td>{m.roles.map(roleLabel).join(sep) || none}</td>
                  <td>
                    {t(`committee.enums.attitude.${m.attitude}`)}
                    {m.attitudeScore !== null
                      ? ` (${m.attitudeScore > 0 ? '+' : ''}${m.attitudeScore})`
                      : ''}
                  </td>
                  <td>{m.influence ? t(`committee.enums.influence.${m.influence}`) : none}</td>
                  <td>{t(`committee.enums.contact.${m.contact}`)}</td>
                  <td>{m.relationshipOwner || none}</td>
                  <td>{m.lastContactDate ? fmt.date(m.lastContactDate) : none}</td>
                  <td className={classes.small}>{m.concerns || none}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>
        {p('committee.flags')} · {p('committee.score', { score: data.coverage.score })}
      </h3>
      {data.coverage.flags.length === 0 ? (
        <p className={classes.dim}>{p('committee.noFlags')}</p>
      ) : (
        <ul className={classes.flags}>
          {data.coverage.flags.map((f, i) => (
            <li key={`${f.code}:${f.personId ?? ''}:${i}`}>
              ⚠ {flagText(f, t)}
              <span className={classes.dim}>{par(`−${f.points}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  // ---------- Map ----------
  const mapSection = (
    <section className={`${classes.section} ${classes.mapPage}`} aria-labelledby="rp-map">
      <h2 id="rp-map">{p('map.title')}</h2>
      <p className={classes.dim}>{p('map.subtitle', { account: account.name, deal: deal.name })}</p>
      {data.chart.people.length === 0 ? (
        <p className={classes.dim}>{p('map.empty')}</p>
      ) : mapSvg === null ? (
        <p className={classes.dim}>{p('map.failed')}</p>
      ) : (
        // Markup built by buildMapSvg: every text in it is XML-escaped.
        <div className={classes.map} dangerouslySetInnerHTML={{ __html: mapSvg }} />
      )}
    </section>
  );

  // ---------- Competition ----------
  const { comparison } = data;
  const competitionSection = (
    <section className={classes.section} aria-labelledby="rp-competition">
      <h2 id="rp-competition">{p('competition.title')}</h2>
      {comparison.vendors.length <= 1 && comparison.criteria.length === 0 ? (
        <p className={classes.dim}>{p('competition.empty')}</p>
      ) : (
        <>
          <table className={classes.table}>
            <thead>
              <tr>
                <th>{p('competition.vendor')}</th>
                <th>{p('competition.weightedTotal')}</th>
                <th>{p('competition.scored')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.vendors.map((v) => (
                <tr key={v.vendor}>
                  <td>{v.vendor === 'us' ? t('competition.criteria.us') : v.name}</td>
                  <td className={classes.num}>
                    {v.weightedTotal === null ? none : fmt.decimal(v.weightedTotal)}
                  </td>
                  <td className={classes.num}>{fmt.percent(v.scoredPercent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{p('competition.radar')}</h3>
          {radar === null || !comparison.criteria.some((c) => c.scores.some((s) => s.score)) ? (
            <p className={classes.dim}>{p('competition.noScores')}</p>
          ) : (
            // ECharts' SVG output: names are escaped by its renderer.
            <div className={classes.radar} dangerouslySetInnerHTML={{ __html: radar }} />
          )}
          <h3>{p('competition.gaps')}</h3>
          {comparison.gaps.length === 0 ? (
            <p className={classes.dim}>{p('competition.noGaps')}</p>
          ) : (
            <table className={classes.table}>
              <thead>
                <tr>
                  <th>{p('competition.criterion')}</th>
                  <th>{p('competition.competitor')}</th>
                  <th>{p('competition.scores')}</th>
                  <th>{p('competition.gap')}</th>
                  <th>{p('competition.weightedGap')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.gaps.slice(0, MAX_GAPS).map((g) => (
                  <tr key={`${g.criterionId}:${g.competitorId}`}>
                    <td>
                      {g.criterionName}{' '}
                      <span className={classes.dim}>({fmt.percent(g.weightPercent)})</span>
                    </td>
                    <td>{g.competitorName}</td>
                    <td className={classes.num}>
                      {g.theirScore} / {g.ourScore}
                    </td>
                    <td className={classes.num}>−{fmt.integer(g.gap)}</td>
                    <td className={classes.num}>−{fmt.decimal(g.weightedGap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );

  // ---------- Negotiation ----------
  const sheet = data.negotiation;
  const { issueValue, limitText } = x;
  const objectiveValue = (unit: string, n: number) =>
    x.isMoneyUnit(unit) ? money(n) : fmt.decimal(n);
  const issueLabel = (key: string) =>
    nt.issueLabel(key as never, sheet?.issues.find((i) => i.key === key)?.label);
  const negotiationSection = (
    <section className={classes.section} aria-labelledby="rp-negotiation">
      <h2 id="rp-negotiation">{p('negotiation.title')}</h2>
      {sheet === null ? (
        <p className={classes.dim}>{p('negotiation.empty')}</p>
      ) : (
        <>
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
              <table className={classes.table}>
                <thead>
                  <tr>
                    <th>{nt.t('objectives.term')}</th>
                    <th>{nt.t('objectives.ideal')}</th>
                    <th>{nt.t('objectives.target')}</th>
                    <th>{nt.t('objectives.walkAway')}</th>
                    <th>{nt.t('objectives.unit')}</th>
                  </tr>
                </thead>
                <tbody>
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
                </tbody>
              </table>
            </>
          )}
          <h3>{p('negotiation.issues')}</h3>
          {sheet.issues.length === 0 ? (
            <p className={classes.dim}>{p('negotiation.noIssues')}</p>
          ) : (
            <table className={classes.table}>
              <thead>
                <tr>
                  <th>{nt.t('issues.issue')}</th>
                  <th>{nt.t('issues.ourPriority')}</th>
                  <th>{nt.t('issues.theirPriority')}</th>
                  <th>{nt.t('issues.opening')}</th>
                  <th>{nt.t('issues.limit')}</th>
                  <th>{nt.t('issues.trade')}</th>
                </tr>
              </thead>
              <tbody>
                {sheet.issues.map((i) => (
                  <tr key={i.key}>
                    <td>{issueLabel(i.key)}</td>
                    <td>{i.ourPriority ? nt.tEnum('negotiationPriority', i.ourPriority) : none}</td>
                    <td>
                      {i.theirPriority ? nt.tEnum('negotiationPriority', i.theirPriority) : none}
                    </td>
                    <td>{issueValue(i.key, i.opening, i.openingValue) || none}</td>
                    <td className={classes.strong}>{limitText(i) || none}</td>
                    <td>{i.trade || none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{p('negotiation.concessions')}</h3>
          {sheet.concessions.length === 0 ? (
            <p className={classes.dim}>{p('negotiation.noConcessions')}</p>
          ) : (
            <ol className={classes.plain}>
              {sheet.concessions.map((c, i) => (
                <li key={i}>
                  {i + 1}. <b>{issueLabel(c.giveIssue)}</b>
                  {colon}
                  {issueValue(c.giveIssue, c.give, c.giveValue)} → <b>{issueLabel(c.getIssue)}</b>
                  {colon}
                  {c.get}
                  {sheet.warnings.some((w) => w.index === i) ? ` ⚠ ${nt.t('print.beyond')}` : ''}
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
        </>
      )}
    </section>
  );

  // ---------- Activities ----------
  const names = (ids: readonly string[]) =>
    ids.map((id) => people.get(id)?.name ?? id).join(sep) || none;
  const activitiesSection = (
    <section className={classes.section} aria-labelledby="rp-activities">
      <h2 id="rp-activities">{p('activities.title')}</h2>
      {data.activities.length === 0 ? (
        <p className={classes.dim}>{p('activities.empty')}</p>
      ) : (
        <table className={classes.table}>
          <thead>
            <tr>
              <th>{p('activities.date')}</th>
              <th>{p('activities.kind')}</th>
              <th>{p('activities.people')}</th>
              <th>{p('activities.summary')}</th>
              <th>{p('activities.next')}</th>
            </tr>
          </thead>
          <tbody>
            {data.activities.map((a) => (
              <tr key={a.id}>
                <td className={classes.nowrap}>{fmt.date(a.date)}</td>
                <td>{t(`activities.kinds.${a.kind}`)}</td>
                <td>{names(a.personIds)}</td>
                <td className={classes.text}>
                  {a.summary || none}
                  {a.promises ? `\n${a.promises}` : ''}
                </td>
                <td>
                  {a.nextStep
                    ? a.nextDate
                      ? p('activities.nextOn', { step: a.nextStep, date: fmt.date(a.nextDate) })
                      : a.nextStep
                    : none}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );

  return (
    <article className={classes.pack} lang={fmt.locale} aria-label={p('title')}>
      <header className={classes.head}>
        <div>
          <p className={classes.kicker}>{p('title')}</p>
          <h1>{deal.name}</h1>
        </div>
        <span className={classes.confidential}>{p('confidential')}</span>
      </header>
      <dl className={classes.facts}>
        {fact(p('facts.account'), account.name)}
        {fact(p('facts.owner'), deal.owner || none)}
        {fact(p('facts.date'), fmt.date(data.day))}
        {fact(p('facts.stage'), stageText)}
        {fact(p('facts.amount'), money(deal.amount))}
        {fact(p('facts.probability'), fmt.percent(deal.probability))}
        {fact(p('facts.closes'), deal.expectedCloseDate ? fmt.date(deal.expectedCloseDate) : none)}
        {fact(
          p('facts.grading'),
          [
            account.grade,
            data.grading.rfm?.tier
              ? t('scoring.account.pointsTier', {
                  points: data.grading.rfm.points,
                  tier: t(`enums.rfmTier.${data.grading.rfm.tier}`),
                })
              : null,
          ]
            .filter(Boolean)
            .join(sep) || none,
        )}
        {fact(
          p('facts.evaluation'),
          data.evaluation.score === null
            ? none
            : [
                `${fmt.decimal(data.evaluation.score)} / 10`,
                data.evaluation.quadrant
                  ? t(`scoring.quadrants.${data.evaluation.quadrant}`)
                  : null,
              ]
                .filter(Boolean)
                .join(sep),
        )}
      </dl>
      {data.grading.creditFlags.length > 0 && (
        <section className={classes.section} aria-labelledby="rp-credit">
          <h2 id="rp-credit">{p('creditRisk')}</h2>
          <ul>
            {data.grading.creditFlags.map((f) => (
              <li key={f.flag}>
                {t(`enums.creditRiskFlag.${f.flag}`)}
                {colon}
                {[fmt.date(f.date), f.note].filter(Boolean).join(sep)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SummarySection data={data} x={x} />
      {stageSection}
      {forecastSection}
      <ChangesSection data={data} x={x} />
      {committeeSection}
      {mapSection}
      {competitionSection}
      {negotiationSection}
      {activitiesSection}
      <footer className={classes.foot}>
        {p('produced', { date: fmt.dateTime(data.producedAt) })}
      </footer>
    </article>
  );
}
