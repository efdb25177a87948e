import type { ErrorCode } from '../../shared/errors.ts';
import type { Issue } from '../../shared/issues.ts';
/** `unreachable` is the renderer's own code: the request never got an answer. */
export type RpcErrorCode = ErrorCode | 'unreachable';
/** A failed call, as the typed client throws it. */
export declare class RpcError extends Error {
    readonly code: RpcErrorCode;
    readonly issues: Issue[];
    constructor(code: RpcErrorCode, message: string, issues?: Issue[]);
}
