import type { TFunction } from 'i18next';
import type { Currency } from '../../shared/enums.ts';
import type { ExportColumn, ExportColumnType, ExportTableInput } from '../../shared/exports.ts';

/** One cell as the export sends it: text, a number, a YYYY-MM-DD day, or empty. */
export type ExportCell = string | number | null;

/** What a list exports: its columns as shown and its rows in the order shown. */
export type ExportTable = Pick<ExportTableInput, 'columns' | 'rows'>;

/** One column of a list: its header as shown, its type, and how a row fills it. */
export type ExportField<Row> = {
  header: string;
  type: ExportColumnType;
  currency?: Currency | undefined;
  value: (row: Row) => ExportCell | undefined;
};

/** The rows through the fields, in the rows' order. */
export function exportTableOf<Row>(
  rows: readonly Row[],
  fields: readonly (ExportField<Row> | false | null | undefined)[],
): ExportTable {
  const shown = fields.filter((f): f is ExportField<Row> => Boolean(f));
  const columns: ExportColumn[] = shown.map(({ header, type, currency }) =>
    currency ? { header, type, currency } : { header, type },
  );
  return { columns, rows: rows.map((row) => shown.map((f) => f.value(row) ?? null)) };
}

/**
 * How a list's amounts carry their currency: typed with it when every row has the same one;
 * otherwise plain amounts and a currency column beside them (a sum across currencies means nothing).
 */
export function currencyOf<Row>(
  t: TFunction,
  rows: readonly Row[],
  currency: (row: Row) => Currency,
): { currency: Currency | undefined; column: ExportField<Row> | null } {
  const currencies = new Set(rows.map(currency));
  if (currencies.size <= 1) return { currency: [...currencies][0], column: null };
  return {
    currency: undefined,
    column: { header: t('exportList.currency'), type: 'text', value: currency },
  };
}
