import { defineConfig } from 'vitest/config';

export default defineConfig({
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
        },
      },
    ],
  },
});
