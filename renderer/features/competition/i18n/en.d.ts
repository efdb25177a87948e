/** Labels of the competition enums, merged into the app's `enums`. */
export declare const competitionEnumsEn: {
    priceLevel: {
        low: string;
        medium: string;
        high: string;
        premium: string;
    };
    competitivePosition: {
        ahead: string;
        level: string;
        behind: string;
    };
    threatLevel: {
        high: string;
        medium: string;
        low: string;
    };
    criteriaArea: {
        supplier_qualification: string;
        product_solution: string;
        service: string;
        price: string;
        project_management: string;
    };
    winLossReason: {
        price: string;
        product_fit: string;
        technical: string;
        relationship: string;
        service: string;
        references: string;
        delivery: string;
        brand: string;
        timing: string;
        other: string;
    };
};
export declare const competitionEn: {
    nav: string;
    library: {
        title: string;
        count_one: string;
        count_other: string;
        new: string;
        tableLabel: string;
        searchPlaceholder: string;
        emptyTitle: string;
        emptyBody: string;
        noMatchTitle: string;
        noMatchBody: string;
        columns: {
            name: string;
            priceLevel: string;
            lastVerified: string;
            openDeals: string;
            winRate: string;
        };
        verifiedBy: string;
        neverVerified: string;
        stale: string;
        staleHint: string;
        daysAgo_one: string;
        daysAgo_other: string;
        record: string;
        noRecord: string;
    };
    detail: {
        backToList: string;
        markVerified: string;
        profile: string;
        recordTitle: string;
        won: string;
        lost: string;
        winRate: string;
        reasonsTitle: string;
        reasonCount: string;
        noReasons: string;
        dealsTitle: string;
        dealsLabel: string;
        noDeals: string;
        deal: string;
        account: string;
        status: string;
        position: string;
        winner: string;
        winnerUs: string;
        winnerThem: string;
        winnerOther: string;
        winnerNone: string;
        lastVerified: string;
        lastVerifiedLine: string;
        archiveTitle: string;
        archiveBody: string;
        restoreTitle: string;
        restoreBody: string;
        archivedNotice: string;
        restoredNotice: string;
    };
    verify: {
        title: string;
        body: string;
        who: string;
        confirm: string;
        notice: string;
    };
    form: {
        createTitle: string;
        editTitle: string;
        createdNotice: string;
        savedNotice: string;
        duplicateName: string;
        sections: {
            profile: string;
            assessment: string;
        };
        fields: {
            name: string;
            products: string;
            priceLevel: string;
            strengths: string;
            weaknesses: string;
            tactics: string;
            referenceCustomers: string;
            notes: string;
            verifiedBy: string;
        };
        hints: {
            verifiedBy: string;
            tactics: string;
        };
        placeholders: {
            priceLevel: string;
        };
    };
    tab: {
        title: string;
        negotiation: string;
        competitorsTitle: string;
        addFromLibrary: string;
        addPlaceholder: string;
        add: string;
        createNew: string;
        noCompetitors: string;
        openInLibrary: string;
        removeLabel: string;
        removeTitle: string;
        removeBody: string;
        remove: string;
        removedNotice: string;
        addedNotice: string;
        savedNotice: string;
    };
    dealCompetitor: {
        incumbent: string;
        satisfaction: string;
        satisfactionHint: string;
        satisfactionOption: {
            '1': string;
            '2': string;
            '3': string;
            '4': string;
            '5': string;
        };
        repName: string;
        repStyle: string;
        repRelations: string;
        repRelationsHint: string;
        person: string;
        personOf: string;
        closeness: string;
        closenessOf: string;
        choosePerson: string;
        addRelation: string;
        removeRelation: string;
        noMembers: string;
        position: string;
        threat: string;
        theirStrategy: string;
        ourCounter: string;
        notSet: string;
        save: string;
    };
    criteria: {
        title: string;
        tableLabel: string;
        hint: string;
        addDefaults: string;
        empty: string;
        name: string;
        area: string;
        weight: string;
        share: string;
        us: string;
        ourScore: string;
        scoreOf: string;
        nameOf: string;
        areaOf: string;
        weightOf: string;
        scoreCell: string;
        noteCell: string;
        noteTitle: string;
        noArea: string;
        newName: string;
        add: string;
        removeLabel: string;
        removeTitle: string;
        removeBody: string;
        remove: string;
        staleTitle: string;
        staleBody: string;
        reload: string;
    };
    totals: {
        title: string;
        tableLabel: string;
        vendor: string;
        weighted: string;
        scored: string;
        outOf: string;
        notScored: string;
    };
    radar: {
        title: string;
        tableLabel: string;
        criterion: string;
        empty: string;
    };
    gaps: {
        title: string;
        tableLabel: string;
        none: string;
        criterion: string;
        competitor: string;
        scores: string;
        scoresValue: string;
        gap: string;
        weightedGap: string;
    };
    swot: {
        title: string;
        hint: string;
        prefilled: string;
        strengths: string;
        weaknesses: string;
        opportunities: string;
        threats: string;
        refill: string;
        save: string;
        savedNotice: string;
        line: {
            leading: string;
            leadingAlone: string;
            trailing: string;
            supporter: string;
            coach: string;
            competitorWeakness: string;
            dissatisfied: string;
            competitorThreat: string;
            competitorAhead: string;
            opponent: string;
            repCloser: string;
        };
    };
    settings: {
        title: string;
        hint: string;
        label: string;
        save: string;
        savedNotice: string;
    };
    outcome: {
        title: string;
        hint: string;
        winner: string;
        winnerUs: string;
        winnerCompetitor: string;
        winnerNone: string;
        winnerCompetitorId: string;
        reasons: string;
        note: string;
        save: string;
        savedNotice: string;
        noCompetitors: string;
    };
};
export type CompetitionMessages = typeof competitionEn;
