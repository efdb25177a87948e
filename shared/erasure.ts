import { z } from 'zod';
import { id } from './schemas.ts';

// Erasing a person or an account for good (issue 13, privacy requests under PIPL/GDPR): unlike
// archiving, the record, everything that refers to it and its values in the change history go.

/** What an erase removes or rewrites; the confirmation names it before, the answer after. */
export const erasureCounts = z.object({
  /** People erased with the record (an account's people; 1 for a person). */
  people: z.number().int().min(0),
  /** Deals erased with an account, with everything of theirs. */
  opportunities: z.number().int().min(0),
  committeeMemberships: z.number().int().min(0),
  influenceLines: z.number().int().min(0),
  mapPositions: z.number().int().min(0),
  /** Activities erased with an account, or whose attendees lose the person. */
  activities: z.number().int().min(0),
  /** Negotiation sheets erased with an account, or whose attendees lose the person. */
  negotiations: z.number().int().min(0),
  /** Competitor reps' relations to the person (or the account's people) removed. */
  competitorRelations: z.number().int().min(0),
  /** People elsewhere whose reporting line pointed to the person, now without one. */
  reportingLines: z.number().int().min(0),
  /** Change-history entries replaced by an "erased" marker. */
  historyEntries: z.number().int().min(0),
  /** Other records whose free text names them: the name is replaced there. */
  textMentions: z.number().int().min(0),
});
export type ErasureCounts = z.infer<typeof erasureCounts>;

export const erasurePreview = z.object({
  id,
  /** The name to type to confirm. */
  name: z.string(),
  counts: erasureCounts,
});
export type ErasurePreview = z.infer<typeof erasurePreview>;

/** The user types the record's name; a different name is refused (`confirm_name_mismatch`). */
export const eraseInput = z.strictObject({ id, confirmName: z.string().max(200) });
export type EraseInput = z.input<typeof eraseInput>;

export const erasureResult = z.object({
  erasedAt: z.string(),
  counts: erasureCounts,
});
export type ErasureResult = z.infer<typeof erasureResult>;

const byId = z.strictObject({ id });

export const erasureChannels = {
  'people.erasePreview': { input: byId, output: erasurePreview },
  'people.erase': { input: eraseInput, output: erasureResult },
  'accounts.erasePreview': { input: byId, output: erasurePreview },
  'accounts.erase': { input: eraseInput, output: erasureResult },
} as const;
