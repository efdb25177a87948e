import classes from '../ReviewPackPrint.module.css';
import { Fact, PackSection, type SectionProps } from './packParts.tsx';

/** The pack's head: the deal's name, its key facts, and the account's credit-risk warnings. */
export function PackHeader({ data, x }: SectionProps) {
  const { t, fmt, p, colon, sep, none, money } = x;
  const { deal, account } = data;
  const grading = [
    account.grade,
    data.grading.rfm?.tier
      ? t('scoring.account.pointsTier', {
          points: data.grading.rfm.points,
          tier: t(`enums.rfmTier.${data.grading.rfm.tier}`),
        })
      : null,
  ]
    .filter(Boolean)
    .join(sep);
  const evaluation =
    data.evaluation.score === null
      ? none
      : [
          `${fmt.decimal(data.evaluation.score)} / 10`,
          data.evaluation.quadrant ? t(`scoring.quadrants.${data.evaluation.quadrant}`) : null,
        ]
          .filter(Boolean)
          .join(sep);
  const facts: [string, string][] = [
    [p('facts.account'), account.name],
    [p('facts.owner'), deal.owner || none],
    [p('facts.date'), fmt.date(data.day)],
    [p('facts.stage'), x.stageText],
    [p('facts.amount'), money(deal.amount)],
    [p('facts.probability'), fmt.percent(deal.probability)],
    [p('facts.closes'), deal.expectedCloseDate ? fmt.date(deal.expectedCloseDate) : none],
    [p('facts.grading'), grading || none],
    [p('facts.evaluation'), evaluation],
  ];
  return (
    <>
      <header className={classes.head}>
        <div>
          <p className={classes.kicker}>{p('title')}</p>
          <h1>{deal.name}</h1>
        </div>
        <span className={classes.confidential}>{p('confidential')}</span>
      </header>
      <dl className={classes.facts}>
        {facts.map(([label, value]) => (
          <Fact key={label} label={label} colon={colon}>
            {value}
          </Fact>
        ))}
      </dl>
      {data.grading.creditFlags.length > 0 && (
        <PackSection id="rp-credit" title={p('creditRisk')}>
          <ul>
            {data.grading.creditFlags.map((f) => (
              <li key={f.flag}>
                {t(`enums.creditRiskFlag.${f.flag}`)}
                {colon}
                {[fmt.date(f.date), f.note].filter(Boolean).join(sep)}
              </li>
            ))}
          </ul>
        </PackSection>
      )}
    </>
  );
}
