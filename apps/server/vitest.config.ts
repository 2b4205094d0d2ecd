import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Each file starts real servers and databases; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
