import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHANGED_HEADER } from '../../shared/changed.ts';
import { formatStepHeader, STEP_HEADER } from '../../shared/history.ts';
import { isChannelName, LARGE_BODY_BYTES } from '../../shared/channels.ts';
import { ERROR_STATUS, type ErrorBody } from '../../shared/errors.ts';
import type { Router } from '../router.ts';
import { SECURITY_HEADERS } from './securityHeaders.ts';
import { contentTypeOf, resolveStaticFile } from './staticFiles.ts';

export type BrowserHostOptions = {
  router: Router;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Defaults to 32 random bytes, base64url, new for every launch. */
  token?: string;
  /** Largest accepted RPC body; default 1 MiB (channels carrying a file: LARGE_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Failures of the host itself (never sent to the client). */
  onInternalError?: (error: unknown) => void;
  /** A client went away before its answer was complete, e.g. `POST /rpc/accounts.update`. */
  onClientGone?: (request: string) => void;
};

export type BrowserHost = {
  /** Opens the app: the token travels in the fragment, which browsers never send to a server. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
};

const RPC_PREFIX = '/rpc/';
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
// After close(), requests still running get this long before their connections are cut.
const CLOSE_GRACE_MS = 2000;

type Refusal = { status: number; body: ErrorBody; headers?: Record<string, string> };

function refusal(
  code: ErrorBody['code'],
  message: string,
  headers?: Record<string, string>,
): Refusal {
  return { status: ERROR_STATUS[code], body: { code, message }, headers };
}

const INTERNAL = refusal('internal', 'Something went wrong inside Deal Workbench.');

/** The browser shell's transport: serves the built renderer and `POST /rpc/<channel>` on 127.0.0.1. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const expectedToken = Buffer.from(token, 'utf8');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let port = options.port;
  let closing: Promise<void> | undefined;

  const server = createServer((req, res) => {
    if (closing) res.setHeader('Connection', 'close');
    // One listener per response ('close' follows 'finish' as well).
    res.on('close', () => {
      // A response can still be finishing when close() runs; drop its connection once it is idle.
      if (res.writableFinished) {
        if (closing) setImmediate(() => server.closeIdleConnections());
        return;
      }
      // The connection closed before the answer was sent: the browser reloaded, closed or crashed.
      options.onClientGone?.(`${req.method ?? '?'} ${(req.url ?? '/').split('?')[0]}`);
    });
    handle(req, res).catch((error: unknown) => {
      // Reading the body of a request whose client left fails; the 'close' above reported it.
      if (isDisconnect(error)) return;
      options.onInternalError?.(error);
      if (!res.headersSent) sendError(res, INTERNAL);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return sendError(
        res,
        refusal('forbidden', 'This server only answers requests addressed to itself.'),
      );
    }
    // Same origin only: the page was loaded from http://<host>, so that is the one Origin allowed.
    const origin = req.headers.origin;
    if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
      return sendError(res, refusal('forbidden', 'Requests from other origins are refused.'));
    }

    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname.startsWith(RPC_PREFIX))
      return handleRpc(req, res, pathname.slice(RPC_PREFIX.length));
    if (pathname === '/rpc') return sendError(res, refusal('not_found', 'Unknown channel.'));
    return handleStatic(req, res, pathname);
  }

  async function handleRpc(
    req: IncomingMessage,
    res: ServerResponse,
    channel: string,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (!hasValidToken(req.headers.authorization, expectedToken)) {
      return sendError(
        res,
        refusal('unauthorized', 'A valid token is required.', { 'WWW-Authenticate': 'Bearer' }),
      );
    }
    if (req.method !== 'POST') {
      // No error code of its own: the request is malformed for this route.
      return sendError(res, {
        ...refusal('invalid_input', 'RPC calls use POST.', { Allow: 'POST' }),
        status: 405,
      });
    }
    if (!isChannelName(channel)) {
      return sendError(res, refusal('not_found', `Unknown channel: ${channel}`));
    }
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (contentType !== 'application/json') {
      return sendError(
        res,
        refusal('invalid_input', 'The body must be JSON (Content-Type: application/json).'),
      );
    }
    const bodyLimit = LARGE_BODY_BYTES[channel] ?? maxBodyBytes;
    const body = await readBody(req, bodyLimit);
    if (body === 'too_large') {
      // Connection: close makes Node drop the socket after answering instead of reading the rest.
      const message = `The body is larger than ${bodyLimit} bytes.`;
      return sendError(res, refusal('payload_too_large', message, { Connection: 'close' }));
    }

    let input: unknown;
    try {
      // An empty body means "no input"; the router applies the channel's defaults.
      input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, refusal('invalid_input', 'The body is not valid JSON.'));
    }
    const result = await options.router.dispatch(channel, input);
    if (result.ok) {
      // The body stays the bare output; what the call wrote travels beside it.
      if (result.changed?.length) res.setHeader(CHANGED_HEADER, result.changed.join(','));
      if (result.step) res.setHeader(STEP_HEADER, formatStepHeader(result.step));
      return sendJson(res, 200, result.data ?? null);
    }
    return sendError(res, { status: ERROR_STATUS[result.error.code], body: result.error });
  }

  async function handleStatic(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, {
        ...refusal('invalid_input', 'Only GET and HEAD are allowed here.', { Allow: 'GET, HEAD' }),
        status: 405,
      });
    }
    const file = await resolveStaticFile(options.staticDir, pathname);
    if (!file) return sendError(res, refusal('not_found', 'Not found.'));

    setSecurityHeaders(res);
    res.setHeader('Content-Type', contentTypeOf(file.filePath));
    res.setHeader('Content-Length', file.size);
    res.setHeader('Cache-Control', cacheControlOf(pathname, file.isIndex));
    res.statusCode = 200;
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const stream = createReadStream(file.filePath);
      stream.on('error', reject);
      res.on('close', resolve);
      stream.pipe(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      });
      return closing;
    },
  };
}

// Vite's build names every bundle and asset after its content: assets/<name>-<8-char hash>.<ext>.
const HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/i;

/**
 * A hashed asset never changes under its name, so the browser keeps it for good (and, with the
 * port stable per workspace, across launches); index.html, which names the current ones, and any
 * other file are checked again each time.
 */
export function cacheControlOf(pathname: string, isIndex: boolean): string {
  return !isIndex && HASHED_ASSET.test(pathname)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

const DISCONNECT_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

function isDisconnect(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  return typeof code === 'string' && DISCONNECT_CODES.has(code);
}

/**
 * Constant-time over the token's bytes. Only a candidate of the token's own length is compared:
 * that length is no secret (a launch token is always 32 random bytes in base64url), and hashing
 * every candidate to hide it cost more than all the other checks of a small call together.
 */
function hasValidToken(authorization: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  const candidate = match?.[1] === undefined ? undefined : Buffer.from(match[1], 'utf8');
  return candidate?.length === expected.length && timingSafeEqual(candidate, expected);
}

/** Reads the body, or stops as soon as it is known to exceed the limit. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too_large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve('too_large');

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        req.pause();
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  setSecurityHeaders(res);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', payload.length);
  res.end(payload);
}

function sendError(res: ServerResponse, answer: Refusal): void {
  for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
  sendJson(res, answer.status, { error: answer.body });
}
