import { describe, expect, it } from 'vitest';
import { knownPipelineFilters, NO_PIPELINE_FILTERS, pipelineListFilters } from './pipelineView.ts';
import { teamFilterOf } from '../../team/index.ts';

describe('the pipeline page’s remembered filters', () => {
  it('keeps what the pipeline can take and drops what an edited address made up', () => {
    const keep = (owner: string | null) => owner;
    expect(
      knownPipelineFilters(
        {
          owner: 'team:tm_1',
          account: 'acc_1',
          quarter: '2027-Q3',
          grade: 'B',
          stageSet: 'sales8',
        },
        keep,
      ),
    ).toEqual({
      owner: 'team:tm_1',
      account: 'acc_1',
      quarter: '2027-Q3',
      grade: 'B',
      stageSet: 'sales8',
    });
    expect(
      knownPipelineFilters(
        { owner: 'x', account: 'a b/c', quarter: '2027-Q5', grade: 'Z', stageSet: '../x' },
        () => null,
      ),
    ).toEqual(NO_PIPELINE_FILTERS);
  });

  it('asks pipeline.list with only the filters chosen', () => {
    expect(pipelineListFilters(NO_PIPELINE_FILTERS, teamFilterOf)).toEqual({});
    expect(
      pipelineListFilters(
        { owner: 'member:tm_1', account: 'acc_1', quarter: '2027-Q3', grade: 'A', stageSet: null },
        teamFilterOf,
      ),
    ).toEqual({
      team: { memberId: 'tm_1', includeReports: false },
      accountId: 'acc_1',
      closeQuarter: '2027-Q3',
      grade: 'A',
    });
  });
});
