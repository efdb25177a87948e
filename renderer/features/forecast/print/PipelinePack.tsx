import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/channels.ts';
import type { ForecastGroupBy } from '../../../../shared/forecast.ts';
import type { Read } from '../../../data/read.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useStageSets } from '../../stages/index.ts';
import { forecastQueries, teamInput, type TeamScope } from '../api/forecastQueries.ts';
import { barChartSvg } from '../components/BarChart.tsx';
import { forecastOption } from '../utils/chartOptions.ts';
import { byCurrency, perPeriod, ROW_LIMIT, sumGroups } from '../utils/forecastTable.ts';
import { movementChange, periodLabel, reviewReason } from '../utils/wording.ts';
import classes from './PipelinePack.module.css';

export type PackScope = {
  owner: string | undefined;
  /** A manager's team, or undefined. */
  team?: TeamScope | undefined;
  groupBy: ForecastGroupBy;
  byOwner: boolean;
  asOf: string | null;
  /** Movements of deals whose close date before or after is in this quarter; null: all periods. */
  quarter: string | null;
};

export type PackData = {
  forecast: ChannelOutput<'forecast.get'>;
  movements: ChannelOutput<'forecast.movements'>;
  snapshots: ChannelOutput<'forecast.snapshots'>;
  reviews: ChannelOutput<'reviews.queue'>;
};

/**
 * What the pack prints: the forecast as on the overview, movements since the last snapshot.
 * Read when the user exports (the views read their own), through the cache: fresh answers reused.
 */
export async function loadPackData(read: Read, scope: PackScope): Promise<PackData> {
  const { owner, team, groupBy, byOwner, asOf, quarter } = scope;
  const [forecast, movements, snapshots, reviews] = await Promise.all([
    read(forecastQueries.get({ groupBy, byOwner, owner, ...teamInput(team) })),
    read(forecastQueries.movements(undefined, undefined, quarter ?? undefined)),
    read(forecastQueries.snapshots()),
    read(forecastQueries.reviews(owner, asOf ?? undefined, team)),
  ]);
  return { forecast, movements, snapshots, reviews };
}

/**
 * The pack's print copy, straight under <body>: hidden on screen; while it is mounted, printing
 * shows only it, on A4 portrait pages, and hides the app.
 */
export const PipelinePackPortal = memo(function PipelinePackPortal(props: {
  scope: PackScope;
  data: PackData;
  today: string;
}) {
  return createPortal(
    <div className={classes.portal} data-pipeline-pack="" data-testid="pipeline-pack">
      <PipelinePack {...props} />
    </div>,
    document.body,
  );
});

export function PipelinePack({
  scope,
  data,
  today,
}: {
  scope: PackScope;
  data: PackData;
  today: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { stageLabel } = useStageSets();
  const owner = scope.owner;
  const latest = data.snapshots[0];
  const team = scope.team;
  const movements = data.movements.movements.filter(
    (m) => (!owner || m.owner === owner) && (!team || team.owners.has(m.owner)),
  );
  const blocks = byCurrency(data.forecast.groups);
  const charts = useMemo(
    () =>
      new Map(
        byCurrency(data.forecast.groups).map(([currency, groups]) => [
          currency,
          barChartSvg(
            forecastOption(
              perPeriod(groups).map((p) => ({ ...p, label: periodLabel(p.period, t, fmt) })),
              {
                commit: t('forecast.categories.commit'),
                bestCase: t('forecast.categories.best_case'),
                pipeline: t('forecast.categories.pipeline'),
              },
              (n) => fmt.money(n, currency),
            ),
            680,
            230,
          ),
        ]),
      ),
    [data.forecast.groups, t, fmt],
  );
  const colon = t('forecast.colon');

  return (
    <article className={classes.pack} lang={fmt.locale}>
      <header className={classes.head}>
        <h1>{t('forecast.pack.title')}</h1>
        <span className={classes.confidential}>{t('forecast.pack.confidential')}</span>
      </header>
      <div className={classes.meta}>
        <span>
          {[
            owner && t('forecast.pack.scopeOwner', { owner }),
            team && t('team.filter.teamOf', { name: team.name }),
          ]
            .filter(Boolean)
            .join(t('forecast.pack.scopeSeparator')) || t('forecast.pack.scopeTeam')}
        </span>
        <span>{t('forecast.pack.prepared', { date: fmt.date(today) })}</span>
      </div>

      <section className={classes.section}>
        <h2>
          {t('forecast.pack.forecast', {
            groupBy: t(`forecast.overview.${scope.groupBy}`),
          })}
        </h2>
        <p className={classes.dim}>
          {t('forecast.overview.rules', {
            commit: data.forecast.thresholds.commitMin,
            bestCase: data.forecast.thresholds.bestCaseMin,
          })}
        </p>
        {blocks.length === 0 && <p>{t('forecast.overview.empty')}</p>}
        {blocks.map(([currency, groups]) => {
          const money = (n: number) => fmt.money(n, currency);
          const total = sumGroups(groups);
          const cells = (g: typeof total) => (
            <>
              <td className={classes.num}>{fmt.integer(g.count)}</td>
              <td className={classes.num}>{money(g.total)}</td>
              <td className={classes.num}>{money(g.weighted)}</td>
              <td className={classes.num}>{money(g.commit)}</td>
              <td className={classes.num}>{money(g.bestCase)}</td>
              <td className={classes.num}>{money(g.pipeline)}</td>
              <td className={classes.num}>{money(g.won)}</td>
            </>
          );
          return (
            <div key={currency}>
              <h3>{t('forecast.overview.currency', { currency: t(`money.name.${currency}`) })}</h3>
              <table className={classes.table}>
                <thead>
                  <tr>
                    <th>{t('forecast.overview.period')}</th>
                    {scope.byOwner && <th>{t('forecast.overview.owner')}</th>}
                    <th className={classes.num}>{t('forecast.overview.count')}</th>
                    <th className={classes.num}>{t('forecast.overview.total')}</th>
                    <th className={classes.num}>{t('forecast.overview.weighted')}</th>
                    <th className={classes.num}>{t('forecast.categories.commit')}</th>
                    <th className={classes.num}>{t('forecast.categories.best_case')}</th>
                    <th className={classes.num}>{t('forecast.categories.pipeline')}</th>
                    <th className={classes.num}>{t('forecast.overview.won')}</th>
                  </tr>
                </thead>
                <tbody>
                  {groups.map((g) => (
                    <tr key={`${g.period}|${g.owner ?? ''}`}>
                      <td>{periodLabel(g.period, t, fmt)}</td>
                      {scope.byOwner && <td>{g.owner}</td>}
                      {cells(g)}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th>{t('forecast.overview.totalRow')}</th>
                    {scope.byOwner && <td />}
                    {cells(total)}
                  </tr>
                </tfoot>
              </table>
              <div
                className={classes.chart}
                // An SVG string rendered by ECharts from our own numbers and labels.
                dangerouslySetInnerHTML={{ __html: charts.get(currency) ?? '' }}
              />
            </div>
          );
        })}
      </section>

      <section className={classes.section}>
        <h2>
          {latest
            ? t('forecast.pack.movementsSince', { date: fmt.dateTime(latest.takenAt) })
            : t('forecast.pack.movementsNoSnapshot')}
        </h2>
        <p className={classes.dim}>
          {t('forecast.movements.summary', {
            quarter:
              data.movements.quarter === null
                ? t('forecast.movements.allPeriods')
                : periodLabel(data.movements.quarter, t, fmt),
            count: movements.length,
          })}
        </p>
        {byCurrency(movements).map(([currency, rows]) => (
          <table key={currency} className={classes.table}>
            <thead>
              <tr>
                <th>{t('forecast.movements.deal')}</th>
                <th>{t('forecast.movements.owner')}</th>
                <th>{t('forecast.movements.kind')}</th>
                <th>{t('forecast.movements.change')}</th>
                <th className={classes.num}>{t('forecast.movements.weightedDelta')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, ROW_LIMIT.pack).map((m) => (
                <tr key={`${m.opportunityId}|${m.kind}`}>
                  <td>{m.name}</td>
                  <td>{m.owner}</td>
                  <td>{t(`forecast.movementKinds.${m.kind}`)}</td>
                  <td>{movementChange(m, t, fmt, stageLabel)}</td>
                  <td className={classes.num}>{fmt.money(m.weightedDelta, currency)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              {rows.length > ROW_LIMIT.pack && (
                <tr>
                  <td colSpan={5} className={classes.dim}>
                    {t('forecast.moreRows', { shown: ROW_LIMIT.pack, count: rows.length })}
                  </td>
                </tr>
              )}
              <tr>
                <th colSpan={4}>
                  {t('forecast.movements.net')}
                  {colon}
                  {currency}
                </th>
                <td className={classes.num}>
                  {fmt.money(
                    rows.reduce((s, m) => s + m.weightedDelta, 0),
                    currency,
                  )}
                </td>
              </tr>
            </tfoot>
          </table>
        ))}
      </section>

      <section className={classes.section}>
        <h2>{t('forecast.pack.reviews', { date: fmt.date(scope.asOf ?? today) })}</h2>
        {data.reviews.length === 0 ? (
          <p>{t('forecast.reviews.empty')}</p>
        ) : (
          <table className={classes.table}>
            <thead>
              <tr>
                <th>{t('forecast.reviews.deal')}</th>
                <th>{t('forecast.reviews.account')}</th>
                <th>{t('forecast.reviews.owner')}</th>
                <th>{t('forecast.reviews.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {data.reviews.slice(0, ROW_LIMIT.pack).map((item) => (
                <tr key={`${item.opportunityId}|${item.rule}`}>
                  <td>{item.opportunityName}</td>
                  <td>{item.accountName}</td>
                  <td>{item.owner}</td>
                  <td>{reviewReason(item, t, fmt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data.reviews.length > ROW_LIMIT.pack && (
          <p className={classes.dim}>
            {t('forecast.moreRows', { shown: ROW_LIMIT.pack, count: data.reviews.length })}
          </p>
        )}
      </section>
    </article>
  );
}
