import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, type Bridge } from '../../shared/bridge.ts';
import { call, invoke } from './invoke.ts';
import { RpcError } from './RpcError.ts';
import { sessionToken } from './sessionToken.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<RpcError> {
  const error = await promise.then(
    () => new Error('expected the call to fail'),
    (e: unknown) => e,
  );
  if (!(error instanceof RpcError)) throw error;
  return error;
}

describe('invoke over HTTP', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    window.sessionStorage.clear();
    window.location.hash = '#token=s3cret%2Btoken';
    sessionToken.capture();
    window.location.hash = '#/accounts';
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('posts the input with the session token and returns the output', async () => {
    fetchMock.mockResolvedValue(json(200, { locale: 'zh-CN' }));
    await expect(invoke('settings.get', {})).resolves.toEqual({ locale: 'zh-CN' });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('rpc/settings.get');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer s3cret+token');
    expect(init?.body).toBe('{}');
  });

  it("reads what a write changed from the answer's X-Changed header, skipping unknown names", async () => {
    fetchMock.mockResolvedValue(
      new Response('{"id":"o1"}', {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'X-Changed': 'opportunity,bogus,activity' },
      }),
    );
    await expect(call('opportunities.update', { id: 'o1', version: 1 })).resolves.toEqual({
      data: { id: 'o1' },
      changed: ['opportunity', 'activity'],
    });
    fetchMock.mockResolvedValue(json(200, []));
    await expect(call('accounts.list', {})).resolves.toEqual({ data: [], changed: [] });
  });

  it('reads the undo step a write made from the X-Undo-Step header, ignoring a malformed one', async () => {
    const answer = (step: string) =>
      new Response('{"id":"a1"}', {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'X-Undo-Step': step },
      });
    fetchMock.mockResolvedValue(answer('12;archive;account'));
    await expect(
      call('accounts.archive', { id: 'a1', version: 1, archived: true }),
    ).resolves.toEqual({
      data: { id: 'a1' },
      changed: [],
      step: { id: 12, action: 'archive', entity: 'account' },
    });
    fetchMock.mockResolvedValue(answer('x;archive;nothing'));
    const { step } = await call('accounts.archive', { id: 'a1', version: 1, archived: true });
    expect(step).toBeUndefined();
  });

  it('keeps the token for a reload after the fragment has become a route', () => {
    expect(window.location.hash).toBe('#/accounts');
    expect(sessionToken.get()).toBe('s3cret+token');
  });

  it('throws the server error with its code, message and issues', async () => {
    const issues = [{ path: ['name'], code: 'required', message: 'This field is required.' }];
    fetchMock.mockResolvedValue(
      json(400, { error: { code: 'invalid_input', message: 'The input is not valid.', issues } }),
    );
    const error = await failure(invoke('accounts.create', { name: '' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('The input is not valid.');
    expect(error.issues).toEqual(issues);
  });

  it('reads the status when the answer has no error body', async () => {
    fetchMock.mockResolvedValue(new Response('nope', { status: 401 }));
    expect((await failure(invoke('accounts.list', {}))).code).toBe('unauthorized');
    fetchMock.mockResolvedValue(new Response('<html>bad gateway</html>', { status: 502 }));
    expect((await failure(invoke('accounts.list', {}))).code).toBe('internal');
  });

  it('never reads a storage failure from a bare status: those always come with a body', async () => {
    for (const status of [500, 503, 507, 423]) {
      fetchMock.mockResolvedValue(new Response('<html>oops</html>', { status }));
      expect((await failure(invoke('accounts.list', {}))).code).toBe('internal');
    }
    fetchMock.mockResolvedValue(
      json(507, { error: { code: 'disk_full', message: 'The disk is full.' } }),
    );
    expect((await failure(invoke('accounts.create', { name: 'A' }))).code).toBe('disk_full');
  });

  it('says unreachable when the server does not answer', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    expect((await failure(invoke('accounts.list', {}))).code).toBe('unreachable');
  });

  it('treats an unreadable success body as an internal error', async () => {
    fetchMock.mockResolvedValue(new Response('not json', { status: 200 }));
    expect((await failure(invoke('accounts.list', {}))).code).toBe('internal');
  });
});

describe('invoke over the Electron bridge', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, BRIDGE_KEY);
  });

  it('uses the bridge and unwraps its Result, never touching fetch', async () => {
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    const bridge: Bridge = {
      invoke: vi.fn(async (channel: string) =>
        channel === 'settings.get'
          ? { ok: true as const, data: { locale: 'en' } }
          : { ok: false as const, error: { code: 'conflict' as const, message: 'Stale version.' } },
      ),
    };
    Object.assign(window, { [BRIDGE_KEY]: bridge });

    await expect(invoke('settings.get', {})).resolves.toEqual({ locale: 'en' });
    const error = await failure(invoke('accounts.update', { id: 'a1', version: 1, name: 'X' }));
    expect(error.code).toBe('conflict');
    expect(error.issues).toEqual([]);
    expect(bridge.invoke).toHaveBeenCalledWith('accounts.update', {
      id: 'a1',
      version: 1,
      name: 'X',
    });
    expect(fetchMock).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it("carries what a write changed from the bridge's Result", async () => {
    const bridge: Bridge = {
      invoke: async () => ({ ok: true as const, data: { id: 'p1' }, changed: ['person' as const] }),
    };
    Object.assign(window, { [BRIDGE_KEY]: bridge });
    await expect(call('people.update', { id: 'p1', version: 1 })).resolves.toEqual({
      data: { id: 'p1' },
      changed: ['person'],
    });
  });
});
