import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from file:// (Electron) and from the browser shell's root, so all
// asset URLs are relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
