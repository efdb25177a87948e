/** English messages of the stage tracker; zh-CN.ts beside it must match key for key. */
export declare const stagesEn: {
    tab: string;
    setName: string;
    trackLabel: string;
    stageNumber: string;
    current: string;
    currentHeading: string;
    passed: string;
    ours: string;
    customer: string;
    customerUnknown: string;
    stageProbability: string;
    criteriaTitle: string;
    criteriaCount: string;
    noCriteria: string;
    evidence: {
        met: string;
        note: string;
        notePlaceholder: string;
        date: string;
        saving: string;
        saved: string;
        failed: string;
    };
    move: {
        next: string;
        nextTo: string;
        atLast: string;
        pick: string;
        pickPlaceholder: string;
        go: string;
        moved: string;
        notOpen: string;
    };
    confirm: {
        title: string;
        body_one: string;
        body_other: string;
        item: string;
        reason: string;
        reasonHint: string;
        reasonRequired: string;
        submit: string;
    };
    confirmations: {
        title: string;
        none: string;
        line_one: string;
        line_other: string;
    };
    probability: {
        title: string;
        follows: string;
        overridden: string;
        overrideLabel: string;
        set: string;
        follow: string;
        saved: string;
    };
    stale: {
        title: string;
        body: string;
        reload: string;
    };
    failed: string;
    unknownStage: string;
};
export type StagesMessages = typeof stagesEn;
