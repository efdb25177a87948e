import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../shared/enums.ts';
import { i18n } from '../i18n/i18n.ts';

export type Formatters = ReturnType<typeof makeFormatters>;

/** The moneyInWan setting, provided by the workspace once the settings are loaded. */
export const MoneyInWanContext = createContext(true);

/** Dates, numbers and money in the active interface language. */
export function useFormatters(): Formatters {
  const { i18n: active } = useTranslation();
  const moneyInWan = useContext(MoneyInWanContext);
  return useMemo(
    () => makeFormatters(active.language, { moneyInWan }),
    [active.language, moneyInWan],
  );
}

const WAN = 10_000;

export function makeFormatters(locale: string, { moneyInWan = true } = {}) {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const localDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const money = new Map<Currency, Intl.NumberFormat>();
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });

  return {
    locale,
    /** A calendar date stored as YYYY-MM-DD; read as UTC so it never shifts by a day. */
    date: (iso: string | null) =>
      iso ? day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '',
    /** A timestamp, in the user's time zone. */
    dateTime: (iso: string) => moment.format(new Date(iso)),
    /** The day of a timestamp, in the user's time zone. */
    dayOf: (iso: string) => localDay.format(new Date(iso)),
    integer: (n: number | null) => (n === null ? '' : integer.format(n)),
    decimal: (n: number | null) => (n === null ? '' : decimal.format(n)),
    /** A whole-number percentage such as 40 (not 0.4). */
    percent: (n: number) => percent.format(n / 100),
    /**
     * An amount with its currency. In a column of wide numbers (`wide`), Chinese with the
     * moneyInWan setting counts in 万 and names the currency in words: 7400000 CNY is "740万元".
     */
    money: (amount: number, currency: Currency, { wide = false } = {}) => {
      if (wide && moneyInWan && locale === 'zh-CN') {
        const t = i18n.getFixedT(locale);
        const unit = t(`money.unit.${currency}`);
        return Math.abs(amount) >= WAN
          ? t('money.wan', { amount: decimal.format(amount / WAN), unit })
          : t('money.plain', { amount: integer.format(amount), unit });
      }
      let format = money.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: 0,
          maximumFractionDigits: 0,
        });
        money.set(currency, format);
      }
      return format.format(amount);
    },
    /** Month 1–12 by name, e.g. "April" / "四月". */
    month: (m: number) => month.format(new Date(Date.UTC(2000, m - 1, 1))),
    compare: (a: string, b: string) => collator.compare(a, b),
  };
}
