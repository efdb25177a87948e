import { resolve } from 'node:path';
import { build } from 'vite';

/** Where the tests' copy of the renderer is built, apart from dist/ so a developer's build cannot disturb a run. */
export const E2E_RENDERER_DIR = resolve('dist/e2e-renderer');

// Built once; the browser shells the tests start serve it as is.
export default async function globalSetup(): Promise<void> {
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir: E2E_RENDERER_DIR, emptyOutDir: true },
  });
}
