import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import type { Router } from '../router.ts';
import { startBrowserHost, type BrowserHost } from './browserHost.ts';
import { CONTENT_SECURITY_POLICY } from './securityHeaders.ts';

type Reply = { status: number; headers: IncomingHttpHeaders; body: string };
type Call = {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
};

const INDEX_HTML = '<!doctype html><title>Deal Workbench</title>';
const SECRET = 'top secret, outside the static dir';

let tmp: string;
let staticDir: string;
let host: BrowserHost;
let calls: Array<[string, unknown]>;
let internalErrors: unknown[];

// One answer per channel, so every error code of the contract crosses the transport.
const answers: Record<string, Result<unknown>> = {
  'app.info': {
    ok: true,
    data: { version: '0.1.0', schemaVersion: 1, workspacePath: '/x', systemLocale: 'en' },
  },
  'accounts.list': { ok: true, data: [], changed: [] },
  'opportunities.update': {
    ok: true,
    data: { id: 'o1' },
    changed: ['opportunity', 'stage_evidence'],
    step: { id: 42, action: 'move', entity: 'opportunity' },
  },
  'accounts.get': { ok: false, error: { code: 'not_found', message: 'No such account.' } },
  'accounts.create': {
    ok: false,
    error: {
      code: 'invalid_input',
      message: 'The input is not valid.',
      issues: [{ path: ['name'], code: 'required', message: 'Required' }],
    },
  } as Result<unknown>,
  'accounts.update': {
    ok: false,
    error: { code: 'conflict', message: 'Changed by someone else.' },
  },
  'people.get': {
    ok: false,
    error: { code: 'internal', message: 'Something went wrong inside Deal Workbench.' },
  },
};

const fakeRouter: Router = {
  async dispatch(channel, input) {
    calls.push([channel, input]);
    if (channel === 'people.list') throw new Error('router broke its promise: /secret/path');
    return answers[channel] ?? { ok: false, error: { code: 'not_found', message: 'unexpected' } };
  },
};

function send(call: Call, port = host.port): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: call.method ?? 'GET',
        path: call.path,
        headers: call.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(call.body);
  });
}

function rpc(channel: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send({
    method: 'POST',
    path: `/rpc/${channel}`,
    headers: {
      authorization: `Bearer ${host.token}`,
      'content-type': 'application/json',
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const errorOf = (reply: Reply) =>
  (JSON.parse(reply.body) as { error: { code: string; message: string } }).error;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'dw-host-'));
  staticDir = path.join(tmp, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(staticDir, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(path.join(staticDir, 'assets', 'app-1a2b.css'), 'body{}');
  writeFileSync(path.join(staticDir, 'assets', 'index-D0uk0q_j.js'), 'console.log(2)');
  writeFileSync(path.join(staticDir, 'favicon.svg'), '<svg/>');
  writeFileSync(path.join(tmp, 'secret.txt'), SECRET);
  symlinkSync(path.join(tmp, 'secret.txt'), path.join(staticDir, 'link.txt'));
  host = await startBrowserHost({
    router: fakeRouter,
    staticDir,
    port: 0,
    maxBodyBytes: 1000,
    onInternalError: (e) => internalErrors.push(e),
  });
});

afterAll(async () => {
  await host.close();
  rmSync(tmp, { recursive: true, force: true });
});

afterEach(() => {
  calls = [];
  internalErrors = [];
});
calls = [];
internalErrors = [];

describe('startBrowserHost', () => {
  it('listens on 127.0.0.1 on a real port with a fresh base64url token in the URL fragment', async () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    const other = await startBrowserHost({ router: fakeRouter, staticDir, port: 0 });
    const given = await startBrowserHost({
      router: fakeRouter,
      staticDir,
      port: 0,
      token: 'given-token',
    });
    try {
      expect(other.token).not.toBe(host.token);
      expect(given.token).toBe('given-token');
    } finally {
      await Promise.all([other.close(), given.close()]);
    }
  });

  it('rejects when the port is taken', async () => {
    await expect(
      startBrowserHost({ router: fakeRouter, staticDir, port: host.port }),
    ).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });
});

describe('POST /rpc/<channel>', () => {
  it("answers 200 with the channel's output as the body", async () => {
    const reply = await rpc('app.info', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toEqual(answers['app.info']?.ok && answers['app.info'].data);
    expect(calls).toEqual([['app.info', {}]]);
  });

  it('says what a write changed in the X-Changed header, the body staying the output', async () => {
    const write = await rpc('opportunities.update', {});
    expect(write.status).toBe(200);
    expect(write.headers['x-changed']).toBe('opportunity,stage_evidence');
    // The undo step it made (issue 15) travels beside it too.
    expect(write.headers['x-undo-step']).toBe('42;move;opportunity');
    expect(JSON.parse(write.body)).toEqual({ id: 'o1' });
    const read = await rpc('accounts.list', {});
    expect(read.headers['x-changed']).toBeUndefined();
    expect(read.headers['x-undo-step']).toBeUndefined();
  });

  it('passes the parsed input, and no input for an empty body', async () => {
    await rpc('accounts.list', { includeArchived: true });
    await rpc('accounts.list', undefined);
    expect(calls).toEqual([
      ['accounts.list', { includeArchived: true }],
      ['accounts.list', undefined],
    ]);
  });

  it.each([
    ['accounts.create', 400, 'invalid_input'],
    ['accounts.get', 404, 'not_found'],
    ['accounts.update', 409, 'conflict'],
    ['people.get', 500, 'internal'],
  ])('maps the router error of %s to HTTP %i', async (channel, status, code) => {
    const reply = await rpc(channel, {});
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toEqual({
      error: (answers[channel] as { error: unknown }).error,
    });
    expect(errorOf(reply).code).toBe(code);
  });

  it('keeps the issues of invalid input', async () => {
    const reply = await rpc('accounts.create', {});
    expect(JSON.parse(reply.body)).toMatchObject({
      error: { issues: [{ path: ['name'], code: 'required' }] },
    });
  });

  it('answers 500 without details when something unexpected throws', async () => {
    const reply = await rpc('people.list', {});
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({
      error: { code: 'internal', message: 'Something went wrong inside Deal Workbench.' },
    });
    expect(reply.body).not.toContain('secret');
    expect(internalErrors).toHaveLength(1);
  });

  it.each<[string, string | undefined]>([
    ['no header', undefined],
    ['an empty header', ''],
    ['a wrong token', 'Bearer wrong'],
    ['another scheme', 'Basic abc'],
    ['the token with a suffix', 'Bearer TOKENx'],
    ['the token without its last character', 'Bearer TOKEN-1'],
    ['the token with its last character changed', 'Bearer TOKEN~A'],
    ['the token with its last character made non-ASCII', 'Bearer TOKEN~é'],
  ])('answers 401 with %s, before anything else', async (_label, header) => {
    const last = host.token.at(-1) === 'A' ? 'B' : 'A';
    const authorization = header
      ?.replace('TOKEN-1', host.token.slice(0, -1))
      .replace('TOKEN~A', host.token.slice(0, -1) + last)
      .replace('TOKEN~', host.token.slice(0, -1))
      .replace('TOKEN', host.token);
    const base = { 'content-type': 'application/json' };
    for (const [method, pathname] of [
      ['POST', '/rpc/app.info'],
      ['POST', `/rpc/app.info?token=${host.token}`],
      ['POST', '/rpc/no.such'],
      ['GET', '/rpc/app.info'],
    ] as const) {
      const reply = await send({
        method,
        path: pathname,
        headers: authorization === undefined ? base : { ...base, authorization },
        body: '{}',
      });
      expect(reply.status).toBe(401);
      expect(errorOf(reply).code).toBe('unauthorized');
    }
    expect(calls).toEqual([]);
  });

  it('accepts the scheme name in any case', async () => {
    expect((await rpc('app.info', {}, { authorization: `bearer ${host.token}` })).status).toBe(200);
  });

  it('answers 404 for an unknown channel without calling the router', async () => {
    for (const channel of ['no.such', 'constructor', '__proto__', '']) {
      const reply = await rpc(channel, {});
      expect(reply.status).toBe(404);
      expect(errorOf(reply).code).toBe('not_found');
    }
    expect(calls).toEqual([]);
  });

  it('answers 405 to other methods', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const reply = await send({
        method,
        path: '/rpc/app.info',
        headers: { authorization: `Bearer ${host.token}` },
      });
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe('POST');
    }
    expect(calls).toEqual([]);
  });

  it('answers 400 to malformed JSON and to a body that is not declared JSON', async () => {
    const malformed = await send({
      method: 'POST',
      path: '/rpc/app.info',
      headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
      body: '{"oops":',
    });
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed).code).toBe('invalid_input');
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const reply = await send({
        method: 'POST',
        path: '/rpc/app.info',
        headers: {
          authorization: `Bearer ${host.token}`,
          ...(contentType ? { 'content-type': contentType } : {}),
        },
        body: '{}',
      });
      expect(reply.status).toBe(400);
      expect(errorOf(reply).code).toBe('invalid_input');
    }
    expect(
      (await rpc('app.info', {}, { 'content-type': 'application/json; charset=utf-8' })).status,
    ).toBe(200);
    expect(calls).toEqual([['app.info', {}]]);
  });

  it('accepts a body at the limit and answers 413 above it, declared or streamed', async () => {
    const atLimit = `{"x":"${'a'.repeat(1000 - 8)}"}`;
    expect(Buffer.byteLength(atLimit)).toBe(1000);
    expect((await rpc('app.info', JSON.parse(atLimit))).status).toBe(200);

    const declared = await rpc('app.info', { x: 'a'.repeat(1000) });
    expect(declared.status).toBe(413);
    expect(errorOf(declared).code).toBe('payload_too_large');

    const huge = await declareWithoutSending(host.port, host.token, 50 * 1024 * 1024);
    expect(huge.status).toBe(413);

    const streamed = await streamUntilRefused(host.port, host.token);
    expect(streamed.status).toBe(413);
    expect(streamed.headers.connection).toBe('close');
    expect(calls).toEqual([['app.info', JSON.parse(atLimit)]]);
  });
});

/** Declares a large body and sends none of it: the answer must not wait for the body. */
function declareWithoutSending(port: number, token: string, length: number): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/rpc/app.info',
        agent: false,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': String(length),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' }),
        );
        req.destroy();
      },
    );
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    req.flushHeaders();
  });
}

/** Sends a chunked body that never ends; the server must answer without waiting for it. */
function streamUntilRefused(port: number, token: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/rpc/app.info',
        agent: false,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'transfer-encoding': 'chunked',
        },
      },
      (res) => {
        clearInterval(timer);
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    // Writing after the server hung up may fail; the answer is what matters.
    req.on('error', (error) => (req.writableEnded ? undefined : reject(error)));
    const timer = setInterval(() => req.write('x'.repeat(400)), 5);
    req.on('close', () => clearInterval(timer));
  });
}

describe('Host and Origin checks', () => {
  it.each([
    ['a foreign Host', { host: 'evil.example' }],
    ['a rebinding Host with our port', { host: 'evil.example:PORT' }],
    ['another port', { host: '127.0.0.1:1' }],
    ['an IPv6 Host', { host: '[::1]:PORT' }],
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['the null Origin', { origin: 'null' }],
    ['our host over https', { origin: 'https://127.0.0.1:PORT' }],
    ['another origin of ours', { host: 'localhost:PORT', origin: 'http://127.0.0.1:PORT' }],
  ])('answers 403 to %s, before checking the token', async (_label, headers) => {
    const withPort = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v.replace('PORT', String(host.port))]),
    );
    const authorized = {
      authorization: `Bearer ${host.token}`,
      'content-type': 'application/json',
    };
    for (const call of [
      {
        method: 'POST',
        path: '/rpc/app.info',
        headers: { ...authorized, ...withPort },
        body: '{}',
      },
      { method: 'POST', path: '/rpc/app.info', headers: withPort, body: '{}' },
      { path: '/', headers: withPort },
      { path: '/assets/app-1a2b.js', headers: withPort },
    ]) {
      const reply = await send(call);
      expect(reply.status).toBe(403);
      expect(errorOf(reply).code).toBe('forbidden');
      expect(reply.body).not.toContain('Deal Workbench</title>');
    }
    expect(calls).toEqual([]);
  });

  it('accepts both names of the host, with or without its own Origin', async () => {
    const port = String(host.port);
    for (const headers of [
      { host: `127.0.0.1:${port}` } as Record<string, string>,
      { host: `localhost:${port}` },
      { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` },
      { host: `LocalHost:${port}`, origin: `http://localhost:${port}` },
    ]) {
      expect((await rpc('app.info', {}, headers)).status).toBe(200);
      expect((await send({ path: '/', headers })).status).toBe(200);
    }
  });
});

describe('static files', () => {
  it('serves index.html at / with the security headers, checked again on every load', async () => {
    const reply = await send({ path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends the security headers with RPC answers too', async () => {
    for (const reply of [await rpc('app.info', {}), await rpc('no.such', {})]) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('uses a strict policy', () => {
    for (const directive of [
      "default-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src|unsafe-eval|\*/);
  });

  it('serves assets with their content types', async () => {
    const js = await send({ path: '/assets/app-1a2b.js' });
    expect(js.status).toBe(200);
    expect(js.body).toBe('console.log(1)');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // No build hash in the name: the browser asks again each time.
    expect(js.headers['cache-control']).toBe('no-cache');
    expect((await send({ path: '/assets/app-1a2b.css' })).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('lets the browser keep hashed build assets for good, and nothing else', async () => {
    const hashed = await send({ path: '/assets/index-D0uk0q_j.js' });
    expect([hashed.status, hashed.body]).toEqual([200, 'console.log(2)']);
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const other of ['/favicon.svg', '/index.html', '/accounts/a1']) {
      const reply = await send({ path: other });
      expect([other, reply.status, reply.headers['cache-control']]).toEqual([
        other,
        200,
        'no-cache',
      ]);
    }
    // A missing hashed name is a 404, never a cached index.html.
    const missing = await send({ path: '/assets/gone-AAAAAAAA.js' });
    expect([missing.status, missing.headers['cache-control']]).toEqual([404, undefined]);
    // RPC answers are never stored.
    expect((await rpc('app.info', {})).headers['cache-control']).toBe('no-store');
  });

  it('answers HEAD with the headers only', async () => {
    const reply = await send({ method: 'HEAD', path: '/assets/app-1a2b.js' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
    expect(reply.headers['content-length']).toBe(String('console.log(1)'.length));
  });

  it('falls back to index.html for client routes, not for missing files', async () => {
    for (const route of ['/accounts', '/accounts/42/people', '/assets']) {
      const reply = await send({ path: route });
      expect(reply.status).toBe(200);
      expect(reply.body).toBe(INDEX_HTML);
    }
    for (const missing of ['/favicon.ico', '/assets/gone.js', '/rpc']) {
      const reply = await send({ path: missing });
      expect(reply.status).toBe(404);
      expect(errorOf(reply).code).toBe('not_found');
    }
  });

  it('never serves a file outside the static dir', async () => {
    for (const attack of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00/../secret.txt',
      '/link.txt',
      `/${'%2e%2e%2f'.repeat(8)}etc/passwd`,
      '/%E0%A4%A',
    ]) {
      const reply = await send({ path: attack });
      expect(reply.status, attack).toBe(404);
      expect(reply.body).not.toContain(SECRET);
    }
  });

  it('answers 405 to other methods on static paths', async () => {
    const reply = await send({ method: 'POST', path: '/', body: '{}' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});

describe('a client that leaves mid-request', () => {
  /** A host whose router takes `delayMs`, reporting departures and internal errors. */
  async function hostWithLog(delayMs: number) {
    const gone: string[] = [];
    const internal: unknown[] = [];
    const dispatched: string[] = [];
    const leaving = await startBrowserHost({
      router: {
        async dispatch(channel) {
          dispatched.push(channel);
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          return { ok: true, data: [], changed: [] };
        },
      },
      staticDir,
      port: 0,
      onInternalError: (error) => internal.push(error),
      onClientGone: (what) => gone.push(what),
    });
    return { host: leaving, gone, internal, dispatched };
  }

  /** Sends `raw` on a bare socket and cuts the connection after `afterMs`. */
  function sendAndLeave(port: number, raw: string, afterMs: number): Promise<void> {
    return new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(raw);
        setTimeout(() => socket.destroy(), afterMs);
      });
      socket.on('close', () => resolve());
      socket.on('error', () => undefined);
    });
  }

  const head = (port: number, token: string, length: number) =>
    `POST /rpc/accounts.list?x=1 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
    `Authorization: Bearer ${token}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${length}\r\n\r\n`;

  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('reports one line, not an internal error, when the body stops half-way', async () => {
    const { host: leaving, gone, internal, dispatched } = await hostWithLog(0);
    try {
      await sendAndLeave(leaving.port, head(leaving.port, leaving.token, 100) + '{"a":', 50);
      await settle();
      expect(gone).toEqual(['POST /rpc/accounts.list']);
      expect(internal).toEqual([]);
      expect(dispatched).toEqual([]);
    } finally {
      await leaving.close();
    }
  });

  it('reports one line when the client leaves while its call runs', async () => {
    const { host: leaving, gone, internal, dispatched } = await hostWithLog(200);
    try {
      await sendAndLeave(leaving.port, head(leaving.port, leaving.token, 2) + '{}', 50);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(dispatched).toEqual(['accounts.list']);
      expect(gone).toEqual(['POST /rpc/accounts.list']);
      expect(internal).toEqual([]);
    } finally {
      await leaving.close();
    }
  });

  it('reports nothing for a request answered in full', async () => {
    const { host: leaving, gone } = await hostWithLog(0);
    try {
      const reply = await send({ path: '/' }, leaving.port);
      expect(reply.status).toBe(200);
      await settle();
      expect(gone).toEqual([]);
    } finally {
      await leaving.close();
    }
  });
});

describe('close', () => {
  it('stops accepting connections, even with a kept-alive client', async () => {
    const own = await startBrowserHost({ router: fakeRouter, staticDir, port: 0 });
    const keptAlive = await new Promise<number>((resolve, reject) => {
      request(
        { host: '127.0.0.1', port: own.port, path: '/', headers: { connection: 'keep-alive' } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      )
        .on('error', reject)
        .end();
    });
    expect(keptAlive).toBe(200);
    const t0 = Date.now();
    await own.close();
    // Well under the grace period: idle kept-alive connections are dropped at once.
    expect(Date.now() - t0).toBeLessThan(1000);
    await expect(send({ path: '/' }, own.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
