// The runtime layers are enforced by lint (and by the per-runtime tsconfigs): each probe below is
// an import or global a layer must refuse, linted as if it were a file at `path`. Each has a clean
// counterpart in the same place, so a rule that refuses everything fails too.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

type Probe = {
  path: string;
  code: string;
  rule: 'no-restricted-imports' | 'no-restricted-globals';
};

const probes: Record<string, Probe> = {
  'shared imports better-sqlite3-multiple-ciphers': {
    path: 'shared/__probe__.ts',
    code: "import Database from 'better-sqlite3-multiple-ciphers';\nexport { Database };",
    rule: 'no-restricted-imports',
  },
  'shared imports i18next': {
    path: 'shared/__probe__.ts',
    code: "import i18next from 'i18next';\nexport { i18next };",
    rule: 'no-restricted-imports',
  },
  'shared imports a Node built-in': {
    path: 'shared/__probe__.ts',
    code: "import { readFileSync } from 'node:fs';\nexport { readFileSync };",
    rule: 'no-restricted-imports',
  },
  'shared imports electron/': {
    path: 'shared/__probe__.ts',
    code: "import { notFound } from '../electron/services/common.ts';\nexport { notFound };",
    rule: 'no-restricted-imports',
  },
  'shared imports renderer/ from a subfolder': {
    path: 'shared/deep/__probe__.ts',
    code: "import { i18n } from '../../renderer/i18n/i18n.ts';\nexport { i18n };",
    rule: 'no-restricted-imports',
  },
  'shared uses document': {
    path: 'shared/__probe__.ts',
    code: 'export const title = () => document.title;',
    rule: 'no-restricted-globals',
  },
  'shared uses process': {
    path: 'shared/__probe__.ts',
    code: 'export const zone = () => process.env.TZ;',
    rule: 'no-restricted-globals',
  },
  'electron/store imports electron/main': {
    path: 'electron/store/__probe__.ts',
    code: "import { start } from '../main.ts';\nexport { start };",
    rule: 'no-restricted-imports',
  },
  'electron/store imports a service': {
    path: 'electron/store/repositories/__probe__.ts',
    code: "import { createServices } from '../../services/index.ts';\nexport { createServices };",
    rule: 'no-restricted-imports',
  },
  'electron/store imports the workspace session': {
    path: 'electron/store/__probe__.ts',
    code: "import { openWorkspace } from '../workspace.ts';\nexport { openWorkspace };",
    rule: 'no-restricted-imports',
  },
  'electron/services imports ../../renderer/…': {
    path: 'electron/services/__probe__.ts',
    code: "import { i18n } from '../../renderer/i18n/i18n.ts';\nexport { i18n };",
    rule: 'no-restricted-imports',
  },
  'electron/services imports the IPC transport': {
    path: 'electron/services/__probe__.ts',
    code: "import { registerIpc } from '../ipc.ts';\nexport { registerIpc };",
    rule: 'no-restricted-imports',
  },
  'electron/services imports the HTTP transport': {
    path: 'electron/services/__probe__.ts',
    code: "import { createBrowserHost } from '../http/browserHost.ts';\nexport { createBrowserHost };",
    rule: 'no-restricted-imports',
  },
  'electron/services imports serve.ts': {
    path: 'electron/services/__probe__.ts',
    code: "import { serve } from '../serve.ts';\nexport { serve };",
    rule: 'no-restricted-imports',
  },
  'electron/services imports electron': {
    path: 'electron/services/__probe__.ts',
    code: "import { app } from 'electron';\nexport { app };",
    rule: 'no-restricted-imports',
  },
  'electron/demo imports renderer/ three levels up': {
    path: 'electron/demo/deep/__probe__.ts',
    code: "import { en } from '../../../renderer/i18n/en.ts';\nexport { en };",
    rule: 'no-restricted-imports',
  },
  'renderer imports electron/ deep inside a feature': {
    path: 'renderer/features/accounts/api/__probe__.ts',
    code: "import { createRouter } from '../../../../electron/router.ts';\nexport { createRouter };",
    rule: 'no-restricted-imports',
  },
  'renderer imports electron/store': {
    path: 'renderer/api/__probe__.ts',
    code: "import { openStore } from '../../electron/store/connection.ts';\nexport { openStore };",
    rule: 'no-restricted-imports',
  },
  'renderer imports a Node built-in': {
    path: 'renderer/ui/__probe__.ts',
    code: "import { EventEmitter } from 'events';\nexport { EventEmitter };",
    rule: 'no-restricted-imports',
  },
  'renderer imports better-sqlite3-multiple-ciphers': {
    path: 'renderer/ui/__probe__.ts',
    code: "import Database from 'better-sqlite3-multiple-ciphers';\nexport { Database };",
    rule: 'no-restricted-imports',
  },
};

// What each layer may do instead, in the same places.
const clean: Record<string, Omit<Probe, 'rule'>> = {
  'shared imports zod and shared files': {
    path: 'shared/deep/__probe__.ts',
    code: "import { z } from 'zod';\nimport { localDay } from '../localDate.ts';\nexport { z, localDay };",
  },
  'shared uses ECMAScript globals': {
    path: 'shared/__probe__.ts',
    code: 'export const today = () => new Date().getTime() + Math.round(Number("1"));',
  },
  'electron/store imports the contract and its own files': {
    path: 'electron/store/repositories/__probe__.ts',
    code: "import type Database from 'better-sqlite3-multiple-ciphers';\nimport { openStore } from '../connection.ts';\nimport { localDay } from '../../../shared/localDate.ts';\nexport type { Database };\nexport { openStore, localDay };",
  },
  'electron/services import the store and Node': {
    path: 'electron/services/__probe__.ts',
    code: "import { readFileSync } from 'node:fs';\nimport { createAccountsRepo } from '../store/repositories/accounts.ts';\nexport { readFileSync, createAccountsRepo };",
  },
  'electron/main.ts imports electron and the services': {
    path: 'electron/main.ts',
    code: "import { app } from 'electron';\nimport { createServices } from './services/index.ts';\nexport { app, createServices };",
  },
  'renderer imports shared/': {
    path: 'renderer/features/accounts/api/__probe__.ts',
    code: "import { localDay } from '../../../../shared/localDate.ts';\nexport { localDay };",
  },
};

let eslint: ESLint;
// Loading eslint.config.js and its plugins takes seconds on a busy machine: once, outside the tests.
beforeAll(async () => {
  eslint = new ESLint();
  await eslint.calculateConfigForFile('shared/__probe__.ts');
}, 60_000);

async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.severity === 2)
    .map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('lint refuses imports and globals against the runtime layers', () => {
  it.each(Object.entries(probes))('%s', async (_name, { path, code, rule }) => {
    const errors = await layerErrors(path, code);
    expect(errors.some((e) => e.startsWith(`${rule}: `))).toBe(true);
  });
});

describe('lint lets each layer use what it may', () => {
  it.each(Object.entries(clean))('%s', async (_name, { path, code }) => {
    expect(await layerErrors(path, code)).toEqual([]);
  });
});
