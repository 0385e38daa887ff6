// Starts a real Neo4j through the Java launcher (no mocks). Own home and port (7699, or a free one
// when something else holds it), so it never touches the server other tests or a developer use.
import { existsSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import { join, resolve } from "node:path";
import { randomUUID } from "node:crypto";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { testBoltPort } from "../test-support/test-port.ts";
import { localNeo4jConnection, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "./local-neo4j.ts";

const home = ".neo4j-test-launcher";
const opts = { home, boltPort: await testBoltPort(home, 7699) };
const bolt = `bolt://127.0.0.1:${opts.boltPort}`;

async function query(cypher: string, params: Record<string, unknown>, auth: { user: string; password: string }) {
  const driver = neo4j.driver(bolt, neo4j.auth.basic(auth.user, auth.password));
  try {
    return (await driver.executeQuery(cypher, params)).records;
  } finally {
    await driver.close();
  }
}

/** Resolves true when something accepts TCP connections on the port. */
function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.once("connect", () => done(true)).once("error", () => done(false));
    socket.setTimeout(2_000, () => done(false));
  });
}

describe("local Neo4j launcher", { timeout: 180_000 }, () => {
  afterAll(() => stopLocalNeo4j(opts), 90_000);

  it("starts one JVM even when two callers start at once, and answers Cypher", async () => {
    await stopLocalNeo4j(opts); // a server left by an interrupted run would make this a warm start
    const [a, b] = await Promise.all([startLocalNeo4j(opts), startLocalNeo4j(opts)]);
    expect(a.pid).toBe(b.pid);
    expect([a.alreadyRunning, b.alreadyRunning].sort()).toEqual([false, true]);
    expect(a.uri).toBe(bolt);
    console.log(`cold start: ${(a.alreadyRunning ? b : a).startupMs} ms to Bolt-ready`);

    const records = await query("RETURN 1 AS one", {}, a);
    expect(records[0]?.get("one").toNumber()).toBe(1);
  });

  it("rejects a wrong password, and the default one", async () => {
    for (const password of ["wrong-password", "neo4j"]) {
      await expect(query("RETURN 1", {}, { user: "neo4j", password })).rejects.toMatchObject({
        code: "Neo.ClientError.Security.Unauthorized",
      });
    }
  });

  it("reuses the running server", async () => {
    const first = await localNeo4jStatus(opts);
    const again = await startLocalNeo4j(opts);
    expect(again.alreadyRunning).toBe(true);
    expect(again.pid).toBe(first.pid);
    console.log(`warm start (already running): ${again.startupMs} ms`);
  });

  it("writes and reads back", async () => {
    const conn = await localNeo4jConnection(opts);
    const id = randomUUID();
    await query("CREATE (n:T {id: $id}) RETURN n", { id }, conn);
    const records = await query("MATCH (n:T {id: $id}) RETURN n.id AS id", { id }, conn);
    expect(records.map((r) => r.get("id"))).toEqual([id]);
    await query("MATCH (n:T {id: $id}) DELETE n", { id }, conn);
  });

  it("reports running, then stops and closes the port", async () => {
    const status = await localNeo4jStatus(opts);
    expect(status).toMatchObject({ running: true, uri: bolt });
    expect(status.pid).toBeGreaterThan(0);

    expect(await stopLocalNeo4j(opts)).toEqual({ stopped: true });
    expect(await localNeo4jStatus(opts)).toEqual({ running: false });
    expect(await portOpen(opts.boltPort)).toBe(false);
    expect(await stopLocalNeo4j(opts)).toEqual({ stopped: false });
  });

  it("starts from the class archive its first clean stop wrote, and answers as before", async () => {
    // The test before stopped it cleanly: the archive of its classes is in place, whole.
    const archive = join(home, "classes.jsa");
    expect(statSync(archive).size).toBeGreaterThan(10_000_000);
    expect(existsSync(join(home, "classes.jsa.new"))).toBe(false);
    const conn = await startLocalNeo4j(opts);
    if (existsSync("/proc/self"))
      expect(readFileSync(`/proc/${conn.pid}/cmdline`, "utf8")).toContain(`-XX:SharedArchiveFile=${resolve(archive)}`);
    console.log(`start from the class archive: ${conn.startupMs} ms to Bolt-ready`);
    const records = await query("RETURN 1 AS one", {}, conn);
    expect(records[0]?.get("one").toNumber()).toBe(1);
  });
});
