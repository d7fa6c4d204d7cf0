import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // End-to-end tests spawn the built CLI; a loaded CI machine can be slow to start node.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
