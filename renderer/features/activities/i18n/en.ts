import type { ActivityKind } from '../../../../shared/activities.ts';

/** English messages of activities; zh-CN.ts beside it must match key for key. */
export const activitiesEn = {
  tab: 'Activities',
  timelineLabel: 'Activities, newest first',
  log: 'Log activity',
  empty: 'No activities yet',
  emptyBody: 'Log calls, visits and demos to keep the timeline and the last-contact dates current.',
  kinds: {
    call: 'Call',
    visit: 'Visit',
    technical_exchange: 'Technical exchange',
    demo: 'Demo',
    dinner: 'Dinner',
    site_visit: 'Site visit',
    email: 'E-mail',
  } satisfies Record<ActivityKind, string>,
  item: {
    people: 'People',
    promises: 'Promised',
    nextStep: 'Next step',
    nextDate: 'by {{date}}',
    overdue: 'Overdue',
    deal: 'Deal: {{name}}',
    edit: 'Edit activity of {{date}}',
  },
  form: {
    createTitle: 'Log activity',
    editTitle: 'Edit activity',
    kind: 'Kind',
    date: 'Date',
    people: 'People involved',
    peoplePlaceholder: 'Pick people of the account',
    committeeGroup: 'Buying committee',
    othersGroup: 'Other people of the account',
    summary: 'Summary',
    promises: 'Promises',
    promisesHint: 'What we or they promised to do.',
    nextStep: 'Next step',
    nextDate: 'Next date',
    deal: 'Deal',
    noDeal: 'No deal (account level)',
    owner: 'Our side (who did it)',
    created: 'Activity logged.',
    saved: 'Activity saved.',
    notSaved: 'Nothing was saved.',
  },
};

export type ActivitiesMessages = typeof activitiesEn;
