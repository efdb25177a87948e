import type { z } from 'zod';
import { channels, isChannelName, type Handlers } from '../shared/channels.ts';
import { AppError, type Result } from '../shared/errors.ts';
import { describeStep, makesUndoStep } from '../shared/history.ts';
import { fromZodIssues } from '../shared/issues.ts';
import { storageError } from './store/sqliteErrors.ts';
import type { FileHandlers } from './handlers.ts';
import { collectTouched } from './touched.ts';

export type Router = {
  /**
   * Validates `input` against the channel's schema, runs its handler, and never throws. A success
   * says which kinds of records the handler wrote (`changed`) and the undo step it made (`step`).
   */
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
};

export type RouterOptions = {
  /** Where unexpected errors are reported; their details never reach the caller. */
  onInternalError?: (channel: string, error: unknown) => void;
};

/** Over every channel (the app's router), or one file's channels without a session (tests). */
export function createRouter(
  handlers: Handlers | FileHandlers,
  options: RouterOptions = {},
): Router {
  const all: Partial<Handlers> = handlers;
  return {
    async dispatch(channel, input) {
      if (!isChannelName(channel) || !all[channel]) {
        return { ok: false, error: { code: 'not_found', message: `Unknown channel: ${channel}` } };
      }
      const parsed = (channels[channel].input as z.ZodType).safeParse(input ?? {});
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'The input is not valid.',
            issues: fromZodIssues(parsed.error.issues),
          },
        };
      }
      try {
        const handler = all[channel] as (args: unknown) => unknown;
        const [data, changed, step] = await collectTouched(
          () => handler(parsed.data),
          makesUndoStep(channel) ? channel : null,
        );
        const described =
          step.id === undefined || step.dropped ? undefined : describeStep(step.entries);
        return {
          ok: true,
          data,
          changed,
          ...(described && step.id !== undefined
            ? { step: { id: step.id, action: described.action, entity: described.entity } }
            : {}),
        };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toBody() };
        // A full disk, a read-only or locked file…: the transaction rolled back; say which.
        const storage = storageError(error);
        if (storage) return { ok: false, error: storage.toBody() };
        options.onInternalError?.(channel, error);
        return {
          ok: false,
          error: { code: 'internal', message: 'Something went wrong inside Deal Workbench.' },
        };
      }
    },
  };
}
