import type Database from 'better-sqlite3-multiple-ciphers';
import type { Locale } from '../../shared/enums.ts';
import type { AppInfo } from '../../shared/schemas.ts';
import type { HandlersOf } from '../handlers.ts';
import type { ImportTables } from '../import/table.ts';
import { createRepositories } from '../store/repositories/index.ts';
import { createImportFiles } from '../import/importFiles.ts';
import { createAccountsService, type AccountsService } from './accounts.ts';
import { createActivitiesService, type ActivitiesService } from './activities.ts';
import { createBuyingRolesService, type BuyingRolesService } from './buyingRoles.ts';
import { createRecordWriter } from './common.ts';
import { createCommitteeService, type CommitteeService } from './committee.ts';
import {
  createCompetitorsService,
  createDealCompetitorsService,
  type CompetitorsService,
  type DealCompetitorsService,
} from './competitors.ts';
import { createCriteriaService, type CriteriaService } from './criteria.ts';
import { createErasureService, type ErasureOptions } from './erasure.ts';
import { createExportsService, type ExportsService } from './exports.ts';
import { createForecastService, type ForecastService } from './forecast.ts';
import { createHistoryService, type HistoryService } from './history.ts';
import { createImportsService, type ImportsService } from './imports.ts';
import { createImportFilesService, type ImportFilesService } from './importFiles.ts';
import { createInfluencesService, type InfluencesService } from './influences.ts';
import { createNegotiationsService, type NegotiationsService } from './negotiations.ts';
import { createOpportunitiesService, type OpportunitiesService } from './opportunities.ts';
import { createOrgchartService, type OrgchartService } from './orgchart.ts';
import { createOutcomesService, type OutcomesService } from './outcomes.ts';
import { createPackagesService, type PackagesService } from './packages.ts';
import { createPeopleService, type PeopleService } from './people.ts';
import { createPipelineListService, type PipelineListService } from './pipelineList.ts';
import { createReviewsService, type ReviewsService } from './reviews.ts';
import { createScoringService, type ScoringService } from './scoring.ts';
import { createSearchService, type SearchService } from './search.ts';
import { createSettingsService, type SettingsService } from './settings.ts';
import { createStagesService, type StagesService } from './stages.ts';
import { createTeamService, type TeamService } from './team.ts';
import { createUiStateService, type UiStateService } from './uiState.ts';

export type ServicesOptions = {
  db: Database.Database;
  now: () => Date;
  systemLocale: Locale;
  appVersion: string;
  workspacePath: string;
  /**
   * Runs before an operation that rewrites much at once (erase, import), e.g. to take a backup
   * (issue 13's "before any risky operation"); a throw stops the operation.
   */
  beforeRisky?: ErasureOptions['beforeRisky'];
  /** Who erases, kept in the "erased" markers; the operating-system user by default. */
  erasedBy?: string;
  /** The files read for import; importFiles.* reads them unless a test gives its own tables. */
  importTables?: ImportTables;
};

export type AppService = { info(): AppInfo };

export type Services = {
  app: AppService;
  settings: SettingsService;
  accounts: AccountsService;
  people: PeopleService;
  opportunities: OpportunitiesService;
  history: HistoryService;
  committee: CommitteeService;
  buyingRoles: BuyingRolesService;
  orgchart: OrgchartService;
  influences: InfluencesService;
  competitors: CompetitorsService;
  dealCompetitors: DealCompetitorsService;
  criteria: CriteriaService;
  outcomes: OutcomesService;
  negotiations: NegotiationsService;
  activities: ActivitiesService;
  stages: StagesService;
  reviews: ReviewsService;
  forecast: ForecastService;
  pipelineList: PipelineListService;
  scoring: ScoringService;
  imports: ImportsService;
  /** Reading import files; also the ImportTables the imports service reads them from. */
  importFiles: ImportFilesService;
  packages: PackagesService;
  exports: ExportsService;
  team: TeamService;
  search: SearchService;
  uiState: UiStateService;
};

export function createServices({
  db,
  now,
  systemLocale,
  appVersion,
  workspacePath,
  beforeRisky,
  erasedBy,
  importTables,
}: ServicesOptions): Services {
  // One set of repositories (prepared statements) and one history writer per connection.
  const repos = createRepositories(db);
  const context = {
    db,
    now,
    repos,
    writer: createRecordWriter(db, now, repos.changes, repos.teamMembers),
  };
  const settings = createSettingsService(context, systemLocale);
  const opportunities = createOpportunitiesService(context);
  const erasure = createErasureService(context, { beforeRisky, erasedBy });
  const accounts = createAccountsService(context, erasure);
  const people = createPeopleService(context, erasure);
  const activities = createActivitiesService(context);
  const team = createTeamService(context);
  // One registry of files read per open workspace: importFiles.* fills it, imports.* reads its tables.
  const importFiles = createImportFilesService(createImportFiles());
  // Prepared once: db.pragma() compiles its statement on every call (most of app.info's time).
  const userVersion = db.prepare<[], number>('PRAGMA user_version').pluck();
  return {
    app: {
      info: () => ({
        version: appVersion,
        schemaVersion: userVersion.get() ?? 0,
        workspacePath,
        systemLocale,
      }),
    },
    settings,
    accounts,
    people,
    opportunities,
    history: createHistoryService(context),
    committee: createCommitteeService(context, settings),
    buyingRoles: createBuyingRolesService(context),
    orgchart: createOrgchartService(context),
    influences: createInfluencesService(context),
    competitors: createCompetitorsService(context, settings),
    dealCompetitors: createDealCompetitorsService(context),
    criteria: createCriteriaService(context, settings),
    outcomes: createOutcomesService(context),
    negotiations: createNegotiationsService(context),
    activities,
    stages: createStagesService(context, opportunities),
    reviews: createReviewsService(context, settings, team),
    forecast: createForecastService(context, settings, team),
    pipelineList: createPipelineListService(context, team),
    scoring: createScoringService(context),
    imports: createImportsService(context, {
      tables: importTables ?? importFiles,
      beforeRisky,
      writers: { accounts, people, opportunities, activities },
      locale: () => settings.get().locale,
    }),
    importFiles,
    packages: createPackagesService(context, { appVersion, beforeRisky }),
    exports: createExportsService(),
    team,
    search: createSearchService(context),
    uiState: createUiStateService(context),
  };
}

export function appHandlers(s: AppService): HandlersOf<'app'> {
  return { 'app.info': () => s.info() };
}
