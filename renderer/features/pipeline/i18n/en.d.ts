export declare const pipelineEn: {
    nav: string;
    title: string;
    tabs: {
        label: string;
        board: string;
        table: string;
        funnel: string;
    };
    filters: {
        stageSet: string;
        label: string;
        owner: string;
        account: string;
        quarter: string;
        grade: string;
        any: string;
        clear: string;
    };
    totals: {
        label: string;
        count_one: string;
        count_other: string;
        amount: string;
        weighted: string;
    };
    empty: string;
    board: {
        label: string;
        columnCount_one: string;
        columnCount_other: string;
        columnEmpty: string;
        noCloseDate: string;
        moveTo: string;
        moveLabel: string;
        moved: string;
        moveFailed: string;
        conflict: string;
    };
    confirm: {
        title: string;
        body: string;
        reason: string;
        reasonHint: string;
        reasonRequired: string;
        confirm: string;
    };
    columns: {
        deal: string;
        account: string;
        grade: string;
        owner: string;
        stage: string;
        amount: string;
        probability: string;
        weighted: string;
        category: string;
        closeDate: string;
    };
    tableLabel: string;
    category: {
        commit: string;
        best_case: string;
        pipeline: string;
    };
    funnel: {
        band: string;
        title: string;
        tableLabel: string;
        stage: string;
        count: string;
        amount: string;
        weighted: string;
        tooltip: string;
    };
};
export type PipelineMessages = typeof pipelineEn;
