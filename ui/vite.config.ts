import { defineConfig, type Plugin } from 'vitest/config';

// The policy the desktop window enforces (src-tauri/tauri.conf.json); the mock preview adds it as
// a meta tag so a plain browser refuses the same things the window would.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'";

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kintsugi-csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig(({ mode }) => ({
  plugins: mode === 'mock' ? [contentSecurityPolicy()] : [],
  clearScreen: false,
  server: { port: 1420, strictPort: true },
  envPrefix: ['VITE_', 'TAURI_ENV_'],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    // Inside dist so git ignores it, and emptied by every production build so it never ships.
    outDir: mode === 'mock' ? 'dist/mock' : 'dist',
    target: 'es2022',
    // The window's policy allows fonts from 'self' only, so nothing may be inlined as data: URLs.
    assetsInlineLimit: 0,
  },
  test: {
    // happy-dom starts in a tenth of jsdom's time, which across every test file is a minute of
    // each run; the few files that need jsdom's fidelity ask for it at their top.
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // A machine busy building Rust beside the tests can slow one to seconds; that is not a failure.
    testTimeout: 30_000,
    // A test reads the trust colours from their style sheet; other CSS stays out of the tests.
    css: { include: [/trust-scale\.css/] },
  },
}));
