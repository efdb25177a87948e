import { build } from 'vite';

// Build the renderer once, so the browser shells the tests start find it fresh and skip building.
export default async function globalSetup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
