import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../shared/changed.ts';
import { channels } from '../../shared/channels.ts';
import { READS_DEPEND_ON, readsAffectedBy, WRITE_CHANNELS } from './reads.ts';

describe('which reads a write refreshes', () => {
  it('a stage move refreshes the deal, its lists, the forecast, the review queue and the quadrant', () => {
    const reads = readsAffectedBy(['opportunity', 'stage_confirmation']);
    for (const read of [
      'stages.deal',
      'opportunities.get',
      'opportunities.list',
      'pipeline.list',
      'forecast.get',
      'forecast.movements',
      'reviews.queue',
      'evaluation.quadrant',
    ] as const) {
      expect(reads).toContain(read);
    }
    expect(reads).not.toContain('swot.get');
    expect(reads).not.toContain('buyingRoles.list');
  });

  it('a committee edit refreshes coverage, the map and the review queue, not the forecast', () => {
    const reads = readsAffectedBy(['committee_member']);
    expect([...reads]).toEqual(
      expect.arrayContaining([
        'committee.get',
        'committee.coverage',
        'orgchart.get',
        'reviews.queue',
      ]),
    );
    expect(reads).not.toContain('forecast.get');
  });

  it('a logged activity refreshes the committee, whose last-contact dates come from activities', () => {
    expect(readsAffectedBy(['activity'])).toContain('committee.get');
  });

  it('a restore (every kind changed) refreshes every read of the workspace; a backup its file and list', () => {
    const ofWorkspace = Object.entries(READS_DEPEND_ON).filter(([, shows]) => shows.length > 0);
    expect([...readsAffectedBy(ENTITIES)].sort()).toEqual(ofWorkspace.map(([c]) => c).sort());
    expect([...readsAffectedBy(['backup'])].sort()).toEqual([
      'history.list',
      'workspace.backups',
      'workspace.info',
    ]);
  });

  it('nothing changed refreshes nothing', () => {
    expect(readsAffectedBy([]).size).toBe(0);
  });

  it('every channel of the contract is either a write or a read placed in the table', () => {
    const placed = [...WRITE_CHANNELS, ...Object.keys(READS_DEPEND_ON)].sort();
    expect(placed).toEqual(Object.keys(channels).sort());
  });

  it('every kind of record is shown by some read', () => {
    const shown = new Set(Object.values(READS_DEPEND_ON).flat());
    expect(ENTITIES.filter((e) => !shown.has(e))).toEqual([]);
  });
});
