import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/http/securityHeaders.ts';

/**
 * The built page carries the CSP as a <meta> too, so it holds wherever the page is loaded from,
 * even without the shells' header. frame-ancestors works only as a header, so it is left out.
 */
export function cspMeta(): Plugin {
  const content = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The renderer is served from app://bundle/ (Electron) and from the browser shell's root, so all
// asset URLs are relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
