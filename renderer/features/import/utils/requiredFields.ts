import type { ImportField, ImportRecordType } from '../../../../shared/imports.ts';

/** The field a row cannot be imported without: what names the record (an activity: its day). */
export const REQUIRED_FIELD: Record<ImportRecordType, ImportField> = {
  accounts: 'name',
  people: 'name',
  opportunities: 'name',
  activities: 'date',
};

/** Fields holding a date, whose day/month order the user picks. */
export const DATE_FIELDS: readonly ImportField[] = [
  'birthday',
  'expectedCloseDate',
  'date',
  'nextDate',
];

/** Record types that belong to an account: a column or one chosen account names it. */
export const needsAccount = (recordType: ImportRecordType) => recordType !== 'accounts';
