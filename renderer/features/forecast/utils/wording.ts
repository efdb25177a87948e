import type { TFunction } from 'i18next';
import type { ForecastLine, Movement } from '../../../../shared/forecast.ts';
import type { ReviewItem } from '../../../../shared/pipeline.ts';
import type { Formatters } from '../../../ui/useFormatters.ts';

/** A stage key in the UI language (from the deal's stage set). */
export type StageLabel = (stageSetId: string, stageKey: string) => string;

/** What changed in one movement, in words: "CNY 1,850,000 → CNY 2,100,000". */
export function movementChange(
  m: Movement,
  t: TFunction,
  fmt: Formatters,
  stageLabel: StageLabel,
): string {
  const money = (l: ForecastLine) => fmt.money(l.amount, l.currency);
  const day = (l: ForecastLine) =>
    l.expectedCloseDate ? fmt.date(l.expectedCloseDate) : t('forecast.wording.noDate');
  const { before: b, after: a } = m;
  switch (m.kind) {
    case 'new':
      return a
        ? t('forecast.wording.new', {
            amount: money(a),
            stage: stageLabel(a.stageSetId, a.stageKey),
            probability: fmt.percent(a.probability),
          })
        : '';
    case 'moved_in':
    case 'moved_out':
    case 'close_date_changed':
      return b && a ? t('forecast.wording.closeDate', { from: day(b), to: day(a) }) : '';
    case 'amount_changed':
      return b && a ? t('forecast.wording.change', { from: money(b), to: money(a) }) : '';
    case 'stage_changed':
      return b && a
        ? t('forecast.wording.change', {
            from: stageLabel(b.stageSetId, b.stageKey),
            to: stageLabel(a.stageSetId, a.stageKey),
          })
        : '';
    case 'probability_changed':
      return b && a
        ? t('forecast.wording.change', {
            from: fmt.percent(b.probability),
            to: fmt.percent(a.probability),
          })
        : '';
    case 'won':
    case 'lost': {
      const line = a ?? b;
      if (!a) return t('forecast.wording.gone');
      return line ? t('forecast.wording.closed', { amount: money(line) }) : '';
    }
  }
}

/** Why a deal is in the review queue: "Not updated for 9 days (since Nov 14, 2026)". */
export function reviewReason(item: ReviewItem, t: TFunction, fmt: Formatters): string {
  return t(`forecast.reasons.${item.rule}`, { days: item.days, since: fmt.date(item.since) });
}

/** A period key ('2026-11', '2026-Q4', 'undated') for people. */
export function periodLabel(period: string, t: TFunction, fmt: Formatters): string {
  if (period === 'undated') return t('forecast.overview.undated');
  if (/^\d{4}-\d{2}$/.test(period))
    return new Intl.DateTimeFormat(fmt.locale, {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${period}-01T00:00:00Z`));
  const quarter = /^(\d{4})-Q(\d)$/.exec(period);
  return quarter
    ? t('forecast.overview.quarterLabel', { year: quarter[1], q: quarter[2] })
    : period;
}
