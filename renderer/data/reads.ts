import { ENTITIES, type Entity } from '../../shared/changed.ts';
import type { ChannelName } from '../../shared/channels.ts';

/** The channels that write: their answers say what they changed. */
export const WRITE_CHANNELS = [
  'settings.update',
  'accounts.create',
  'accounts.update',
  'accounts.archive',
  'accounts.erase',
  'people.create',
  'people.update',
  'people.erase',
  'opportunities.create',
  'opportunities.update',
  'stages.advance',
  'stages.saveEvidence',
  'committee.upsertMember',
  'committee.removeMember',
  'buyingRoles.create',
  'buyingRoles.update',
  'buyingRoles.reorder',
  'orgchart.savePositions',
  'orgchart.resetPositions',
  'orgchart.removePerson',
  'influences.create',
  'influences.update',
  'influences.delete',
  'competitors.create',
  'competitors.update',
  'dealCompetitors.upsert',
  'dealCompetitors.remove',
  'criteria.upsert',
  'criteria.remove',
  'criteria.addDefaults',
  'outcomes.record',
  'swot.save',
  'negotiations.create',
  'negotiations.update',
  'activities.create',
  'activities.update',
  'stageSets.save',
  'forecast.snapshot',
  'scoringSettings.save',
  'evaluation.save',
  'accountScoring.save',
  'workspace.backupNow',
  'workspace.restore',
  'workspace.setPassphrase',
  'workspace.loadDemo',
  'workspace.saveCopy',
  'workspace.open',
  'workspace.create',
  'workspace.forgetRecent',
  // Import (issue 14): a preview remembers the source's column mapping; commit and undo write records.
  'imports.preview',
  'imports.commit',
  'imports.undo',
  // Start and stop reading an import file: actions (never cached), though they change no record.
  'importFiles.read',
  'importFiles.cancel',
  // Export remembers what it handed out (the next import's base); preview keeps the package.
  'packages.export',
  'packages.preview',
  'packages.apply',
  // Our team (issue 15).
  'team.create',
  'team.update',
  'team.archive',
  // Undo and redo (issue 15): they write back what a step wrote.
  'history.undo',
  'history.redo',
  // Issue 15: a form's unsaved draft and a list's remembered view, the user's working state.
  'drafts.save',
  'drafts.discard',
  'viewState.save',
  'viewState.reset',
] as const satisfies readonly ChannelName[];
export type WriteChannel = (typeof WRITE_CHANNELS)[number];
export type ReadChannel = Exclude<ChannelName, WriteChannel>;

// Every kind of record the workspace holds (its backups aside).
const RECORDS = ENTITIES.filter((entity) => entity !== 'backup' && entity !== 'recent_workspace');

// What a deal's figures are computed from; views over many deals read all of it.
const DEAL: readonly Entity[] = [
  'opportunity',
  'account',
  'stage_set',
  'stage_evidence',
  'stage_confirmation',
  'settings',
];

/**
 * The one table of which reads show which kinds of records: after a write, every cached read
 * depending on what it changed is refreshed. Adding a channel to the contract makes this table
 * incomplete until the new read is placed here (or the write listed above).
 */
export const READS_DEPEND_ON: { readonly [C in ReadChannel]: readonly Entity[] } = {
  'app.info': [],
  'settings.get': ['settings'],
  'accounts.list': ['account', 'person', 'opportunity'],
  'accounts.get': ['account'],
  'people.list': ['person'],
  'people.get': ['person'],
  // What an erase would reach: nearly every kind of record, the history included.
  'people.erasePreview': RECORDS,
  'accounts.erasePreview': RECORDS,
  'opportunities.list': [...DEAL, 'deal_outcome'],
  'opportunities.get': [...DEAL, 'deal_outcome'],
  'stages.deal': DEAL,
  'history.list': ENTITIES,
  // Any write may make a step (or end the redo).
  'history.undoState': RECORDS,
  // Last-contact dates are derived from activities when read.
  'committee.get': ['committee_member', 'person', 'activity'],
  'committee.coverage': [
    'committee_member',
    'person',
    'buying_role',
    'activity',
    'influence_line',
    'deal_competitor',
    'settings',
  ],
  'committee.changesSince': ['committee_member', 'person'],
  'buyingRoles.list': ['buying_role'],
  'orgchart.get': [
    'person',
    'account',
    'influence_line',
    'map_position',
    'committee_member',
    'activity',
    'buying_role',
  ],
  'competitors.list': ['competitor', 'deal_competitor', 'deal_outcome', 'opportunity', 'settings'],
  'competitors.get': ['competitor', 'deal_competitor', 'deal_outcome', 'opportunity', 'settings'],
  'dealCompetitors.list': ['deal_competitor', 'competitor', 'committee_member', 'person'],
  'criteria.list': ['criterion', 'competitor', 'deal_competitor'],
  'criteria.comparison': ['criterion', 'competitor', 'deal_competitor'],
  'outcomes.get': ['deal_outcome', 'opportunity', 'competitor'],
  'swot.get': ['swot'],
  'negotiations.list': ['negotiation'],
  'negotiations.get': ['negotiation'],
  'activities.list': ['activity', 'person', 'opportunity'],
  'stageSets.list': ['stage_set'],
  'reviews.queue': [
    ...DEAL,
    'person',
    'committee_member',
    'activity',
    'deal_evaluation',
    'deal_competitor',
    'deal_outcome',
    'team_member',
  ],
  // The team filter reads who reports to whom.
  'forecast.get': [...DEAL, 'forecast_snapshot', 'team_member'],
  'forecast.snapshots': ['forecast_snapshot'],
  'forecast.movements': [...DEAL, 'forecast_snapshot'],
  'pipeline.list': [...DEAL, 'deal_evaluation', 'account_scoring', 'team_member'],
  'scoringSettings.get': ['settings'],
  'evaluation.get': ['deal_evaluation', 'settings', 'opportunity'],
  'evaluation.quadrant': [...DEAL, 'deal_evaluation', 'account_scoring'],
  'accountScoring.get': ['account_scoring', 'settings'],
  // A restore or the demo touches every kind of record, and any write grows the file and may
  // take the periodic backup: the file's figures and its backups follow every change.
  'workspace.info': ENTITIES,
  'workspace.backups': ENTITIES,
  'workspace.recent': ['recent_workspace'],
  'imports.mapping': ['import'],
  // The options of a deal's stage are the default stage set's.
  'imports.values': ['stage_set'],
  // A preview is fixed when made (a later write makes its commit refused, not its rows change).
  'imports.previewRows': [],
  'imports.refusedFile': [],
  'imports.list': ['import'],
  // A reading job's state is no record of the workspace: no write refreshes it. The wizard polls
  // it (refetchInterval, staleTime 0) until it settles; each job is its own query key, and a
  // settled job changes only when its own wizard cancels it.
  'importFiles.job': [],
  // Writes a file from the rows the renderer sends, nothing of the workspace: no write to
  // refresh after, and no record whose change would make its answer stale. It is a read that
  // depends on nothing, run as a task (ui/ExportMenu through ui/useTask), never cached.
  'exports.table': [],
  'team.list': ['team_member'],
  // The palette's hits: names and subtitles of every kind it finds (a person's account, a sheet's deal).
  'search.query': ['account', 'person', 'opportunity', 'competitor', 'negotiation'],
  'drafts.get': ['ui_draft'],
  'viewState.get': ['view_state'],
};

/** The reads that show any of `changed`. */
export function readsAffectedBy(changed: Iterable<Entity>): Set<ReadChannel> {
  const touched = new Set(changed);
  const reads = new Set<ReadChannel>();
  for (const [channel, entities] of Object.entries(READS_DEPEND_ON)) {
    if (entities.some((e) => touched.has(e))) reads.add(channel as ReadChannel);
  }
  return reads;
}
