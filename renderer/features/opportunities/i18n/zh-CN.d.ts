import type { OpportunityStageMessages } from './en.ts';
/** 项目的阶段方案与手工设定的成交可能性。 */
export declare const opportunityStageZhCN: OpportunityStageMessages;
