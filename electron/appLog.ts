import { createHash } from 'node:crypto';
import path from 'node:path';
import log from 'electron-log/node';

// The Electron shell's log file (issue 15): startup, workspaces opened and closed, warnings and
// errors with their stack, in <userData>/logs/main.log. It is sent along with support requests,
// so it holds no customer data: no record contents or names, no file names (a workspace is
// named by a short hash of its path), no passphrases. electron-log's Node logger, not its
// Electron one: that one also opens an IPC channel through which a page could write here.

/** The log file's size before it is renamed main.old.log (the one archive kept) and begun again. */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILE = 'main.log';
/** The browser shell's log, beside Electron's: two processes never rotate one file. */
export const BROWSER_LOG_FILE = 'browser.log';

/** A workspace in the log: the same file always the same token, its path and name never shown. */
export function workspaceToken(filePath: string): string {
  const digest = createHash('sha256').update(path.resolve(filePath)).digest('hex');
  return `workspace#${digest.slice(0, 8)}`;
}

export type RedactionContext = {
  /** Files whose mention becomes their token (the open workspace, those opened before). */
  workspaces?: readonly string[];
  /** The user's home folder: shown as "~" (it carries the user's name). */
  home?: string;
};

/**
 * A message or stack trace with what could be customer data taken out: known workspace paths,
 * the home folder, any workspace file name, e-mail addresses, long numbers (phones, IDs),
 * Chinese text (names of people and companies) and anything quoted (values echoed by errors).
 */
export function redact(text: string, context: RedactionContext = {}): string {
  let out = text;
  for (const file of [...(context.workspaces ?? [])].sort((a, b) => b.length - a.length)) {
    if (file) out = out.replaceAll(file, workspaceToken(file));
  }
  if (context.home && context.home.length > 1) out = out.replaceAll(context.home, '~');
  return (
    out
      // Quoted text: "…", '…', “…”, ‘…’, 「…」.
      .replace(/"[^"\n]*"|'[^'\n]*'|“[^”\n]*”|‘[^’\n]*’|「[^」\n]*」/g, '<quoted>')
      // A workspace or export file named after a customer.
      .replace(/[^\s/\\:<>]+\.(sqlite|xlsx|csv|pdf|zip|dwpkg)\b/gi, '<file>.$1')
      .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '<email>')
      .replace(/\+?\d[\d -]{5,}\d/g, '<number>')
      .replace(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu, '<text>')
  );
}

type Details = Record<string, string | number | boolean>;

export type AppLog = {
  /** Where the log is written. */
  readonly file: string;
  /** Facts chosen by the caller (version, platform, locale): written as they are. */
  info(event: string, details?: Details): void;
  workspaceOpened(filePath: string, how: string): void;
  workspaceClosed(filePath: string): void;
  /** Another file is open now (opened or created from the app): the old one closed, the new one opened. */
  workspaceSwitched(before: string | undefined, after: string | undefined, how: string): void;
  /** A workspace path that later messages may mention (one about to be opened): shown as its token. */
  knowWorkspace(filePath: string): void;
  /** A warning, redacted. */
  warn(message: string): void;
  /** An error with its stack, redacted. */
  error(where: string, error: unknown): void;
};

const describe = (details: Details | undefined) =>
  details
    ? ` ${Object.entries(details)
        .map(([key, value]) => `${key}=${String(value)}`)
        .join(' ')}`
    : '';

/**
 * A log writing to `<logsDir>/main.log` (at most LOG_MAX_BYTES, then one archive). Warnings
 * and errors also go to stderr; nothing goes to stdout, which tools read.
 */
export function createAppLog(options: {
  logsDir: string;
  /** The file's name in logsDir (LOG_FILE by default). */
  fileName?: string;
  home?: string;
  /** A logger of its own (tests); the shell uses electron-log's default one. */
  logId?: string;
  maxBytes?: number;
  /** False: the file only (tests). */
  console?: boolean;
}): AppLog {
  const logger = options.logId ? log.create({ logId: options.logId }) : log;
  const file = path.join(options.logsDir, options.fileName ?? LOG_FILE);
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  logger.transports.file.level = 'info';
  logger.transports.console.level = options.console === false ? false : 'warn';
  // Kept out of the log: electron-log's own hooks are not started (their messages are not redacted).
  const opened = new Set<string>();
  const context = (): RedactionContext => ({
    workspaces: [...opened],
    ...(options.home ? { home: options.home } : {}),
  });
  const text = (error: unknown) => {
    if (error instanceof Error) {
      const code = 'code' in error ? `[${String(error.code)}] ` : '';
      return `${code}${error.stack ?? `${error.name}: ${error.message}`}`;
    }
    return String(error);
  };
  const workspaceOpened = (filePath: string, how: string) => {
    opened.add(filePath);
    logger.info(`workspace opened (${how}) ${workspaceToken(filePath)}`);
  };
  const workspaceClosed = (filePath: string) =>
    logger.info(`workspace closed ${workspaceToken(filePath)}`);
  return {
    file,
    info: (event, details) => logger.info(`${event}${describe(details)}`),
    workspaceOpened,
    workspaceClosed,
    workspaceSwitched(before, after, how) {
      if (!after || after === before) return;
      if (before) workspaceClosed(before);
      workspaceOpened(after, how);
    },
    knowWorkspace(filePath) {
      opened.add(filePath);
    },
    warn: (message) => logger.warn(redact(message, context())),
    error: (where, error) => logger.error(`${where}: ${redact(text(error), context())}`),
  };
}
