import { BRIDGE_KEY, type Bridge } from '../../shared/bridge.ts';
import { CHANGED_HEADER, isEntity, type Entity } from '../../shared/changed.ts';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/channels.ts';
import { ERROR_STATUS, type ErrorBody, type ErrorCode, type Result } from '../../shared/errors.ts';
import { parseStepHeader, STEP_HEADER, stepRef, type StepRef } from '../../shared/history.ts';
import { RpcError } from './RpcError.ts';
import { sessionToken } from './sessionToken.ts';

/** A channel's output, the kinds of records the call wrote and the undo step it made. */
export type Answer<C extends ChannelName> = {
  data: ChannelOutput<C>;
  changed: Entity[];
  step?: StepRef;
};

/**
 * The renderer's only way to data: calls one channel of the contract and returns its output
 * with what it changed, or throws an RpcError. Uses the Electron bridge when the preload exposed
 * it, else HTTP. Writes go through renderer/data, which refreshes the views they changed.
 */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Answer<C>> {
  const bridge = (window as Window & { [BRIDGE_KEY]?: Bridge })[BRIDGE_KEY];
  const result = bridge ? await viaBridge(bridge, channel, input) : await viaHttp(channel, input);
  if (!result.ok) {
    throw new RpcError(result.error.code, result.error.message, result.error.issues ?? []);
  }
  // The main process answers with the channel's output schema; the contract types it. Most calls
  // (every read) make no undo step: only a step sent is checked.
  const step = result.step === undefined ? undefined : stepRef.safeParse(result.step);
  return {
    data: result.data as ChannelOutput<C>,
    changed: (result.changed ?? []).filter(isEntity),
    ...(step?.success ? { step: step.data } : {}),
  };
}

/** Calls a channel and returns its output only: for reads. */
export async function invoke<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  return (await call(channel, input)).data;
}

async function viaBridge(
  bridge: Bridge,
  channel: string,
  input: unknown,
): Promise<Result<unknown>> {
  try {
    return await bridge.invoke(channel, input);
  } catch {
    throw new RpcError('unreachable', 'The application process did not answer.');
  }
}

async function viaHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`rpc/${channel}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${sessionToken.get()}`,
      },
      body: JSON.stringify(input),
    });
  } catch {
    throw new RpcError('unreachable', 'The Deal Workbench server did not answer.');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    if (body === undefined) throw new RpcError('internal', 'The server sent an unreadable answer.');
    const changed = (response.headers.get(CHANGED_HEADER) ?? '').split(',').filter(isEntity);
    const step = parseStepHeader(response.headers.get(STEP_HEADER));
    return { ok: true, data: body, changed, ...(step ? { step } : {}) };
  }
  return { ok: false, error: errorBody(body) ?? fallbackError(response.status) };
}

function errorBody(body: unknown): ErrorBody | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = body.error;
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = typeof error.code === 'string' && isErrorCode(error.code) ? error.code : 'internal';
  const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
  const issues = 'issues' in error && Array.isArray(error.issues) ? error.issues : undefined;
  return { code, message, ...(issues ? { issues } : {}) };
}

// The workspace file's failures always come with our body: a bare 500 is not "damaged".
const STORAGE_CODES: readonly ErrorCode[] = [
  'read_only',
  'file_locked',
  'disk_full',
  'damaged',
  'io_error',
];

/** Answers without our error body (a proxy page, a crashed server) still get a code. */
function fallbackError(status: number): ErrorBody {
  const code = (Object.keys(ERROR_STATUS) as ErrorCode[]).find(
    (c) => ERROR_STATUS[c] === status && !STORAGE_CODES.includes(c),
  );
  return { code: code ?? 'internal', message: `HTTP ${status}` };
}

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, code);
}
