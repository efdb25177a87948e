// Calendar days as the user lives them. A day is `YYYY-MM-DD` in the machine's local time zone:
// between 00:00 and 08:00 in Shanghai the UTC date is still yesterday, so never take a day from
// `toISOString()`. Timestamps stay ISO (UTC); only days are local.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day of a moment: `localDay()` is today. */
export function localDay(at: Date = new Date()): string {
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The local calendar day of an ISO timestamp; a bare `YYYY-MM-DD` is already a day. */
export function dayOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : localDay(new Date(value));
}

// Day arithmetic runs on UTC midnights so no daylight-saving shift can move a day.
export const utcMidnight = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`);

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  const d = new Date(utcMidnight(day) + days * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole calendar days from `from` to `to` (days or timestamps; a timestamp counts by its local day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(dayOf(to)) - utcMidnight(dayOf(from))) / 86_400_000);
}
