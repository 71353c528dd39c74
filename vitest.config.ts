import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // The integration test runs a real (small) Astro build.
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
