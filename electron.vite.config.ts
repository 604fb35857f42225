import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Folders fixed by the design card: electron/{main,preload,core}, renderer/, shared/.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Node libraries stay external and load from node_modules — except `hyphen`, whose
      // pattern files are directory imports ('hyphen/de') that Node's ESM loader refuses.
      externalizeDeps: { exclude: ['hyphen'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          cli: resolve(__dirname, 'electron/cli.ts'),
          // Export render worker (worker_threads): found at run time by electron/core/export/resources.ts.
          'export-worker': resolve(__dirname, 'electron/core/export/worker.ts'),
          // Import parse worker: the same resolver finds it (importWorkerEntry).
          'import-worker': resolve(__dirname, 'electron/core/import/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        // The phone page (participant mode) is its own tiny entry with fixed names, served by
        // the phone server from out/renderer/p/ only; it shares no chunk with the facilitator UI.
        input: { index: resolve(__dirname, 'renderer/index.html'), phone: resolve(__dirname, 'renderer/phone/main.ts') },
        output: {
          entryFileNames: (c) => (c.name === 'phone' ? 'p/app.js' : 'assets/[name]-[hash].js'),
          assetFileNames: (a) => ((a.names ?? []).some((n) => n === 'phone.css') ? 'p/app.css' : 'assets/[name]-[hash][extname]'),
        },
      },
    },
  },
});
