// One browser session against the seeded explorer, shared by the tests of a file: the test Neo4j
// with the seeds, the API and viewer on a free port, Chromium on the explorer's first view.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import type { Server } from "../graph/api/serve.ts";
import type { Executor } from "../graph/executor.ts";
import { launchChromium, SCREENSHOTS } from "./browser.ts";
import { apiClient, openExplorer } from "./explorer-page.ts";
import { startSeededExplorer } from "./explorer-server.ts";

export type ExplorerSession = {
  db: Executor;
  server: Server;
  browser: Browser;
  page: Page;
  api: ReturnType<typeof apiClient>;
  close(): Promise<void>;
};

export async function openExplorerSession(opts: { acceptDownloads?: boolean } = {}): Promise<ExplorerSession> {
  const { db, server } = await startSeededExplorer();
  const browser = await launchChromium();
  const page = await browser.newPage({
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: opts.acceptDownloads ?? false,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await openExplorer(page, server.url);
  return {
    db,
    server,
    browser,
    page,
    api: apiClient(server.url),
    close: async () => {
      await browser.close();
      await server.close();
      await db.close();
    },
  };
}
