import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NegotiationIssueCode } from '../../../../shared/enums.ts';
import type { IssueKey } from '../../../../shared/negotiation.ts';
import type { negotiationEn, negotiationEnumsEn } from './en.ts';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K extends `${infer B}_${'one' | 'other'}` ? B : K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type NegotiationKey = Leaves<typeof negotiationEn>;
type Enums = typeof negotiationEnumsEn;
export type NegotiationEnum = keyof Enums;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * `t` for the negotiation feature's keys (merged into the app's messages as `negotiation` and
 * `enums`), typed against en.ts, plus the labels of its enums and issues.
 */
export function useNegotiationT() {
  const { t: rootT, i18n: instance } = useTranslation();
  const raw = rootT as unknown as Translate;
  const t = useCallback(
    (key: NegotiationKey, options?: Record<string, unknown>) => raw(`negotiation.${key}`, options),
    [raw],
  );
  const tEnum = useCallback(
    <E extends NegotiationEnum>(name: E, code: keyof Enums[E] & string) =>
      raw(`enums.${name}.${code}`),
    [raw],
  );
  /** A built-in issue by its code in the UI language, a custom one by its label. */
  const issueLabel = useCallback(
    (key: IssueKey, label = '') =>
      key.startsWith('custom_')
        ? label || key
        : raw(`enums.negotiationIssue.${key as NegotiationIssueCode}`),
    [raw],
  );
  /** Between the items of an inline list, as everywhere in the app. */
  const listSeparator = raw('common.listSeparator');
  return { t, tEnum, issueLabel, listSeparator, language: instance.language };
}
