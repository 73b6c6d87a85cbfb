import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian Chromium driven by playwright-core (see test/helpers/browser.ts).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
