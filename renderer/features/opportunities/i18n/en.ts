/** English messages of a deal's stage set and probability override; zh-CN.ts must match. */
export const opportunityStageEn = {
  stageSet: 'Stage set',
  overridden: 'Set by hand (the stage gives {{probability}}%).',
  setByHand: 'Probability set by hand',
  followStage: 'Follow the stage',
};
export type OpportunityStageMessages = typeof opportunityStageEn;
