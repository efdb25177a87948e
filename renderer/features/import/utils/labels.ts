import type { TFunction } from 'i18next';
import {
  CURRENCIES,
  FUNNEL_STAGES,
  GRADES,
  LEVELS,
  OPPORTUNITY_STATUSES,
  SALES_STAGES,
} from '../../../../shared/enums.ts';
import { ACTIVITY_KINDS } from '../../../../shared/activities.ts';
import type { EnumImportField, ImportField } from '../../../../shared/imports.ts';

/** A field's name in the user's language. */
export function fieldLabel(t: TFunction, field: ImportField): string {
  return t(`imports.fields.${field}`);
}

const has = <T extends string>(list: readonly T[], code: string): code is T =>
  (list as readonly string[]).includes(code);

/**
 * One of our codes for an enumeration field, in the user's language. A code this renderer has
 * no word for (a custom stage set's stage) is shown as it is.
 */
export function optionLabel(t: TFunction, field: EnumImportField, code: string): string {
  switch (field) {
    case 'grade':
      return has(GRADES, code) ? t(`enums.grade.${code}`) : code;
    case 'funnelStage':
      return has(FUNNEL_STAGES, code) ? t(`enums.funnelStage.${code}`) : code;
    case 'level':
      return has(LEVELS, code) ? t(`enums.level.${code}`) : code;
    case 'currency':
      return has(CURRENCIES, code)
        ? t('common.withNote', { text: code, note: t(`enums.currency.${code}`) })
        : code;
    case 'salesStage':
      return has(SALES_STAGES, code) ? t(`enums.salesStage.${code}`) : code;
    case 'status':
      return has(OPPORTUNITY_STATUSES, code) ? t(`enums.status.${code}`) : code;
    case 'kind':
      return has(ACTIVITY_KINDS, code) ? t(`activities.kinds.${code}`) : code;
  }
}

/** The separator found in a text file, named. */
export function separatorLabel(t: TFunction, delimiter: string): string {
  if (delimiter === ',') return t('imports.file.separators.comma');
  if (delimiter === ';') return t('imports.file.separators.semicolon');
  if (delimiter === '\t') return t('imports.file.separators.tab');
  return t('imports.file.separators.other', { char: delimiter });
}
