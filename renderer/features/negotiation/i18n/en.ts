/** English messages of the negotiation feature; zh-CN.ts beside it must match key for key. */
import type {
  NegotiationIssueCode,
  NegotiationPrinciple,
  NegotiationRole,
  Priority,
} from '../../../../shared/enums.ts';
import type { Direction } from '../../../../shared/negotiation.ts';

/** Labels of the negotiation enums, merged into the app's `enums`. */
export const negotiationEnumsEn = {
  negotiationIssue: {
    price: 'Price',
    payment_terms: 'Payment terms',
    delivery: 'Delivery',
    warranty: 'Warranty',
    service: 'Service',
    training: 'Training',
    scope: 'Scope',
    penalties: 'Penalties',
  } satisfies Record<NegotiationIssueCode, string>,
  negotiationPriority: {
    high: 'High',
    medium: 'Medium',
    low: 'Low',
  } satisfies Record<Priority, string>,
  negotiationRole: {
    lead: 'Lead negotiator',
    commercial: 'Commercial',
    finance: 'Finance',
    legal: 'Legal',
    technical: 'Technical',
  } satisfies Record<NegotiationRole, string>,
  negotiationDirection: {
    higher_is_better: 'Higher is better',
    lower_is_better: 'Lower is better',
  } satisfies Record<Direction, string>,
  negotiationPrinciple: {
    long_term_win_win: 'Aim for a long-term, win-win relationship',
    build_trust_early: 'Build trust early',
    prepare_thoroughly: 'Prepare thoroughly',
    say_we: 'Say "we", not "you" and "I"',
    interests_not_positions: 'Focus on interests, not positions',
    more_issues: 'Put more issues on the table',
    avoid_splitting_difference: 'Avoid splitting the difference',
    give_to_get: 'Give only to get something back',
    emotions_out: 'Keep emotions out of it',
    solve_creatively: 'Solve problems creatively',
    seek_added_value: 'Look for added value',
    agreements_in_writing: 'Put agreements in writing',
    test_bottom_line: 'Test their bottom line',
  } satisfies Record<NegotiationPrinciple, string>,
};

export const negotiationEn = {
  tab: 'Negotiation',
  list: {
    label: 'Negotiation sheets',
    title: 'Title',
    meetingDate: 'Meeting date',
    updated: 'Updated',
    newSheet: 'New sheet',
    open: 'Open {{title}}',
    emptyTitle: 'No negotiation sheet yet',
    emptyBody:
      'Prepare each meeting round on a sheet: objectives and limits, issues, concessions, who sits at the table.',
    defaultTitle: 'Round {{round}} – {{date}}',
    noDate: 'No date',
  },
};
