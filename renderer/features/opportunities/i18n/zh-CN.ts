import type { OpportunityStageMessages } from './en.ts';

/** 项目的阶段方案与手工设定的成交可能性。 */
export const opportunityStageZhCN: OpportunityStageMessages = {
  stageSet: '阶段方案',
  overridden: '已手工设定（该阶段默认为 {{probability}}%）。',
  setByHand: '成交可能性为手工设定',
  followStage: '改为跟随阶段',
};
