// The explorer behind its own token, in real Chromium: the server listens on every address with
// CLAIMGRAPH_TOKEN set, the browser reaches it by a non-loopback address where the machine has one,
// opens the URL `serve` prints (token in the fragment), and works; the token leaves the address bar
// at once; the API refuses calls without it. Also: a shared link's query waits for a click, and the
// security headers the explorer is served with.
import { networkInterfaces } from "node:os";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../app/ingest-paths.ts";
import { startServer, type Server } from "../graph/api/serve.ts";
import type { Executor } from "../graph/executor.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractor } from "../ingest/extract.ts";
import { openTestDb } from "../test-support/db.ts";
import { launchChromium } from "./browser.ts";
import { nodeCount, openExplorer } from "./explorer-page.ts";

const TOKEN = "tok-3f9a 7c&b";

/** An address of this machine other than loopback, when it has one. */
const outsideAddress = () =>
  Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal)?.address ?? "127.0.0.1";

let db: Executor;
let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  db = await openTestDb();
  await ingestPaths(db, ["seeds"], createExtractor(readCatalogue("seeds/entities.json")));
  server = await startServer({ db, host: "0.0.0.0", port: 0, token: TOKEN, viewerDir: resolve("dist/viewer") });
  base = `http://${outsideAddress()}:${new URL(server.url).port}/`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

describe("token mode", () => {
  it("runs the explorer from the URL with the token in its fragment, and drops it from the address", async () => {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    await openExplorer(page, `${base}#token=${encodeURIComponent(TOKEN)}`);
    await page.waitForFunction(() => window.__claimgraph!.nodeCount() > 0, null, { timeout: 30_000 });
    expect(await nodeCount(page)).toBeGreaterThan(0);
    expect(page.url()).not.toContain("token");
    expect(refused, "nothing the viewer needs is refused by its CSP").toEqual([]);
    // The tab keeps it: a reload without the fragment still works.
    await openExplorer(page, base);
    await page.waitForFunction(() => window.__claimgraph!.nodeCount() > 0, null, { timeout: 30_000 });
    await page.close();
  });

  it("shows the query a shared link carries, and runs it only when the user clicks Run query", async () => {
    const page = await browser.newPage();
    const query = "MATCH (e:Entity) RETURN e LIMIT 3";
    const hash = new URLSearchParams({ token: TOKEN, cypher: query }).toString();
    await openExplorer(page, `${base}#${hash}`);
    const console = page.locator("#cypher");
    await expect.poll(() => console.getByText("The link you opened carries this query").count()).toBe(1);
    expect(await console.getByRole("textbox", { name: "Cypher" }).inputValue()).toBe(query);
    expect(await page.evaluate(() => window.__claimgraph!.state().emphasis)).toBeNull();
    await console.getByRole("button", { name: "Run query" }).click();
    await expect.poll(() => page.evaluate(() => window.__claimgraph!.state().emphasis?.reason)).toBe("cypher");
    await page.close();
  });

  it("refuses API calls without the token, or with it in the query string", async () => {
    expect((await fetch(new URL("/api/stats", base))).status).toBe(401);
    expect((await fetch(new URL(`/api/stats?token=${encodeURIComponent(TOKEN)}`, base))).status).toBe(401);
    const ok = await fetch(new URL("/api/stats", base), { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
  });

  it("serves the explorer with a content security policy, no framing and no sniffing", async () => {
    const res = await fetch(base);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });
});
