import type { ChannelName, Handlers } from '../shared/channels.ts';
import { accountsHandlers } from './services/accounts.ts';
import { activitiesHandlers } from './services/activities.ts';
import { buyingRolesHandlers } from './services/buyingRoles.ts';
import { committeeHandlers } from './services/committee.ts';
import { competitorsHandlers, dealCompetitorsHandlers } from './services/competitors.ts';
import { criteriaHandlers } from './services/criteria.ts';
import { exportsHandlers } from './services/exports.ts';
import { forecastHandlers } from './services/forecast.ts';
import { historyHandlers } from './services/history.ts';
import { importsHandlers } from './services/imports.ts';
import { importFilesHandlers } from './services/importFiles.ts';
import { appHandlers, type Services } from './services/index.ts';
import { influencesHandlers } from './services/influences.ts';
import { negotiationsHandlers } from './services/negotiations.ts';
import { opportunitiesHandlers } from './services/opportunities.ts';
import { orgchartHandlers } from './services/orgchart.ts';
import { outcomesHandlers } from './services/outcomes.ts';
import { packagesHandlers } from './services/packages.ts';
import { peopleHandlers } from './services/people.ts';
import { pipelineListHandlers } from './services/pipelineList.ts';
import { reviewsHandlers } from './services/reviews.ts';
import { scoringHandlers } from './services/scoring.ts';
import { searchHandlers } from './services/search.ts';
import { settingsHandlers } from './services/settings.ts';
import { stagesHandlers } from './services/stages.ts';
import { teamHandlers } from './services/team.ts';
import { uiStateHandlers } from './services/uiState.ts';

/**
 * The handlers of every channel named `<area>.<verb>` for the given areas: a service answers
 * whole areas of the contract, so a channel's name says which service answers it.
 */
export type HandlersOf<Area extends string> = Pick<
  Handlers,
  Extract<ChannelName, `${Area}.${string}`>
>;

// The handler maps of several services as one type (a union of maps turned into their intersection).
type Combined<T> = (T extends unknown ? (part: T) => void : never) extends (all: infer A) => void
  ? A
  : never;

/**
 * Joins the services' handler maps (as Actual Budget's app.combine). A channel answered twice, or
 * an area whose channels two services share, throws: a channel's name says which service answers it.
 */
export function combine<T extends Partial<Handlers>[]>(...parts: T): Combined<T[number]> {
  const all: Record<string, unknown> = {};
  const areaOwner = new Map<string, Partial<Handlers>>();
  for (const part of parts) {
    for (const [channel, handler] of Object.entries(part)) {
      if (channel in all) throw new Error(`Two services answer ${channel}`);
      const area = channel.slice(0, channel.indexOf('.'));
      if ((areaOwner.get(area) ?? part) !== part) {
        throw new Error(`Two services answer channels of ${area}`);
      }
      areaOwner.set(area, part);
      all[channel] = handler;
    }
  }
  return all as Combined<T[number]>;
}

/**
 * The handlers of one open workspace file: every channel of the contract but the workspace's own
 * (`workspace.*`), which the session holding the file answers (workspace.ts).
 */
export type FileHandlers = Omit<Handlers, Extract<ChannelName, `workspace.${string}`>>;

/** Each service's own handlers, together exactly the contract's channels of one open file. */
export function createHandlers(s: Services): FileHandlers {
  return combine(
    appHandlers(s.app),
    settingsHandlers(s.settings),
    accountsHandlers(s.accounts),
    peopleHandlers(s.people),
    opportunitiesHandlers(s.opportunities),
    historyHandlers(s.history),
    committeeHandlers(s.committee),
    buyingRolesHandlers(s.buyingRoles),
    orgchartHandlers(s.orgchart),
    influencesHandlers(s.influences),
    competitorsHandlers(s.competitors),
    dealCompetitorsHandlers(s.dealCompetitors),
    criteriaHandlers(s.criteria),
    outcomesHandlers(s.outcomes),
    negotiationsHandlers(s.negotiations),
    activitiesHandlers(s.activities),
    stagesHandlers(s.stages),
    reviewsHandlers(s.reviews),
    forecastHandlers(s.forecast),
    pipelineListHandlers(s.pipelineList),
    scoringHandlers(s.scoring),
    importsHandlers(s.imports),
    importFilesHandlers(s.importFiles),
    packagesHandlers(s.packages),
    exportsHandlers(s.exports),
    teamHandlers(s.team),
    searchHandlers(s.search),
    uiStateHandlers(s.uiState),
  );
}
