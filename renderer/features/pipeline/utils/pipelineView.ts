import { GRADES } from '../../../../shared/enums.ts';
import { QUARTER_PATTERN } from '../../../../shared/pipelineList.ts';
import { id, stageSetId } from '../../../../shared/schemas.ts';
import type { PipelineFilters } from '../api/pipelineQueries.ts';

/**
 * The pipeline page's filters as its remembered view and the address keep them
 * (`#/pipeline/table?grade=A&owner=team:tm_1`); null is "all".
 */
export type PipelineViewFilters = {
  /** The owner filter's value (`member:<id>` or `team:<id>`; see TeamFilterValue). */
  owner: string | null;
  account: string | null;
  quarter: string | null;
  grade: string | null;
  /** The stage set shown; null is the default set. */
  stageSet: string | null;
};

export const NO_PIPELINE_FILTERS: PipelineViewFilters = {
  owner: null,
  account: null,
  quarter: null,
  grade: null,
  stageSet: null,
};

const valid = (value: string | null, ok: (value: string) => boolean) =>
  value !== null && ok(value) ? value : null;

/**
 * Drops what an edited address or an old view holds that the pipeline cannot take; the owner is
 * read against the team by `knownOwner` (an old owner name becomes its member).
 */
export function knownPipelineFilters(
  filters: PipelineViewFilters,
  knownOwner: (value: string | null) => string | null,
): PipelineViewFilters {
  return {
    owner: knownOwner(filters.owner),
    account: valid(filters.account, (v) => id.safeParse(v).success),
    quarter: valid(filters.quarter, (v) => QUARTER_PATTERN.test(v)),
    grade: valid(filters.grade, (v) => (GRADES as readonly string[]).includes(v)),
    stageSet: valid(filters.stageSet, (v) => stageSetId.safeParse(v).success),
  };
}

/** What pipeline.list is asked: absent keys, not undefined ones, so equal filters share a cache entry. */
export function pipelineListFilters(
  filters: PipelineViewFilters,
  teamFilterOf: (value: string | null) => PipelineFilters['team'],
): PipelineFilters {
  const out: PipelineFilters = {};
  const team = teamFilterOf(filters.owner);
  if (team) out.team = team;
  if (filters.account) out.accountId = filters.account;
  if (filters.quarter) out.closeQuarter = filters.quarter;
  const grade = GRADES.find((g) => g === filters.grade);
  if (grade) out.grade = grade;
  return out;
}
