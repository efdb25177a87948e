import type { TFunction } from 'i18next';
import type { BackupItem, WorkspaceInfo } from '../../../../shared/workspace.ts';

/** "484 accounts, 1,210 deals, 9,800 people": what a backup holds. */
export function backupCounts(t: TFunction, { counts }: BackupItem): string {
  return t('workspace.counts', {
    accounts: t('workspace.accountCount', { count: counts.accounts }),
    opportunities: t('workspace.opportunityCount', { count: counts.opportunities }),
    people: t('workspace.personCount', { count: counts.people }),
  });
}

/** The file's state in words; a healthy file that cannot be written says so. */
export function stateText(t: TFunction, info: WorkspaceInfo): string {
  return info.state === 'ok' && info.readOnly
    ? t('workspace.states.readOnly')
    : t(`workspace.states.${info.state}`);
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the locale's words, in powers of 1000 as file managers show them: "3.4 MB". */
export function fileSize(locale: string, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
