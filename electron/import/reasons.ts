import type { Locale } from '../../shared/enums.ts';
import { ISSUE_MESSAGES, type IssueCode } from '../../shared/issues.ts';

// The reasons written into the file of refused rows, in the workspace's language. The renderer's
// translations are not part of the main process, so the Chinese of every code a row can be
// refused with is kept here (the same wording as renderer/i18n/zh-CN.ts `issues.*`, checked by
// reasons.test.ts); English is the contract's own (shared/issues.ts).

const ZH_CN = {
  required: '此项为必填项。',
  too_long: '最多 {{max}} 个字符。',
  too_small: '不能小于 {{min}}。',
  too_big: '不能大于 {{max}}。',
  negative_amount: '金额不能为负数。',
  not_integer: '必须是整数。',
  invalid_email: '电子邮箱地址无效。',
  invalid_date: '日期无效（格式为 YYYY-MM-DD）。',
  invalid_option: '不是允许的选项。',
  invalid_type: '取值类型不正确。',
  reason_required: '丢单或放弃时请填写原因。',
  manager_cycle: '这条汇报关系会形成循环：此人最终会向自己汇报。',
  manager_self: '不能向自己汇报。',
  manager_external: '客户外部人员在其组织中没有汇报线；请改用影响线。',
  account_archived: '该客户已归档。',
  duplicate_name: '已有另一个未归档的客户使用此名称。',
  probability_range: '成交可能性须为 0 到 100 之间的整数。',
  stage_not_in_set: '不是该项目所用阶段方案中的阶段。',
  next_date_before_date: '下次联络日期不能早于本次日期。',
  not_a_number: '不是数字：“{{value}}”。',
  unrecognised_date: '无法识别的日期：“{{value}}”（请写成 2026-03-05、2026/3/5 或 2026年3月5日）。',
  ambiguous_date: '“{{value}}”有两种读法：请选择月份在前还是日期在前。',
  unknown_value: '“{{value}}”没有对应到本系统的取值。',
  duplicate_in_file: '同一条记录已在文件第 {{row}} 行出现。',
  account_missing: '缺少客户：请填写客户列，或为整个文件选择一个客户。',
  account_unknown: '工作区中没有客户“{{value}}”；请先导入客户。',
  reports_to_not_found: '在文件和工作区中，此客户都没有名为“{{value}}”的人。',
  reports_to_ambiguous: '此客户有多人名为“{{value}}”；请改填上级的编号。',
  reports_to_refused: '上级“{{value}}”所在的行未被导入。',
  opportunity_unknown: '此客户没有项目“{{value}}”。',
  attendee_unknown: '此客户没有名为“{{value}}”的人。',
  external_id_other_account: '此编号对应的记录属于另一个客户。',
} as const satisfies Partial<Record<IssueCode, string>>;

/** The codes a row of an import can be refused with. */
export type RowIssueCode = keyof typeof ZH_CN;
export const ROW_ISSUE_CODES = Object.keys(ZH_CN) as RowIssueCode[];

const isRowIssueCode = (code: string): code is RowIssueCode => Object.hasOwn(ZH_CN, code);

/** One problem as a sentence in `locale`; an unknown code falls back to the contract's English. */
export function reasonText(
  locale: Locale,
  code: string,
  params: Record<string, string | number> | undefined,
  fallback: string,
): string {
  const template =
    locale === 'zh-CN' && isRowIssueCode(code)
      ? ZH_CN[code]
      : ((ISSUE_MESSAGES as Record<string, string>)[code] ?? fallback);
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
