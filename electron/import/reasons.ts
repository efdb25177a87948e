import type { Locale } from '../../shared/enums.ts';
import { ISSUE_MESSAGES, ISSUE_MESSAGES_ZH_CN } from '../../shared/issues.ts';

// The reasons written into the file of refused rows, in the workspace's language: the messages
// of shared/issues.ts, the same the interface shows.

/** One problem as a sentence in `locale`; an unknown code falls back to the contract's English. */
export function reasonText(
  locale: Locale,
  code: string,
  params: Record<string, string | number> | undefined,
  fallback: string,
): string {
  const messages: Record<string, string> =
    locale === 'zh-CN' ? ISSUE_MESSAGES_ZH_CN : ISSUE_MESSAGES;
  const template = messages[code] ?? fallback;
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params?.[k] ?? ''));
}

/** Column and reason joined as a sentence of the language: "上级：…" / "Reports To: …". */
export function reasonLine(locale: Locale, column: string | null, text: string): string {
  if (column === null) return text;
  return locale === 'zh-CN' ? `${column}：${text}` : `${column}: ${text}`;
}

/** Reasons of one row, one after another. */
export const reasonSeparator = (locale: Locale) => (locale === 'zh-CN' ? '；' : '; ');

/** The added column's header. */
export const reasonHeader = (locale: Locale) => (locale === 'zh-CN' ? '原因' : 'Reason');
