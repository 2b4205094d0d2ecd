import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    environment: 'node',
    globalSetup: ['./vitest.global-setup.mjs'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
