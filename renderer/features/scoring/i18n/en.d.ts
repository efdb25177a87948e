/** Labels of the grading enums, merged into the app's `enums`. */
export declare const scoringEnumsEn: {
    creditRiskFlag: {
        rumours: string;
        order_swing: string;
        volume_moved_to_us: string;
        supplier_change: string;
        payment_delay: string;
        payment_date_shift: string;
        new_bank: string;
        absent_on_payment_day: string;
        deposit_cancel_request: string;
    };
    rfmTier: {
        vip1: string;
        vip2: string;
        vip3: string;
        regular: string;
    };
};
export declare const scoringEn: {
    nav: string;
    factors: {
        account_size: string;
        profitability: string;
        investment: string;
        credit: string;
        project_size: string;
        customer_value: string;
        customer_importance: string;
    };
    quadrants: {
        pursue: string;
        develop: string;
        opportunistic: string;
        avoid: string;
    };
    quadrantHints: {
        pursue: string;
        develop: string;
        opportunistic: string;
        avoid: string;
    };
    deal: {
        tab: string;
        factorsTitle: string;
        factorsHint: string;
        weightOf: string;
        winTitle: string;
        attractiveness: string;
        attractivenessHint: string;
        feasibility: string;
        feasibilityHint: string;
        note: string;
        save: string;
        saved: string;
        total: string;
        totalValue: string;
        notScored: string;
        unscored: string;
        allScored: string;
        position: string;
        notPositioned: string;
        openQuadrant: string;
    };
    quadrant: {
        title: string;
        subtitle: string;
        chartLabel: string;
        tableLabel: string;
        deal: string;
        account: string;
        amount: string;
        score: string;
        attractiveness: string;
        feasibility: string;
        quadrant: string;
        empty: string;
        unpositioned_one: string;
        unpositioned_other: string;
        notPositioned: string;
        xAxis: string;
        yAxis: string;
    };
    account: {
        title: string;
        rfmTitle: string;
        rfmHint: string;
        lastPurchaseDate: string;
        purchaseCount: string;
        purchaseAmount: string;
        points: string;
        pointsTier: string;
        breakdown: string;
        noRfm: string;
        creditTitle: string;
        creditHint: string;
        flagDate: string;
        flagNote: string;
        creditNote: string;
        save: string;
        saved: string;
        warnings: string;
        flagTooltip: string;
    };
    settings: {
        evaluationTitle: string;
        evaluationHint: string;
        weightsSum: string;
        saveWeights: string;
        rfmTitle: string;
        rfmHint: string;
        rWeight: string;
        fWeight: string;
        mWeight: string;
        tierMin: string;
        saveRfm: string;
        saved: string;
    };
};
