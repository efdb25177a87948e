/** English messages of activities; zh-CN.ts beside it must match key for key. */
export declare const activitiesEn: {
    tab: string;
    timelineLabel: string;
    log: string;
    empty: string;
    emptyBody: string;
    kinds: {
        call: string;
        visit: string;
        technical_exchange: string;
        demo: string;
        dinner: string;
        site_visit: string;
        email: string;
    };
    item: {
        people: string;
        promises: string;
        nextStep: string;
        nextDate: string;
        overdue: string;
        deal: string;
        separator: string;
        edit: string;
    };
    form: {
        createTitle: string;
        editTitle: string;
        kind: string;
        date: string;
        people: string;
        peoplePlaceholder: string;
        committeeGroup: string;
        othersGroup: string;
        summary: string;
        promises: string;
        promisesHint: string;
        nextStep: string;
        nextDate: string;
        deal: string;
        noDeal: string;
        owner: string;
        created: string;
        saved: string;
        notSaved: string;
    };
};
export type ActivitiesMessages = typeof activitiesEn;
