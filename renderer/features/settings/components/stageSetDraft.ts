/** A stage set as the editor holds it, and what the editor and its stage fields share. */
import type { Issue } from '../../../../shared/issues.ts';
import type { StageDef, StageSetSave } from '../../../../shared/pipeline.ts';

/** A stage while edited: the probability may be empty while the user types. */
export type EditorStage = Omit<StageDef, 'probability'> & { probability: number | string };
export type StageSetDraft = Omit<StageSetSave, 'stages' | 'isDefault'> & { stages: EditorStage[] };

/** Keys of new stages and criteria: stable ids, never shown; labels carry the meaning. */
export const newKey = (prefix: 's' | 'c') => `${prefix}_${Math.random().toString(36).slice(2, 10)}`;

export const toInput = (draft: StageSetDraft): StageSetSave => ({
  ...draft,
  stages: draft.stages.map((s) => ({
    ...s,
    // Empty → refused by the contract's probability rule, with its message.
    probability: typeof s.probability === 'number' ? s.probability : (null as never),
  })),
});

/** The message of the refusal at `path`, if any. */
export function errorOf(
  issues: Issue[],
  message: (issue: Issue) => string,
  path: (string | number)[],
) {
  const issue = issues.find((i) => i.path.join('.') === path.join('.'));
  return issue && message(issue);
}
