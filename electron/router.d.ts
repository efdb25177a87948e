import { type Handlers } from '../shared/channels.ts';
import { type Result } from '../shared/errors.ts';
export type Router = {
    /** Validates `input` against the channel's schema, runs its handler, and never throws. */
    dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
};
export type RouterOptions = {
    /** Where unexpected errors are reported; their details never reach the caller. */
    onInternalError?: (channel: string, error: unknown) => void;
};
export declare function createRouter(handlers: Handlers, options?: RouterOptions): Router;
