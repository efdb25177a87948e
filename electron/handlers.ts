import type { Handlers } from '../shared/channels.ts';
import type { Services } from './services/index.ts';

/** One line per channel: the router has validated the input, the service does the work. */
export function createHandlers(s: Services): Handlers {
  return {
    'app.info': () => s.app.info(),

    'settings.get': () => s.settings.get(),
    'settings.update': (input) => s.settings.update(input),

    'accounts.list': (input) => s.accounts.list(input),
    'accounts.get': (input) => s.accounts.get(input),
    'accounts.create': (input) => s.accounts.create(input),
    'accounts.update': (input) => s.accounts.update(input),
    'accounts.archive': (input) => s.accounts.archive(input),

    'people.list': (input) => s.people.list(input),
    'people.get': (input) => s.people.get(input),
    'people.create': (input) => s.people.create(input),
    'people.update': (input) => s.people.update(input),

    'opportunities.list': (input) => s.opportunities.list(input),
    'opportunities.get': (input) => s.opportunities.get(input),
    'opportunities.create': (input) => s.opportunities.create(input),
    'opportunities.update': (input) => s.opportunities.update(input),

    'history.list': (input) => s.history.list(input),

    'committee.get': (input) => s.committee.get(input),
    'committee.upsertMember': (input) => s.committee.upsertMember(input),
    'committee.removeMember': (input) => s.committee.removeMember(input),
    'committee.coverage': (input) => s.committee.coverage(input),
    'committee.changesSince': (input) => s.committee.changesSince(input),

    'buyingRoles.list': () => s.buyingRoles.list(),
    'buyingRoles.create': (input) => s.buyingRoles.create(input),
    'buyingRoles.update': (input) => s.buyingRoles.update(input),
    'buyingRoles.reorder': (input) => s.buyingRoles.reorder(input),

    'orgchart.get': (input) => s.orgchart.get(input),
    'orgchart.savePositions': (input) => s.orgchart.savePositions(input),
    'orgchart.resetPositions': (input) => s.orgchart.resetPositions(input),
    'orgchart.removePerson': (input) => s.orgchart.removePerson(input),

    'influences.create': (input) => s.influences.create(input),
    'influences.update': (input) => s.influences.update(input),
    'influences.delete': (input) => s.influences.delete(input),

    'competitors.list': (input) => s.competitors.list(input),
    'competitors.get': (input) => s.competitors.get(input),
    'competitors.create': (input) => s.competitors.create(input),
    'competitors.update': (input) => s.competitors.update(input),

    'dealCompetitors.list': (input) => s.dealCompetitors.list(input),
    'dealCompetitors.upsert': (input) => s.dealCompetitors.upsert(input),
    'dealCompetitors.remove': (input) => s.dealCompetitors.remove(input),

    'criteria.list': (input) => s.criteria.list(input),
    'criteria.upsert': (input) => s.criteria.upsert(input),
    'criteria.remove': (input) => s.criteria.remove(input),
    'criteria.addDefaults': (input) => s.criteria.addDefaults(input),
    'criteria.comparison': (input) => s.criteria.comparison(input),

    'outcomes.get': (input) => s.outcomes.getOutcome(input),
    'outcomes.record': (input) => s.outcomes.recordOutcome(input),

    'swot.get': (input) => s.outcomes.getSwot(input),
    'swot.save': (input) => s.outcomes.saveSwot(input),

    'negotiations.list': (input) => s.negotiations.list(input),
    'negotiations.get': (input) => s.negotiations.get(input),
    'negotiations.create': (input) => s.negotiations.create(input),
    'negotiations.update': (input) => s.negotiations.update(input),

    'activities.list': (input) => s.activities.list(input),
    'activities.create': (input) => s.activities.create(input),
    'activities.update': (input) => s.activities.update(input),

    'stageSets.list': () => s.stages.listSets(),
    'stageSets.save': (input) => s.stages.saveSet(input),
    'opportunities.pipeline': (input) => s.stages.pipeline(input),
    'opportunities.saveEvidence': (input) => s.stages.saveEvidence(input),
    'opportunities.advanceStage': (input) => s.stages.advanceStage(input),

    'reviews.queue': (input) => s.reviews.queue(input),

    'forecast.get': (input) => s.forecast.get(input),
    'forecast.snapshot': (input) => s.forecast.snapshot(input),
    'forecast.snapshots': (input) => s.forecast.snapshots(input),
    'forecast.movements': (input) => s.forecast.movements(input),

    'pipeline.list': (input) => s.pipelineList.list(input),
    'evaluation.get': (input) => s.scoring.getEvaluation(input),
    'evaluation.save': (input) => s.scoring.saveEvaluation(input),
    'evaluation.quadrant': () => s.scoring.quadrant(),
    'scoringSettings.get': () => s.scoring.getSettings(),
    'scoringSettings.save': (input) => s.scoring.saveSettings(input),
    'accountScoring.get': (input) => s.scoring.getAccountScoring(input),
    'accountScoring.save': (input) => s.scoring.saveAccountScoring(input),
  };
}
