import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The import reader's worker bundle, in dist-electron/ beside main.cjs. */
export const IMPORT_WORKER_BUNDLE = 'importWorker.cjs';

/** The window's icon on Windows and Linux, copied beside main.cjs (build/ is not packaged). */
export const WINDOW_ICON = 'icon.png';

/**
 * Bundles the Electron shell: main, preload and the import-file reader's worker thread, each one
 * CommonJS file in dist-electron/, with the window's icon.
 */
export async function buildElectron(
  root: string,
  outDir = path.join(root, 'dist-electron'),
): Promise<void> {
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 45 ships Node 22.
    target: 'node22',
    // electron is provided by the runtime; better-sqlite3-multiple-ciphers loads its native binary from node_modules.
    external: ['electron', 'better-sqlite3-multiple-ciphers'],
    sourcemap: 'linked',
    logLevel: 'warning',
    absWorkingDir: root,
  };
  mkdirSync(outDir, { recursive: true });
  copyFileSync(path.join(root, 'build', 'icons', '512x512.png'), path.join(outDir, WINDOW_ICON));
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main.ts'],
      outfile: path.join(outDir, 'main.cjs'),
      // electron/import/importFiles.ts starts its worker from this file beside main.cjs; its
      // import.meta.url (for running from source) is the bundle's own in CommonJS.
      define: {
        IMPORT_WORKER_BUNDLE: JSON.stringify(IMPORT_WORKER_BUNDLE),
        'import.meta.url': 'import_meta_url',
      },
      banner: {
        js: '"use strict";const import_meta_url = require("node:url").pathToFileURL(__filename).href;',
      },
    }),
    build({
      ...common,
      entryPoints: ['electron/import/readWorker.ts'],
      outfile: path.join(outDir, IMPORT_WORKER_BUNDLE),
    }),
    build({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: path.join(outDir, 'preload.cjs'),
    }),
  ]);
}

if (import.meta.main) await buildElectron(path.resolve(import.meta.dirname, '..'));
