// The console's worker pool against the real test Neo4j: answers as the in-thread runner does, and
// a query past its deadline or its heap ends its worker, not the server, and the next one runs.
import { afterEach, describe, expect, inject, it } from "vitest";
import { CypherError } from "./cypher.ts";
import { createCypherPool, type CypherPool, type CypherPoolOptions } from "./cypher-pool.ts";
import { isUnreachable } from "./executor.ts";

const { uri, user, password } = inject("neo4j");
let pool: CypherPool | undefined;
afterEach(() => pool?.close());

const open = (opts: CypherPoolOptions = {}, where = uri) =>
  (pool = createCypherPool({ uri: where, user, password, retryMs: 0 }, opts));
const ask = (query: string, limit = 100) => pool!.run({ query, params: {}, limit });
const failure = (query: string) =>
  ask(query).then(
    () => undefined,
    (e: Error & { code?: string }) => e,
  );

describe("createCypherPool", () => {
  it("answers a query, and a refusal keeps its code and message", async () => {
    open();
    expect(await ask("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x")).toMatchObject({
      columns: ["x"],
      rows: [[1], [2], [3]],
    });
    const refused = await failure("CREATE (n) RETURN n");
    expect(refused).toBeInstanceOf(CypherError);
    expect(refused).toMatchObject({ code: "write-refused", message: expect.stringMatching(/read-only/) });
  });

  it("stops a query whose result takes longer than the deadline to bring back, then runs the next one", async () => {
    open({ timeoutMs: 200 });
    // Neo4j builds this list in a moment; decoding 20 MB in one value takes the driver seconds.
    const slow = await failure("RETURN range(1, 4000000) AS r");
    expect(slow).toMatchObject({ code: "timeout", message: expect.stringMatching(/ran longer than 0.2 s, counting/) });
    expect(await ask("RETURN 1 AS one")).toMatchObject({ rows: [[1]] });
  });

  it("refuses a result larger than a worker's heap as too large, then runs the next one", async () => {
    open({ heapMb: 64 });
    const big = await failure("RETURN range(1, 3000000) AS r");
    expect(big).toMatchObject({ code: "too-large" });
    expect(await ask("RETURN 2 AS two")).toMatchObject({ rows: [[2]] });
  });

  it("answers busy when every worker is taken and the queue is full", async () => {
    open({ workers: 1, queue: 0, timeoutMs: 2_000 });
    await ask("RETURN 0"); // the one worker has loaded and is idle
    const long = ask("UNWIND range(1, 100000000) AS i WITH i WHERE i < 0 RETURN i").catch((e: Error) => e);
    await new Promise(setImmediate); // the long query has taken the worker
    expect(await failure("RETURN 1")).toMatchObject({ code: "busy" });
    expect(await long).toMatchObject({ code: "timeout" });
  });

  it("passes on that Neo4j is unreachable, so the API can say to start it", async () => {
    open({}, "bolt://127.0.0.1:1");
    const down = await failure("RETURN 1");
    expect(down).not.toBeInstanceOf(CypherError);
    expect(isUnreachable(down)).toBe(true);
  });
});
