import type { TFunction } from 'i18next';
import type { ForecastGroup, Movement } from '../../../../shared/forecast.ts';
import type { ReviewItem } from '../../../../shared/pipeline.ts';
import { currencyOf, exportTableOf, type ExportTable } from '../../../ui/exportTable.ts';
import type { Formatters } from '../../../ui/useFormatters.ts';
import { byCurrency } from './forecastTable.ts';
import { movementChange, periodLabel, reviewReason, type StageLabel } from './wording.ts';

// The forecast shows one block per currency: exported as one sheet, blocks one after another,
// each amount typed with its currency (or a currency column when there are several).
const inBlockOrder = <T extends Pick<ForecastGroup, 'currency'>>(rows: readonly T[]) =>
  byCurrency(rows).flatMap(([, block]) => block);

/** The forecast overview's tables (periods × categories) as shown, for Export. */
export function forecastExportTable(
  groups: readonly ForecastGroup[],
  byOwner: boolean,
  t: TFunction,
  fmt: Formatters,
): ExportTable {
  const rows = inBlockOrder(groups);
  const money = currencyOf(t, rows, (g) => g.currency);
  const amount = (header: string, get: (g: ForecastGroup) => number) => ({
    header,
    type: 'money' as const,
    currency: money.currency,
    value: get,
  });
  return exportTableOf(rows, [
    {
      header: t('forecast.overview.period'),
      type: 'text',
      value: (g) => periodLabel(g.period, t, fmt),
    },
    byOwner && { header: t('forecast.overview.owner'), type: 'text', value: (g) => g.owner },
    money.column,
    { header: t('forecast.overview.count'), type: 'integer', value: (g) => g.count },
    amount(t('forecast.overview.total'), (g) => g.total),
    amount(t('forecast.overview.weighted'), (g) => g.weighted),
    amount(t('forecast.categories.commit'), (g) => g.commit),
    amount(t('forecast.categories.best_case'), (g) => g.bestCase),
    amount(t('forecast.categories.pipeline'), (g) => g.pipeline),
    amount(t('forecast.overview.won'), (g) => g.won),
  ]);
}

/** The deals that moved between two pictures of the forecast, as shown, for Export. */
export function movementsExportTable(
  movements: readonly Movement[],
  t: TFunction,
  fmt: Formatters,
  stageLabel: StageLabel,
): ExportTable {
  const rows = inBlockOrder(movements);
  const money = currencyOf(t, rows, (m) => m.currency);
  return exportTableOf(rows, [
    { header: t('forecast.movements.deal'), type: 'text', value: (m) => m.name },
    { header: t('forecast.movements.owner'), type: 'text', value: (m) => m.owner },
    {
      header: t('forecast.movements.kind'),
      type: 'text',
      value: (m) => t(`forecast.movementKinds.${m.kind}`),
    },
    {
      header: t('forecast.movements.change'),
      type: 'text',
      value: (m) => movementChange(m, t, fmt, stageLabel),
    },
    {
      header: t('forecast.movements.weightedDelta'),
      type: 'money',
      currency: money.currency,
      value: (m) => m.weightedDelta,
    },
    money.column,
  ]);
}

/** The 1-15-30 review queue as shown, for Export (every row, not only the first screenful). */
export function reviewsExportTable(
  items: readonly ReviewItem[],
  t: TFunction,
  fmt: Formatters,
): ExportTable {
  return exportTableOf(items, [
    { header: t('forecast.reviews.deal'), type: 'text', value: (i) => i.opportunityName },
    { header: t('forecast.reviews.account'), type: 'text', value: (i) => i.accountName },
    { header: t('forecast.reviews.owner'), type: 'text', value: (i) => i.owner },
    { header: t('forecast.reviews.reason'), type: 'text', value: (i) => reviewReason(i, t, fmt) },
  ]);
}
