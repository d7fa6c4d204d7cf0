import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Test files share their worker's modules: p06's own modules are imported
    // once per worker rather than once per file, and so is the page with
    // Mermaid loaded (tests/helpers/render-mermaid.ts). No test changes a
    // module's state; the few that set TZ put it back.
    isolate: false,
    // Vitest's default is one worker fewer than the cores, which is one on a
    // two-core machine. Many tests wait on a child (git, Chromium, a spawned
    // p06), so every core gets a worker.
    maxWorkers: Math.max(2, availableParallelism()),
    // End-to-end tests spawn the built CLI; a loaded CI machine can be slow to start node.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
