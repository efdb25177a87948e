/** Erasing a person or an account for good (privacy requests); archiving stays the everyday action. */
export const erasureEn = {
  action: 'Erase…',
  title: 'Erase “{{name}}” for good?',
  warning:
    'This cannot be undone. Unlike archiving, erasing removes the record and everything that refers to it, and replaces its entries in the change history with an “erased” mark (who and when, nothing more). Use it for a request to delete personal data; archive for everyday tidying.',
  backups:
    'A backup is taken just before. It and the earlier backups in {{folder}} still hold the record until rotation removes them (after six months at most); delete them there if the request requires it.',
  willRemove: 'This removes:',
  counts: {
    people_one: '{{count}} person',
    people_other: '{{count}} people',
    opportunities_one:
      '{{count}} opportunity, with its committee, competition, negotiation sheets and stage evidence',
    opportunities_other:
      '{{count}} opportunities, with their committees, competition, negotiation sheets and stage evidence',
    committeeMemberships_one: '{{count}} buying center membership',
    committeeMemberships_other: '{{count}} buying center memberships',
    influenceLines_one: '{{count}} influence line',
    influenceLines_other: '{{count}} influence lines',
    mapPositions_one: '{{count}} position on the map',
    mapPositions_other: '{{count}} positions on the map',
    activities_one: '{{count}} activity (removed, or no longer naming them)',
    activities_other: '{{count}} activities (removed, or no longer naming them)',
    negotiations_one: '{{count}} negotiation sheet (removed, or without them as attendee)',
    negotiations_other: '{{count}} negotiation sheets (removed, or without them as attendee)',
    competitorRelations_one: '{{count}} competitor rep’s relation to them',
    competitorRelations_other: '{{count}} competitor reps’ relations to them',
    reportingLines_one: '{{count}} reporting line of someone else to them (left without a manager)',
    reportingLines_other: '{{count}} reporting lines of others to them (left without a manager)',
    historyEntries_one: '{{count}} change history entry, replaced by an “erased” mark',
    historyEntries_other: '{{count}} change history entries, replaced by an “erased” mark',
    textMentions_one: 'Their name in {{count}} other record’s text, replaced by ***',
    textMentions_other: 'Their name in {{count}} other records’ text, replaced by ***',
  },
  typeName: 'Type “{{name}}” to confirm',
  typeHint: 'Type the name exactly as shown.',
  confirm: 'Erase for good',
  erasedNotice: '“{{name}}” was erased.',
};
