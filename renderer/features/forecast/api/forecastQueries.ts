import type { ChannelInput } from '../../../../shared/channels.ts';
import { readQuery } from '../../../data/read.ts';
import { useWrite } from '../../../data/write.ts';

/** A manager's team the forecast is narrowed to: who, and the owner names it stands for. */
export type TeamScope = { memberId: string; name: string; owners: ReadonlySet<string> };

/** The team filter of forecast.get and reviews.queue (checked and resolved by main). */
export const teamInput = (team: TeamScope | undefined) =>
  team ? { team: { memberId: team.memberId, includeReports: true } } : {};

// The forecast reads every deal: always fetched again when the page opens (staleTime 0), so an
// amount changed on a deal page shows at once.
export const forecastQueries = {
  get: (input: ChannelInput<'forecast.get'>) => ({
    ...readQuery('forecast.get', input),
    staleTime: 0,
  }),
  // Half a year of weekly snapshots.
  snapshots: () => ({ ...readQuery('forecast.snapshots', { limit: 26 }), staleTime: 0 }),
  movements: (from: string | undefined, to: string | undefined, quarter: string | undefined) => ({
    ...readQuery('forecast.movements', {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(quarter ? { quarter } : {}),
    }),
    staleTime: 0,
  }),
  reviews: (owner: string | undefined, asOf: string | undefined, team?: TeamScope) => ({
    ...readQuery('reviews.queue', {
      ...(owner ? { owner } : {}),
      ...teamInput(team),
      ...(asOf ? { asOf } : {}),
    }),
    staleTime: 0,
  }),
};

/** Takes a manual snapshot; the list and the movements (latest snapshot → now) follow. */
export function useTakeSnapshot() {
  return useWrite((note: string, { write }) => write('forecast.snapshot', { note }));
}
