import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI and browser tests start processes; on a loaded 2-core machine that takes seconds
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
