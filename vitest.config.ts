import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{ingest,graph,app,cli,viewer,e2e}/**/*.test.ts"],
    globalSetup: ["./test-support/global-setup.ts"],
    // Integration and browser tests share one Neo4j; running files one at a time keeps them from
    // wiping each other's data, and a 2-core machine gains little from parallel files anyway.
    fileParallelism: false,
    testTimeout: 60_000,
    // expect.poll waits for a condition; on a busy machine the browser may take more than the
    // default second to get there, and waiting longer costs nothing when it is quick.
    expect: { poll: { timeout: 20_000 } },
    hookTimeout: 180_000,
  },
});
