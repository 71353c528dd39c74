import { defineConfig } from 'vitest/config';

// Browser tests against an already-built site (env E2E_DIST, default dist/). One browser per file, files in
// sequence: each test owns a chromium and a server, and parallel chromiums only make timing flaky.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
