import { z } from 'zod';

// Unsaved drafts of long forms and the remembered state of each list (issue 15). Both live in the
// workspace, not in the browser's storage: the browser shell's origin (its port) changes on every
// launch. Neither is a record: no history, no undo, no export.

/**
 * Which form a draft belongs to: `<form>:<record or "new">[:<context>…]`, e.g.
 * `negotiation:neg_1`, `account:new`, `activity:new:opp_1`.
 */
export const draftKey = z
  .string()
  .regex(/^[a-z][A-Za-z]{1,31}(:[A-Za-z0-9_-]{1,64}){1,3}$/, { error: 'invalid_type' });

/** The largest draft kept, in characters of its JSON: a long negotiation sheet fits many times. */
export const MAX_DRAFT_CHARS = 200_000;
/** Drafts kept at most; saving one more forgets the oldest. */
export const MAX_DRAFTS = 100;

export const draft = z.object({
  key: draftKey,
  /** The form's values as JSON, as the form wrote them. */
  value: z.string(),
  savedAt: z.iso.datetime({ offset: true }),
});
export type Draft = z.infer<typeof draft>;

/** The lists whose view is remembered. */
export const VIEW_LISTS = [
  'accounts',
  'opportunities',
  'competitors',
  'people',
  'pipelineTable',
  /** The forecast's owner filter (overview, movements, review queue and the PDF pack). */
  'forecast',
  'reviewQueue',
] as const;
export type ViewList = (typeof VIEW_LISTS)[number];

const columnId = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, { error: 'invalid_type' });

/** One list's view: what the user chose; a column or filter the list no longer has is ignored. */
export const viewState = z.strictObject({
  sorting: z.array(z.strictObject({ id: columnId, desc: z.boolean() })).max(8),
  /** Widths in pixels of the columns the user resized. */
  columnSizing: z.record(columnId, z.number().int().min(40).max(2000)),
  /** false for a hidden column; absent means shown. */
  columnVisibility: z.record(columnId, z.boolean()),
  /** Each filter's chosen value; a list reads only the filters it knows. */
  filters: z.record(columnId, z.union([z.string().max(200), z.boolean()])),
});
export type ViewState = z.infer<typeof viewState>;

export const EMPTY_VIEW: ViewState = {
  sorting: [],
  columnSizing: {},
  columnVisibility: {},
  filters: {},
};

export const uiStateChannels = {
  /** The form's unsaved draft, or null when there is none. */
  'drafts.get': { input: z.strictObject({ key: draftKey }), output: draft.nullable() },
  /** Keeps the form's values (replacing its previous draft); refused above MAX_DRAFT_CHARS. */
  'drafts.save': {
    input: z.strictObject({ key: draftKey, value: z.string().min(2).max(MAX_DRAFT_CHARS) }),
    output: draft,
  },
  /** Forgets the draft: the form was saved, or the user threw its changes away. */
  'drafts.discard': {
    input: z.strictObject({ key: draftKey }),
    output: z.strictObject({ discarded: z.boolean() }),
  },
  /** The list's remembered view, or null while it has none. */
  'viewState.get': {
    input: z.strictObject({ list: z.enum(VIEW_LISTS) }),
    output: viewState.nullable(),
  },
  'viewState.save': {
    input: z.strictObject({ list: z.enum(VIEW_LISTS), state: viewState }),
    output: viewState,
  },
  /** Back to the list's default view. */
  'viewState.reset': {
    input: z.strictObject({ list: z.enum(VIEW_LISTS) }),
    output: z.strictObject({ reset: z.boolean() }),
  },
};
