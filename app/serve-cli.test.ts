// `claimgraph serve` as a user runs it: when it cannot listen it says why and exits non-zero at once,
// and without a built explorer the page says what to run instead of a bare 404.
import { execFile } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { join } from "node:path";
import { createApi } from "../graph/api/app.ts";
import { ensureViewerBuilt } from "./build-viewer.ts";
import { createExecutor } from "../graph/executor.ts";
import { openTestDb } from "../test-support/db.ts";

const cli = (args: string[], env: Record<string, string> = {}) => {
  const { uri, user, password } = inject("neo4j");
  return promisify(execFile)(process.execPath, ["bin/claimgraph.js", ...args], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, ...env },
    timeout: 60_000,
  }).then(
    (r) => ({ code: 0, stderr: r.stderr }),
    (e: { code?: number; stderr?: string; killed?: boolean }) => ({
      code: e.killed ? "killed" : e.code,
      stderr: e.stderr ?? "",
    }),
  );
};

describe("claimgraph serve", () => {
  it("exits non-zero with its reason when asked to listen beyond loopback without a token", async () => {
    const env: Record<string, string> = { CLAIMGRAPH_TOKEN: "" };
    const r = await cli(["serve", "--host", "0.0.0.0", "--port", "0"], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/CLAIMGRAPH_TOKEN/);
  });

  it("exits non-zero with its reason when the port is taken", async () => {
    const taken = createServer().listen(0, "127.0.0.1");
    await new Promise((done) => taken.once("listening", done));
    const port = (taken.address() as { port: number }).port;
    try {
      const r = await cli(["serve", "--port", String(port)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`cannot listen on 127.0.0.1:${port}`));
    } finally {
      taken.close();
    }
  });

  it("answers 503 within 2 s, saying to start Neo4j, when Neo4j is not there", async () => {
    const nobody = createServer().listen(0, "127.0.0.1");
    await new Promise((done) => nobody.once("listening", done));
    const port = (nobody.address() as { port: number }).port;
    await new Promise((done) => nobody.close(done)); // a port where nothing listens now
    const db = createExecutor(`bolt://127.0.0.1:${port}`, { user: "neo4j", password: "x" }, undefined, {
      retryMs: 0,
    });
    try {
      const app = createApi({ db });
      const started = performance.now();
      const res = await app.request("/api/stats", { headers: { host: "127.0.0.1" } });
      const ms = performance.now() - started;
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        code: "neo4j-unavailable",
        error: expect.stringMatching(/neo4j start/),
      });
      expect(ms).toBeLessThan(2_000);
    } finally {
      await db.close();
    }
  });

  it("builds the explorer on the first serve when it is not built", async () => {
    const viewerDir = join(mkdtempSync(join(tmpdir(), "viewer-")), "viewer");
    const lines: string[] = [];
    expect(await ensureViewerBuilt(process.cwd(), viewerDir, (l) => lines.push(l))).toBe(true);
    expect(lines.join("\n")).toMatch(/building the explorer/);
    const db = await openTestDb();
    try {
      const res = await createApi({ db, viewerDir }).request("/", { headers: { host: "127.0.0.1" } });
      expect([res.status, await res.text()]).toEqual([200, expect.stringContaining('<main id="graph"')]);
    } finally {
      await db.close();
    }
  });

  it("answers the explorer's pages with what to run when the viewer is not built", async () => {
    const db = await openTestDb();
    try {
      const app = createApi({ db, viewerDir: mkdtempSync(`${tmpdir()}/no-viewer-`) });
      const res = await app.request("/", { headers: { host: "127.0.0.1" } });
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/not built yet.*npm run build/);
      expect((await app.request("/api/stats", { headers: { host: "127.0.0.1" } })).status).toBe(200);
    } finally {
      await db.close();
    }
  });
});
