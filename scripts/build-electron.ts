import { build, type BuildOptions } from 'esbuild';
import path from 'node:path';

/** Bundles the Electron shell: main and preload, each one CommonJS file in dist-electron/. */
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
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main.ts'],
      outfile: path.join(outDir, 'main.cjs'),
    }),
    build({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: path.join(outDir, 'preload.cjs'),
    }),
  ]);
}

if (import.meta.main) await buildElectron(path.resolve(import.meta.dirname, '..'));
