import { realpathSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `?url` imports (elkjs) are served from node_modules, also where it is a link to elsewhere.
  server: { fs: { allow: ['.', realpathSync('node_modules')] } },
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'dom',
          // One module graph per worker: Mantine and the app load once, not once per file
          // (dom project ~4× faster). domSetup.tsx resets what a file may leave behind.
          isolate: false,
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/test/domSetup.tsx'],
          // A screen test drives a whole feature through jsdom: 1–3 s alone, past 5 s when the
          // machine is busy. A hang still fails, after 15 s.
          testTimeout: 15_000,
        },
      },
    ],
  },
});
