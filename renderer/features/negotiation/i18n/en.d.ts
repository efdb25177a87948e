/** Labels of the negotiation enums, merged into the app's `enums`. */
export declare const negotiationEnumsEn: {
    negotiationIssue: {
        price: string;
        payment_terms: string;
        delivery: string;
        warranty: string;
        service: string;
        training: string;
        scope: string;
        penalties: string;
    };
    negotiationPriority: {
        high: string;
        medium: string;
        low: string;
    };
    negotiationRole: {
        lead: string;
        commercial: string;
        finance: string;
        legal: string;
        technical: string;
    };
    negotiationDirection: {
        higher_is_better: string;
        lower_is_better: string;
    };
    negotiationPrinciple: {
        long_term_win_win: string;
        build_trust_early: string;
        prepare_thoroughly: string;
        say_we: string;
        interests_not_positions: string;
        more_issues: string;
        avoid_splitting_difference: string;
        give_to_get: string;
        emotions_out: string;
        solve_creatively: string;
        seek_added_value: string;
        agreements_in_writing: string;
        test_bottom_line: string;
    };
};
export declare const negotiationEn: {
    tab: string;
    list: {
        label: string;
        title: string;
        meetingDate: string;
        updated: string;
        newSheet: string;
        emptyTitle: string;
        emptyBody: string;
        defaultTitle: string;
        noDate: string;
        createFailed: string;
        continueLast: string;
        continueHint: string;
    };
    editor: {
        label: string;
        allSheets: string;
        save: string;
        saved: string;
        unsaved: string;
        saveHint: string;
        printPreview: string;
        exportPdf: string;
        exportFailed: string;
        leaveTitle: string;
        leaveBody: string;
        leaveConfirm: string;
        row: string;
        remove: string;
        empty: string;
        colon: string;
        listSep: string;
    };
    header: {
        title: string;
        meetingDate: string;
    };
    objectives: {
        title: string;
        hint: string;
        term: string;
        direction: string;
        ideal: string;
        target: string;
        walkAway: string;
        unit: string;
        add: string;
        termPlaceholder: string;
    };
    batna: {
        title: string;
        ours: string;
        oursHint: string;
        theirs: string;
        theirsHint: string;
    };
    issues: {
        title: string;
        hint: string;
        issue: string;
        label: string;
        ourPriority: string;
        theirPriority: string;
        opening: string;
        openingValue: string;
        limit: string;
        limitPlaceholder: string;
        direction: string;
        limitNote: string;
        limitNotePlaceholder: string;
        trade: string;
        noPriority: string;
        noDirection: string;
        addCustom: string;
        customItem: string;
        customPlaceholder: string;
        inUse: string;
    };
    concessions: {
        title: string;
        hint: string;
        giveIssue: string;
        give: string;
        giveValue: string;
        getIssue: string;
        get: string;
        arrow: string;
        add: string;
        moveUp: string;
        moveDown: string;
        needIssues: string;
        beyondLimit: string;
        beyondCount_one: string;
        beyondCount_other: string;
    };
    attendees: {
        title: string;
        ours: string;
        theirs: string;
        name: string;
        role: string;
        addOurs: string;
        pickTheirs: string;
        pickPlaceholder: string;
        noMembers: string;
        allAdded: string;
        notMember: string;
        buyingRoles: string;
        motives: string;
        attitude: string;
        noRoles: string;
        noMotives: string;
        remove: string;
    };
    agenda: {
        title: string;
        label: string;
        placeholder: string;
    };
    risks: {
        title: string;
        label: string;
        placeholder: string;
    };
    principles: {
        title: string;
        hint: string;
        count: string;
    };
    outcome: {
        title: string;
        label: string;
        placeholder: string;
    };
    print: {
        label: string;
        sheet: string;
        deal: string;
        customer: string;
        meeting: string;
        attendeesTheirs: string;
        attendeesOurs: string;
        objectives: string;
        issues: string;
        concessions: string;
        ourBatna: string;
        theirBatna: string;
        agenda: string;
        risks: string;
        principles: string;
        outcome: string;
        beyond: string;
        printed: string;
        confidential: string;
    };
};
