// For the tests of the workspace session: the sessions a test opens, and its calls through the
// session's router with each answer checked against the channel's output schema.
import { channels, type ChannelName } from '../shared/channels.ts';
import type { ErrorBody } from '../shared/errors.ts';
import type { Workspace } from './workspace.ts';

/** The sessions a test file opened; each is closed once its backups are done. */
export function openSessions() {
  const open: Workspace[] = [];
  const closeOne = async (ws: Workspace) => {
    await ws.idle();
    ws.close();
  };
  return {
    add(ws: Workspace): Workspace {
      open.push(ws);
      return ws;
    },
    async close(ws: Workspace): Promise<void> {
      open.splice(open.indexOf(ws), 1);
      await closeOne(ws);
    },
    /** After each test. */
    async closeAll(): Promise<void> {
      for (const ws of open.splice(0)) await closeOne(ws);
    },
  };
}

/** Dispatches and checks a success against the channel's output schema. */
export async function call<T>(
  ws: Workspace,
  channel: ChannelName,
  input: unknown = {},
): Promise<T> {
  const result = await ws.router.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  channels[channel].output.parse(result.data);
  return result.data as T;
}

/** The refusal of a call that must fail. */
export async function refusal(
  ws: Workspace,
  channel: ChannelName,
  input: unknown = {},
): Promise<ErrorBody> {
  const result = await ws.router.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} succeeded: ${JSON.stringify(result.data)}`);
  return result.error;
}
