/** English messages of a deal's stage set and probability override; zh-CN.ts must match. */
export declare const opportunityStageEn: {
    stageSet: string;
    overridden: string;
    setByHand: string;
    followStage: string;
};
export type OpportunityStageMessages = typeof opportunityStageEn;
