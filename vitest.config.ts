import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Both cores (vitest's default leaves one idle: numCpus - 1): the unit files are CPU-bound and
    // independent, the end-to-end files two at a time; the PostgreSQL files run one at a time (one server).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts', 'test/cli/**/*.test.ts'],
          exclude: ['**/*.window.test.{ts,tsx}', '**/node_modules/**'],
          environment: 'node',
          setupFiles: ['test/setup/electron-mock.ts'],
          // One module graph per worker, not per file: these files mock no module and keep no global
          // state, and importing the core, its schemas and the locales again for each of ~100 files was
          // minutes of CI on 2 cores. The files that mock modules or set globals run isolated (project
          // isolated: electron/ and the renderer's *.window.test files, which give the store a window).
          isolate: false,
          // Tests fail on what they assert, not on a busy machine's speed: the property tests and the
          // first ESLint run take seconds on 2 shared cores (performance is measured by `npm run bench`).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'isolated',
          include: ['electron/**/*.test.ts', 'renderer/**/*.window.test.{ts,tsx}', 'test/unit/**/*.window.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup/electron-mock.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time (each its own Chromium, core and data folder): the sweep alone takes
          // minutes, and the other files fit beside it.
          fileParallelism: true,
        },
      },
      {
        // The PostgreSQL store against a throwaway server (test/pg/cluster.ts).
        test: {
          name: 'pg',
          include: ['test/pg/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/pg/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
