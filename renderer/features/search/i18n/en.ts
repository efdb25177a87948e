/** English messages of search everything; zh-CN.ts beside it must match key for key. */
export const searchEn = {
  button: 'Search',
  /** The header button's tooltip: what it does and its shortcut. */
  buttonHint: 'Search accounts, people, deals… and run commands ({{keys}})',
  placeholder: 'Search accounts, people, deals, competitors, sheets or type a command',
  label: 'Search everything',
  results: 'Results and commands',
  searching: 'Searching…',
  nothingFound:
    'Nothing found for “{{query}}”. Try fewer letters, the pinyin initials (e.g. wjg) or another word.',
  failed: 'Search failed. Try again.',
  archived: 'Archived',
  groups: {
    account: 'Accounts',
    person: 'People',
    opportunity: 'Opportunities',
    competitor: 'Competitors',
    negotiation: 'Negotiation sheets',
    commands: 'Commands',
  },
  /** Which field of a hit matched, when it is not its name. */
  matched: {
    name: 'Name',
    title: 'Title',
    department: 'Department',
    phone: 'Phone',
    email: 'E-mail',
    sheetTitle: 'Sheet',
    deal: 'Opportunity',
  },
  matchedIn: '{{field}}: {{subtitle}}',
  commands: {
    newAccount: 'New account',
    goTo: 'Go to {{screen}}',
    screens: {
      accounts: 'accounts',
      opportunities: 'opportunities',
      pipeline: 'pipeline',
      forecast: 'forecast',
      reviews: 'review queue',
      competitors: 'competitors',
      evaluation: 'opportunity evaluation',
      import: 'import',
      settings: 'settings',
    },
    switchLanguage: 'Switch language to 中文',
    snapshot: 'Take a forecast snapshot',
    snapshotTaken: 'Forecast snapshot taken.',
    snapshotFailed: 'The snapshot was not taken.',
    backups: 'Open backups',
  },
};
