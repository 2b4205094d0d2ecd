import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/server', 'apps/web'],
    // Server test files start real servers and databases; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
