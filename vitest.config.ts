import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Chromium and LibreOffice tests are heavy; two cores are all we have.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
