import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // JSX is compiled by Vite itself (automatic runtime, from tsconfig). Without React Fast Refresh,
  // an edit reloads the page in `vite dev`.
  resolve: {
    // Preact's React compatibility layer in place of react-dom (much smaller); types stay @types/react.
    alias: [
      { find: '@campus/domain', replacement: fromRoot('libs/domain/src/index.ts') },
      { find: '@campus/api-client', replacement: fromRoot('libs/api-client/src/index.ts') },
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
    ],
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    port: 4173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: fromRoot('dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
});
