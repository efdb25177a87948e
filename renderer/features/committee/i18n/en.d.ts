export declare const committeeEn: {
    tab: string;
    deal: {
        tabsLabel: string;
        changesTab: string;
        account: string;
        amount: string;
        stage: string;
        probability: string;
        status: string;
        closes: string;
        backToOpportunities: string;
    };
    matrix: {
        label: string;
        count_one: string;
        count_other: string;
        searchPlaceholder: string;
        filterAttitude: string;
        allAttitudes: string;
        filterInfluence: string;
        allInfluences: string;
        keyboardHint: string;
        emptyTitle: string;
        emptyBody: string;
        noMatchTitle: string;
        noMatchBody: string;
        columns: {
            person: string;
            level: string;
            function: string;
            roles: string;
            attitude: string;
            attitudeScore: string;
            influence: string;
            contact: string;
            relationshipOwner: string;
            lastContactDate: string;
            concerns: string;
        };
        notSet: string;
        noMatches: string;
        datePlaceholder: string;
        openPerson: string;
        remove: string;
        removeTitle: string;
        removeBody: string;
        removeConfirm: string;
        removedNotice: string;
        hiddenRole: string;
    };
    add: {
        button: string;
        label: string;
        placeholder: string;
        nobody: string;
        createOption: string;
        createTitle: string;
        name: string;
        title: string;
        create: string;
        addedNotice: string;
    };
    panel: {
        title: string;
        motives: string;
        motivesHint: string;
        motiveGroups: {
            jobDuties: string;
            personality: string;
            personalNeeds: string;
        };
        motiveNotes: string;
        winFormula: string;
        winFormulaHint: string;
        companyInterest: string;
        personalInterest: string;
        humanTouch: string;
        plan: string;
        planHint: string;
        routes: string;
        ourRoute: string;
        keyPoints: string;
        owner: string;
        dueDate: string;
        savedNotice: string;
        pickMotives: string;
    };
    settings: {
        title: string;
        rolesTitle: string;
        rolesHint: string;
        rolesLabel: string;
        labelZh: string;
        labelEn: string;
        labelZhOf: string;
        labelEnOf: string;
        builtIn: string;
        hidden: string;
        hide: string;
        show: string;
        moveUp: string;
        moveDown: string;
        dragHandle: string;
        addRole: string;
        newRoleTitle: string;
        savedNotice: string;
        cadenceTitle: string;
        cadenceLabel: string;
        cadenceHint: string;
        cadenceSave: string;
    };
    enums: {
        function: {
            finance: string;
            purchasing: string;
            user: string;
            technical: string;
        };
        attitude: {
            supporter: string;
            neutral: string;
            opponent: string;
        };
        influence: {
            high: string;
            medium: string;
            low: string;
        };
        contact: {
            close: string;
            frequent: string;
            distant: string;
            none: string;
        };
        jobDuties: {
            technology: string;
            performance: string;
            quality: string;
            price: string;
            safety: string;
            service: string;
        };
        personality: {
            work_style: string;
            decision_style: string;
            thinking_style: string;
            social_style: string;
            planning: string;
            expressiveness: string;
        };
        personalNeeds: {
            task_done: string;
            achievement: string;
            time: string;
            responsibility: string;
            visibility: string;
            belonging: string;
            emotion: string;
            being_different: string;
            status: string;
            career: string;
        };
    };
    coverage: {
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
};
export type CommitteeMessages = typeof committeeEn;
