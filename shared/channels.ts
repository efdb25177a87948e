import { z } from 'zod';
import {
  account,
  accountCreate,
  accountListItem,
  accountUpdate,
  appInfo,
  change,
  HISTORY_ENTITIES,
  id,
  opportunity,
  opportunityCreate,
  opportunityListItem,
  opportunityUpdate,
  person,
  personCreate,
  personUpdate,
  settings,
} from './schemas.ts';
import { activityChannels } from './activities.ts';
import { committeeChannels } from './committee.ts';
import { competitionChannels } from './competition.ts';
import { erasureChannels } from './erasure.ts';
import { exportChannels } from './exports.ts';
import { negotiationChannels } from './negotiation.ts';
import { forecastChannels } from './forecast.ts';
import { historyUndoChannels } from './history.ts';
import { importChannels, importFileChannels } from './imports.ts';
import { orgchartChannels } from './orgchart.ts';
import { packageChannels } from './packages.ts';
import { reviewChannels, stageChannels } from './pipeline.ts';
import { pipelineListChannels } from './pipelineList.ts';
import { scoringChannels } from './evaluation.ts';
import { teamChannels } from './team.ts';
import { searchChannels } from './search.ts';
import { uiStateChannels } from './uiState.ts';
import { workspaceChannels } from './workspace.ts';

const byId = z.strictObject({ id });
const none = z.strictObject({});

/**
 * The whole contract between renderer and main: `<area>.<verb>` → input and output schemas.
 * Inputs are validated in the main process before any service runs.
 */
export const channels = {
  'app.info': { input: none, output: appInfo },

  'settings.get': { input: none, output: settings },
  'settings.update': { input: settings.partial().strict(), output: settings },

  'accounts.list': {
    input: z.strictObject({ includeArchived: z.boolean().default(false) }),
    output: z.array(accountListItem),
  },
  'accounts.get': { input: byId, output: account },
  'accounts.create': { input: accountCreate, output: account },
  'accounts.update': { input: accountUpdate, output: account },
  'accounts.archive': {
    input: z.strictObject({ id, version: z.number().int().min(1), archived: z.boolean() }),
    output: account,
  },

  'people.list': {
    input: z.strictObject({ accountId: id, includeArchived: z.boolean().default(false) }),
    output: z.array(person),
  },
  'people.get': { input: byId, output: person },
  'people.create': { input: personCreate, output: person },
  'people.update': { input: personUpdate, output: person },

  'opportunities.list': {
    input: z.strictObject({ accountId: id.optional() }),
    output: z.array(opportunityListItem),
  },
  'opportunities.get': { input: byId, output: opportunity },
  'opportunities.create': { input: opportunityCreate, output: opportunity },
  'opportunities.update': { input: opportunityUpdate, output: opportunity },

  'history.list': {
    input: z.strictObject({
      entity: z.enum(HISTORY_ENTITIES).optional(),
      entityId: id.optional(),
      since: z.iso.datetime({ offset: true }).optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.array(change),
  },
  ...historyUndoChannels,

  ...committeeChannels,
  ...orgchartChannels,
  ...competitionChannels,
  ...negotiationChannels,
  ...activityChannels,
  ...stageChannels,
  ...reviewChannels,
  ...forecastChannels,
  ...pipelineListChannels,
  ...scoringChannels,
  ...erasureChannels,
  ...importChannels,
  ...workspaceChannels,
  ...importFileChannels,
  ...packageChannels,
  ...exportChannels,
  ...teamChannels,
  ...searchChannels,
  ...uiStateChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
/** What a caller may send (defaults not yet applied). */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ChannelArgs<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

/** The main-process implementation: exactly one handler per channel. */
export type Handlers = {
  [C in ChannelName]: (input: ChannelArgs<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/**
 * Channels that carry a file in their body, with the largest body the browser shell accepts for
 * each (every other channel: 1 MiB). Their schemas bound the content itself.
 */
export const LARGE_BODY_BYTES: Partial<Record<ChannelName, number>> = {
  // A 20 MB file as base64 (about 27 MB) and its JSON wrapping.
  'importFiles.read': 32 * 1024 * 1024,
  'packages.preview': 64 * 1024 * 1024,
  // A list of up to 100,000 rows sent to be written as a file.
  'exports.table': 64 * 1024 * 1024,
};

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}
