import type { Repositories } from '../store/repositories/index.ts';

/**
 * Last contact as shown (committee, map): the later of the stored date and the latest activity of
 * the account naming the person. Derived on read, never written: a stored change would bump the
 * member's updated_at, which the review queue reads as "the committee moved".
 */
export function createLastContact(activities: Repositories['activities']) {
  return function withContacts<M extends { personId: string; lastContactDate: string | null }>(
    accountId: string,
    list: M[],
  ): M[] {
    return list.map((m) => {
      const latest = activities.list({
        accountId,
        opportunityId: null,
        personId: m.personId,
        from: null,
        to: null,
        limit: 1,
      })[0]?.date;
      return latest !== undefined && (m.lastContactDate === null || latest > m.lastContactDate)
        ? { ...m, lastContactDate: latest }
        : m;
    });
  };
}
