// The renderer's lint zones (eslint.config.js): each probe is an import the layering forbids and
// must fail lint; its clean counterpart must pass. The probe files do not exist: ESLint lints the
// text as if it lived at that path, and resolves its imports against the real tree.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies');
}

const probes = [
  {
    what: "a feature deep-importing another feature's file",
    filePath: 'renderer/features/accounts/__probe__.ts',
    forbidden: "export { PeoplePanel } from '../people/components/PeoplePanel.tsx';",
    clean: "export { PeoplePanel } from '../people/index.ts';",
  },
  {
    what: 'ui/ importing a feature',
    filePath: 'renderer/ui/__probe__.ts',
    forbidden: "export { accountQueries } from '../features/accounts/index.ts';",
    clean: "export { RpcError } from '../api/RpcError.ts';",
  },
  {
    what: 'a feature importing the app shell',
    filePath: 'renderer/features/accounts/components/__probe__.ts',
    forbidden: "export { Shell } from '../../../app/Shell.tsx';",
    clean: "export { navigate } from '../../../routes/navigate.ts';",
  },
  {
    what: "a page reaching past a feature's public face",
    filePath: 'renderer/pages/__probe__.ts',
    forbidden: "export { AccountsTable } from '../features/accounts/components/AccountsTable.tsx';",
    clean: "export { AccountsTable } from '../features/accounts/index.ts';",
  },
  {
    what: 'the routes module importing a feature',
    filePath: 'renderer/routes/__probe__.ts',
    forbidden: "export { accountQueries } from '../features/accounts/index.ts';",
    clean: "export { route } from './route.ts';",
  },
];

describe('renderer lint zones', () => {
  for (const probe of probes) {
    it(`rejects ${probe.what}, and passes its clean counterpart`, async () => {
      expect(await boundaryErrors(probe.filePath, probe.forbidden)).toHaveLength(1);
      expect(await boundaryErrors(probe.filePath, probe.clean)).toEqual([]);
    }, 60_000);
  }
});
