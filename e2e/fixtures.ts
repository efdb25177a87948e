import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_NOW } from './clock.ts';
import { startShell, tempDbPath, type Shell } from './shell.ts';

type Lang = 'en' | 'zh-CN';

export type Workbench = {
  shell: Shell;
  dbPath: string;
  /**
   * Stops the browser shell and starts a new one on the same workspace file (with the passphrase
   * of an encrypted one), then reopens the page.
   */
  restart(options?: { passphrase?: string }): Promise<void>;
  /** Calls a channel over HTTP with the launch token, as the renderer does. */
  rpc<T = unknown>(channel: string, input?: unknown): Promise<T>;
};

/**
 * Each test gets its own workspace file and browser shell; `lang` is the system language it sees.
 * Page and shell run on the e2e clock (clock.ts): both start at E2E_NOW and run on.
 */
export const test = base.extend<{ lang: Lang; workbench: Workbench }>({
  lang: ['en', { option: true }],
  // Automatic, so every test starts on the opened app even when it never names `workbench`.
  workbench: [
    async ({ page, request, lang }, use) => {
      const dbPath = tempDbPath();
      // Time runs on from E2E_NOW at the real pace in the page; a restarted shell picks up there.
      const started = Date.now();
      const clockNow = () => new Date(Date.parse(E2E_NOW) + Date.now() - started).toISOString();
      await page.clock.install({ time: E2E_NOW });
      let shell = await startShell({ dbPath, lang, now: clockNow() });
      await open(page, shell);
      const workbench: Workbench = {
        get shell() {
          return shell;
        },
        dbPath,
        async restart(options = {}) {
          expect(await shell.stop()).toBe(0);
          shell = await startShell({ dbPath, lang, now: clockNow(), ...options });
          await open(page, shell);
        },
        rpc: (channel, input) => rpc(request, shell, channel, input),
      };
      await use(workbench);
      await shell.stop();
      rmSync(dirname(dbPath), { recursive: true, force: true });
    },
    { auto: true },
  ],
});

export { expect };

async function open(page: Page, shell: Shell): Promise<void> {
  await page.goto(shell.url);
}

async function rpc<T>(
  request: APIRequestContext,
  shell: Shell,
  channel: string,
  input: unknown,
): Promise<T> {
  const response = await request.post(`${shell.origin}/rpc/${channel}`, {
    headers: { Authorization: `Bearer ${shell.token}`, 'Content-Type': 'application/json' },
    data: input ?? {},
  });
  const body = (await response.json()) as T;
  if (!response.ok()) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  return body;
}
