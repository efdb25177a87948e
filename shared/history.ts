import { z } from 'zod';
import { HISTORY_ENTITIES } from './schemas.ts';

/**
 * Undo and redo (issue 15). Every write request whose history entries can be taken back makes
 * one undo step; `history.undo` takes the newest back (or a given one, e.g. from a toast) and
 * `history.redo` brings the last undone back. A new step ends every redo.
 */

/**
 * The kinds of record undo can write back: every kind history records. The check stays so a kind
 * added to history later makes no step until undo knows how to write it back. A stage
 * confirmation goes and comes back with the move it explains.
 */
export const UNDOABLE_ENTITIES = [
  'account',
  'person',
  'opportunity',
  'activity',
  'competitor',
  'negotiation',
  'stage_set',
  'influence_line',
  'criterion',
  'deal_competitor',
  'committee_member',
  'stage_confirmation',
  'team_member',
  'map_position',
  'swot',
  'deal_outcome',
  'deal_evaluation',
  'account_scoring',
  'stage_evidence',
  'settings',
] as const satisfies readonly (typeof HISTORY_ENTITIES)[number][];
export type UndoableEntity = (typeof UNDOABLE_ENTITIES)[number];

export function isUndoable(entity: string): entity is UndoableEntity {
  return (UNDOABLE_ENTITIES as readonly string[]).includes(entity);
}

/** What a step did, as the toast and the menus name it. */
export const STEP_ACTIONS = ['create', 'update', 'archive', 'restore', 'move', 'delete'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

/** What a write's answer says of the step it made. */
export const stepRef = z.object({
  id: z.number().int().positive(),
  action: z.enum(STEP_ACTIONS),
  entity: z.enum(HISTORY_ENTITIES),
});
export type StepRef = z.infer<typeof stepRef>;

export const undoStep = stepRef.extend({
  /** The main record's name when it has one, for "Undo archive “Acme”". */
  name: z.string().nullable(),
  /** How many records the step wrote. */
  records: z.number().int().nonnegative(),
});
export type UndoStep = z.infer<typeof undoStep>;

export const undoState = z.object({
  undo: undoStep.nullable(),
  redo: undoStep.nullable(),
});
export type UndoState = z.infer<typeof undoState>;

const stepInput = z.strictObject({
  /** A given step (the toast's); the newest one when omitted. */
  stepId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});

export const historyUndoChannels = {
  'history.undo': {
    input: stepInput,
    output: z.object({ step: undoStep, state: undoState }),
  },
  'history.redo': {
    input: stepInput,
    output: z.object({ step: undoStep, state: undoState }),
  },
  'history.undoState': { input: z.strictObject({}), output: undoState },
} as const;

/**
 * Writes that make no undo step: those with their own way back (imports, packages, backups),
 * the irreversible (erasure, passphrase), the buying-role list, and undo itself. The workspace's
 * business settings make one; personal preferences within settings.update (PERSONAL_SETTINGS) are
 * kept out of it by the settings service.
 */
export function makesUndoStep(channel: string): boolean {
  if (/^(history|imports|importFiles|packages|workspace|exports|buyingRoles)\./.test(channel)) {
    return false;
  }
  return !NO_STEP_CHANNELS.has(channel);
}
const NO_STEP_CHANNELS = new Set(['accounts.erase', 'people.erase', 'forecast.snapshot']);

/**
 * Settings that are the user's own taste rather than the workspace's business data: the language,
 * the colour scheme and how wide money columns read (万 or not). Changing one is kept in history
 * but makes no undo step, so Ctrl+Z never flips the interface under the user; review days,
 * forecast thresholds and scoring weights are business data and are undone like any record.
 */
export const PERSONAL_SETTINGS = ['locale', 'colorScheme', 'moneyInWan'] as const;

/** The HTTP answer header that carries a write's undo step: `id;action;entity`. */
export const STEP_HEADER = 'X-Undo-Step';

export function formatStepHeader(step: StepRef): string {
  return `${step.id};${step.action};${step.entity}`;
}

export function parseStepHeader(value: string | null): StepRef | undefined {
  if (!value) return undefined;
  const [id, action, entity] = value.split(';');
  const parsed = stepRef.safeParse({ id: Number(id), action, entity });
  return parsed.success ? parsed.data : undefined;
}

/** One history entry as far as naming its step goes. */
export type StepEntry = {
  entity: (typeof HISTORY_ENTITIES)[number];
  entityId: string;
  action: 'create' | 'update' | 'delete';
  after: Record<string, unknown>;
};

// Written alongside a deal's move; the move names the step.
const SIDE_ENTITIES: readonly string[] = ['stage_evidence', 'stage_confirmation'];

/** What a step did, named after its first entry (a deal's stage evidence aside). */
export function describeStep(
  entries: readonly StepEntry[],
): { action: StepAction; entity: StepEntry['entity']; records: number } | undefined {
  const head = entries.find((e) => !SIDE_ENTITIES.includes(e.entity)) ?? entries[0];
  if (!head) return undefined;
  const records = new Set(entries.map((e) => `${e.entity}:${e.entityId}`)).size;
  return { action: actionOf(head), entity: head.entity, records };
}

function actionOf({ entity, action, after }: StepEntry): StepAction {
  // Placing a card, moving it or handing it back to the auto layout: all moves on the map.
  if (entity === 'map_position') return 'move';
  if (action !== 'update') return action;
  if (after.archived === true) return 'archive';
  if (after.archived === false) return 'restore';
  if (entity === 'opportunity' && 'salesStage' in after) return 'move';
  if (entity === 'person' && ('managerId' in after || 'secondManagerId' in after)) return 'move';
  return 'update';
}
