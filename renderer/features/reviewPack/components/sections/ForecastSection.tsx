import { categoryOf, quarterOf, weightedAmount } from '../../../../../shared/forecastMath.ts';
import classes from '../ReviewPackPrint.module.css';
import { Dim, PackSection, PackTable, type SectionProps } from './packParts.tsx';

/** The deal's forecast line, and how it moved since the baseline snapshot when there is one. */
export function ForecastSection({ data, x }: SectionProps) {
  const { t, fmt, p, none, money, currentStage } = x;
  const { deal } = data;
  const category = categoryOf(
    { probability: deal.probability, categoryOverride: null },
    data.thresholds,
  );
  return (
    <PackSection id="rp-forecast" title={p('forecast.title')}>
      <PackTable
        head={[
          p('forecast.amount'),
          p('forecast.probability'),
          p('forecast.weighted'),
          p('forecast.category'),
          p('forecast.closes'),
          p('forecast.quarter'),
          p('forecast.status'),
        ]}
      >
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
            {deal.expectedCloseDate ? fmt.date(deal.expectedCloseDate) : p('forecast.noCloseDate')}
          </td>
          <td>{deal.expectedCloseDate ? quarterOf(deal.expectedCloseDate) : none}</td>
          <td>{t(`enums.status.${deal.status}`)}</td>
        </tr>
      </PackTable>
      {data.baseline.kind === 'snapshot' && (
        <>
          <h3>{p('forecast.movements')}</h3>
          {data.movements.length === 0 ? (
            <Dim>{p('forecast.noMovement')}</Dim>
          ) : (
            <ul className={classes.plain}>
              {data.movements.map((m, i) => (
                <li key={`${m.kind}:${i}`}>{x.movementText(m)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </PackSection>
  );
}
