import { useTranslation } from 'react-i18next';
import { weightedAmount } from '../../../../shared/forecastMath.ts';
import type { StageDef } from '../../../../shared/pipeline.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import type { ReviewPackData } from '../api/loadReviewPack.ts';
import type { reviewPackEn } from '../i18n/en.ts';
import { isJustANumber, statedValue } from '../utils/statedValue.ts';
import { localLabel, type Bilingual } from '../../../i18n/localLabel.ts';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** The pack's message keys, checked against en.ts. */
export type ReviewPackKey = Leaves<typeof reviewPackEn>;

/** The words, formats and names every section of the pack prints with. */
export function usePackText(data: ReviewPackData) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const zh = i18n.language === 'zh-CN';
  const p = (key: ReviewPackKey, options?: Record<string, unknown>) =>
    (t as unknown as (k: string, o?: Record<string, unknown>) => string)(
      `reviewPack.${key}`,
      options,
    );
  const { deal } = data;
  const stageSet = data.stageSets.find((s) => s.id === deal.stageSetId);
  const stages = stageSet?.stages ?? [];
  const stageIndex = stages.findIndex((s) => s.key === deal.stageKey);
  const stageByKey = (key: string) => stages.find((s) => s.key === key);
  const stageName = (s: StageDef | undefined, key: string) =>
    s ? localLabel(s, i18n.language) : key;
  const currentStage = stageByKey(deal.stageKey);
  const people = new Map(data.people.map((x) => [x.id, x]));
  const par = (text: string) => p('paren', { text });
  const money = (n: number) => fmt.money(n, deal.currency);
  const none = p('none');
  const colon = p('colon');
  /** One forecast movement of the deal: what moved, then the weighted amount before → after. */
  const movementText = (m: ReviewPackData['movements'][number]) =>
    [
      p(`movement.${m.kind}`),
      m.before && m.after && m.before.amount !== m.after.amount
        ? `${colon}${money(m.before.amount)} → ${money(m.after.amount)}`
        : '',
      m.before && m.after && m.before.stageKey !== m.after.stageKey
        ? `${colon}${stageName(stageByKey(m.before.stageKey), m.before.stageKey)} → ${stageName(stageByKey(m.after.stageKey), m.after.stageKey)}`
        : '',
      par(
        p('forecast.weightedChange', {
          before: m.before ? money(weightedAmount(m.before)) : none,
          after: m.after ? money(weightedAmount(m.after)) : none,
        }),
      ),
    ].join('');
  /** An issue's number: money on the price, a plain number elsewhere. */
  const issueNumber = (key: string, n: number) => (key === 'price' ? money(n) : fmt.decimal(n));
  const isMoneyUnit = (unit: string) => unit === deal.currency || unit === '元';
  return {
    t,
    fmt,
    zh,
    /** A stage's or criterion's name in the pack's language. */
    label: (item: Bilingual) => localLabel(item, i18n.language),
    p,
    colon,
    sep: t('common.listSeparator'),
    none,
    /** A remark in brackets, full-width in Chinese. */
    par,
    /** An amount in the deal's currency, formatted once: "CN¥7,400,000". */
    money,
    movementText,
    /** Whether an objective is counted in the deal's currency (its unit "CNY" or "元"). */
    isMoneyUnit,
    /** What the user typed for an issue and its number as one, the number printed once. */
    issueValue: (key: string, text: string, value: number | null) =>
      statedValue(text, value, (n) => issueNumber(key, n), par),
    /** An issue's limit: its number formatted once, the note beside it in brackets. */
    limitText: (issue: { key: string; limit: number | null; limitNote: string }) => {
      const note = issue.limitNote.trim();
      if (issue.limit === null) return note;
      const limit = issueNumber(issue.key, issue.limit);
      // A note that only repeats the number ("CNY 11.4 million") is not printed twice.
      return note && !isJustANumber(note) ? `${limit}${par(note)}` : limit;
    },
    stages,
    stageIndex,
    stageByKey,
    stageName,
    currentStage,
    stageText: p('stage.stageOf', {
      index: stageIndex + 1,
      count: stages.length,
      label: stageName(currentStage, deal.stageKey),
    }),
    criterionLabel: (stageKey: string, criterionKey: string) => {
      const c = stageByKey(stageKey)?.criteria.find((x) => x.key === criterionKey);
      return c ? localLabel(c, i18n.language) : `${stageKey}.${criterionKey}`;
    },
    evidenceOf: (stageKey: string, criterionKey: string) =>
      deal.evidence.find((e) => e.stageKey === stageKey && e.criterionKey === criterionKey),
    people,
    personName: (id: string) => people.get(id)?.name ?? id,
    roleLabel: (code: string) => {
      const role = data.roles.find((r) => r.code === code);
      return role ? localLabel(role, i18n.language) : code;
    },
  };
}

export type PackText = ReturnType<typeof usePackText>;
