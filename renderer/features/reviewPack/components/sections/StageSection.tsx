import classes from '../ReviewPackPrint.module.css';
import { Dim, Fact, PackSection, type SectionProps } from './packParts.tsx';

/**
 * The deal's stage on both sides, the stages it passed with the criteria met there, the
 * current stage's checklist with its evidence, and every move past unmet criteria.
 */
export function StageSection({ data, x }: SectionProps) {
  const { t, fmt, p, colon, sep, none, par, label } = x;
  const { stages, stageIndex, stageName, stageByKey, currentStage, evidenceOf } = x;
  const { deal } = data;
  return (
    <PackSection id="rp-stage" title={p('stage.title')}>
      <dl className={classes.facts}>
        <Fact label={p('stage.ours')} colon={colon}>
          {x.stageText}
        </Fact>
        <Fact label={p('stage.theirs')} colon={colon}>
          {
            // The recorded stage; without one, what the stage set expects at ours, said as such.
            deal.buyingStage
              ? t(`enums.buyingStage.${deal.buyingStage}`)
              : currentStage?.buyingStage
                ? `${none}${par(p('stage.expectedBuying', { stage: t(`enums.buyingStage.${currentStage.buyingStage}`) }))}`
                : none
          }
        </Fact>
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
            <Dim>{p('stage.noCriteria')}</Dim>
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
    </PackSection>
  );
}
