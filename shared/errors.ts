import type { Entity } from './changed.ts';
import type { StepRef } from './history.ts';
import type { Issue } from './issues.ts';

/** Error codes crossing the contract, with the HTTP status the browser transport uses. */
export const ERROR_STATUS = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  /** The workspace takes no writes: opened read-only as damaged, or a read-only file or folder. */
  read_only: 423,
  /** Another program holds the workspace file locked. */
  file_locked: 423,
  /** The disk (or the user's quota) is full; nothing was saved. */
  disk_full: 507,
  /** SQLite found the file damaged while answering; nothing was saved. */
  damaged: 500,
  /** The workspace file could not be read or written: a failing disk, or a network share that dropped. */
  io_error: 503,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorBody = { code: ErrorCode; message: string; issues?: Issue[] };

/** What every call returns: errors travel as data because Electron keeps only a thrown error's message. */
export type Result<T> =
  | {
      ok: true;
      data: T;
      /** The kinds of records the call wrote (empty for a read), so views depending on them refresh. */
      changed?: Entity[];
      /** The undo step the write made (issue 15), when it made one. */
      step?: StepRef;
    }
  | { ok: false; error: ErrorBody };

/** Thrown by services; the router turns it into an ErrorBody. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: Issue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}
