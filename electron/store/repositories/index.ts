import type Database from 'better-sqlite3-multiple-ciphers';
import { createAccountsRepo } from './accounts.ts';
import { createActivitiesRepo } from './activities.ts';
import { createBuyingRolesRepo } from './buyingRoles.ts';
import { createChangesRepo } from './changes.ts';
import { createCommitteeMembersRepo } from './committeeMembers.ts';
import { createCompetitorsRepo } from './competitors.ts';
import { createCriteriaRepo } from './criteria.ts';
import { createDealCompetitorsRepo } from './dealCompetitors.ts';
import { createDealOutcomesRepo } from './dealOutcomes.ts';
import { createImportsRepo } from './imports.ts';
import { createInfluenceLinesRepo } from './influenceLines.ts';
import { createMapPositionsRepo } from './mapPositions.ts';
import { createNegotiationsRepo } from './negotiations.ts';
import { createOpportunitiesRepo } from './opportunities.ts';
import { createPackagesRepo } from './packages.ts';
import { createPeopleRepo } from './people.ts';
import { createAccountScoringRepo, createEvaluationsRepo } from './scoring.ts';
import { createSettingsRepo } from './settings.ts';
import { createStageEvidenceRepo } from './stageEvidence.ts';
import { createStageSetsRepo } from './stageSets.ts';
import { createSwotsRepo } from './swots.ts';
import { createTeamMembersRepo } from './teamMembers.ts';
import { createUndoStepsRepo } from './undoSteps.ts';
import { createUiStateRepo } from './uiState.ts';

/** Every table's repository, built (and its statements prepared) once per open workspace. */
export function createRepositories(db: Database.Database) {
  return {
    accounts: createAccountsRepo(db),
    activities: createActivitiesRepo(db),
    buyingRoles: createBuyingRolesRepo(db),
    changes: createChangesRepo(db),
    committeeMembers: createCommitteeMembersRepo(db),
    competitors: createCompetitorsRepo(db),
    criteria: createCriteriaRepo(db),
    dealCompetitors: createDealCompetitorsRepo(db),
    dealOutcomes: createDealOutcomesRepo(db),
    imports: createImportsRepo(db),
    influenceLines: createInfluenceLinesRepo(db),
    mapPositions: createMapPositionsRepo(db),
    negotiations: createNegotiationsRepo(db),
    opportunities: createOpportunitiesRepo(db),
    packages: createPackagesRepo(db),
    people: createPeopleRepo(db),
    evaluations: createEvaluationsRepo(db),
    accountScoring: createAccountScoringRepo(db),
    settings: createSettingsRepo(db),
    stageEvidence: createStageEvidenceRepo(db),
    stageSets: createStageSetsRepo(db),
    swots: createSwotsRepo(db),
    teamMembers: createTeamMembersRepo(db),
    undoSteps: createUndoStepsRepo(db),
    uiState: createUiStateRepo(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
