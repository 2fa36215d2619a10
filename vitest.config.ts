import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The example imports the client by its package name; its tests run the client's sources.
  resolve: {
    alias: {
      '@whistle-dispatch/client': fileURLToPath(new URL('clients/typescript/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/contract/**/*.test.ts',
      'clients/typescript/test/**/*.test.ts',
      'examples/unit-branch-bot/test/**/*.test.ts',
    ],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
  },
});
