import { z } from 'zod';
import { id } from './schemas.ts';

// Search everything (issue 15): one query over accounts, people, deals, competitors and
// negotiation sheets, answered from the workspace's full-text index (migration 0014).

export const SEARCH_KINDS = [
  'account',
  'person',
  'opportunity',
  'competitor',
  'negotiation',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The indexed fields; a hit says which one matched. A sheet's `name` is its deal's name. */
export const SEARCH_FIELDS = ['name', 'title', 'department', 'phone', 'email'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const SEARCH_TEXT_MAX = 200;
export const SEARCH_LIMIT_MAX = 50;

export const searchQueryInput = z.strictObject({
  text: z.string().max(SEARCH_TEXT_MAX),
  /** Only these kinds; all when left out. */
  kinds: z.array(z.enum(SEARCH_KINDS)).min(1).max(SEARCH_KINDS.length).optional(),
  /** At most this many hits of each kind. */
  limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).default(8),
});

export const searchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id,
  title: z.string(),
  /** E.g. a person's title · account; a deal's account; a sheet's deal · account. */
  subtitle: z.string(),
  /** Archived records are found too, after every active one of their kind. */
  archived: z.boolean(),
  matchedField: z.enum(SEARCH_FIELDS),
  /** What the record's screen needs besides its id: a person's account, a sheet's deal. */
  accountId: id.nullable(),
  opportunityId: id.nullable(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchResult = z.object({
  /** One group per kind that has hits, in SEARCH_KINDS order. */
  groups: z.array(z.object({ kind: z.enum(SEARCH_KINDS), hits: z.array(searchHit) })),
});
export type SearchResult = z.infer<typeof searchResult>;

export const searchChannels = {
  'search.query': { input: searchQueryInput, output: searchResult },
} as const;
