export declare const forecastEn: {
    nav: string;
    title: string;
    tabsLabel: string;
    tabs: {
        overview: string;
        movements: string;
        reviews: string;
    };
    owner: {
        label: string;
        all: string;
    };
    colon: string;
    moreRows: string;
    overview: {
        groupBy: string;
        month: string;
        quarter: string;
        byOwner: string;
        empty: string;
        currency: string;
        tableLabel: string;
        chartTitle: string;
        chartTableLabel: string;
        period: string;
        owner: string;
        count: string;
        total: string;
        weighted: string;
        won: string;
        totalRow: string;
        quarterLabel: string;
        undated: string;
        rules: string;
    };
    categories: {
        commit: string;
        best_case: string;
        pipeline: string;
    };
    snapshot: {
        take: string;
        dialogTitle: string;
        label: string;
        hint: string;
        taken: string;
        listTitle: string;
        listLabel: string;
        immutable: string;
        empty: string;
        takenAt: string;
        kind: string;
        note: string;
        deals: string;
        totals: string;
        kinds: {
            manual: string;
            automatic: string;
        };
    };
    movements: {
        from: string;
        to: string;
        live: string;
        quarter: string;
        allPeriods: string;
        noSnapshot: string;
        summary: string;
        listLabel: string;
        deal: string;
        kind: string;
        change: string;
        owner: string;
        weightedDelta: string;
        empty: string;
        currency: string;
        chartTitle: string;
        chartTableLabel: string;
        net: string;
        noWeightedChange: string;
        snapshotOption: string;
    };
    movementKinds: {
        new: string;
        moved_in: string;
        moved_out: string;
        close_date_changed: string;
        amount_changed: string;
        stage_changed: string;
        probability_changed: string;
        won: string;
        lost: string;
    };
    wording: {
        new: string;
        closeDate: string;
        change: string;
        closed: string;
        gone: string;
        noDate: string;
    };
    reviews: {
        asOf: string;
        listLabel: string;
        empty: string;
        deal: string;
        account: string;
        owner: string;
        reason: string;
        rulesHint: string;
    };
    reasons: {
        not_updated: string;
        stalled: string;
        no_intent: string;
    };
    settings: {
        title: string;
        hint: string;
        reviewNotUpdatedDays: string;
        reviewStalledDays: string;
        reviewNoIntentDays: string;
        forecastCommitMin: string;
        forecastBestCaseMin: string;
        save: string;
        savedNotice: string;
    };
    pack: {
        export: string;
        title: string;
        scopeTeam: string;
        scopeOwner: string;
        prepared: string;
        forecast: string;
        movementsSince: string;
        movementsNoSnapshot: string;
        reviews: string;
        confidential: string;
        fileName: string;
        failed: string;
    };
};
export type ForecastMessages = typeof forecastEn;
