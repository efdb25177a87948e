/** English messages of the coverage views (score, red flags, grid, what-if, changes). */
export declare const coverageEn: {
    title: string;
    score: string;
    scoreOf: string;
    explain: string;
    explainBody: string;
    rule: {
        no_decider_identified: string;
        decider_not_contacted: string;
        opponent_without_plan: string;
        no_contact_above_handler: string;
        single_thread: string;
        no_coach: string;
        influence_unknown: string;
        stale_contact: string;
        competitor_closer: string;
    };
    pointsLabel: string;
    noFlags: string;
    flagsTitle: string;
    openPerson: string;
    flags: {
        empty_committee: string;
        no_decider_identified: string;
        decider_not_contacted: string;
        opponent_without_plan: string;
        no_contact_above_handler: {
            one: string;
            many: string;
            none: string;
        };
        single_thread: {
            one: string;
            nobody: string;
        };
        no_coach: string;
        influence_unknown: string;
        stale_contact: {
            days: string;
            undated: string;
        };
        competitor_closer: {
            rep: string;
            noRep: string;
        };
    };
    whatIf: {
        title: string;
        notSaved: string;
        hint: string;
        reset: string;
        person: string;
        attitudeOf: string;
        contactOf: string;
        influenceOf: string;
        was: string;
        changed: string;
        savedScore: string;
        whatIfScore: string;
        compare: string;
        appear: string;
        clear: string;
        noDifference: string;
        empty: string;
    };
    grid: {
        title: string;
        tableLabel: string;
        influenceUnknown: string;
        influenceRow: {
            high: string;
            medium: string;
            low: string;
        };
        influentialOpponents: string;
        summary: string;
        uncovered: string;
        empty: string;
    };
    changes: {
        title: string;
        since: string;
        none: string;
        when: string;
        who: string;
        what: string;
        change: string;
        added: string;
        removed: string;
        field: {
            roles: string;
            attitude: string;
            attitudeScore: string;
            influence: string;
            contact: string;
        };
        emptyValue: string;
    };
    influenceUnknown: string;
};
export type CoverageMessages = typeof coverageEn;
