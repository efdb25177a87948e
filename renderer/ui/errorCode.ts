import { RpcError, type RpcErrorCode } from '../api/RpcError.ts';

/** The code of whatever a query or mutation threw; anything unexpected counts as internal. */
export function errorCode(error: unknown): RpcErrorCode {
  return error instanceof RpcError ? error.code : 'internal';
}
