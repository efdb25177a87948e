import { useMemo } from 'react';
import { radarSvg } from '../../utils/radarSvg.ts';
import classes from '../ReviewPackPrint.module.css';
import { Dim, PackSection, PackTable, type SectionProps } from './packParts.tsx';

/** Gaps printed at most; the rest stay in the app. */
const MAX_GAPS = 12;

/** Each vendor's weighted total, the radar of scores, and the criteria where we trail. */
export function CompetitionSection({ data, x }: SectionProps) {
  const { t, fmt, p, none } = x;
  const { comparison } = data;
  const radar = useMemo(() => radarSvg(comparison, t('competition.criteria.us')), [comparison, t]);
  return (
    <PackSection id="rp-competition" title={p('competition.title')}>
      {comparison.vendors.length <= 1 && comparison.criteria.length === 0 ? (
        <Dim>{p('competition.empty')}</Dim>
      ) : (
        <>
          <PackTable
            head={[
              p('competition.vendor'),
              p('competition.weightedTotal'),
              p('competition.scored'),
            ]}
          >
            {comparison.vendors.map((v) => (
              <tr key={v.vendor}>
                <td>{v.vendor === 'us' ? t('competition.criteria.us') : v.name}</td>
                <td className={classes.num}>
                  {v.weightedTotal === null ? none : fmt.decimal(v.weightedTotal)}
                </td>
                <td className={classes.num}>{fmt.percent(v.scoredPercent)}</td>
              </tr>
            ))}
          </PackTable>
          <h3>{p('competition.radar')}</h3>
          {radar === null || !comparison.criteria.some((c) => c.scores.some((s) => s.score)) ? (
            <Dim>{p('competition.noScores')}</Dim>
          ) : (
            // ECharts' SVG output: names are escaped by its renderer.
            <div className={classes.radar} dangerouslySetInnerHTML={{ __html: radar }} />
          )}
          <h3>{p('competition.gaps')}</h3>
          {comparison.gaps.length === 0 ? (
            <Dim>{p('competition.noGaps')}</Dim>
          ) : (
            <PackTable
              head={[
                p('competition.criterion'),
                p('competition.competitor'),
                p('competition.scores'),
                p('competition.gap'),
                p('competition.weightedGap'),
              ]}
            >
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
            </PackTable>
          )}
        </>
      )}
    </PackSection>
  );
}
