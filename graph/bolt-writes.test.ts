// The driver's channel is wrapped (a driver release that moves it fails here, not silently in the
// figures), and a query whose parameters span thousands of Bolt chunks still arrives whole.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../test-support/db.ts";
import { corkBoltWrites } from "./bolt-writes.ts";
import type { Executor } from "./executor.ts";

let db: Executor;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

describe("corked Bolt writes", () => {
  it("are in place once an executor exists", () => {
    expect(corkBoltWrites()).toBe(true);
  });

  it("deliver a 3 MB parameter intact", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${i}:`.padEnd(1000, String.fromCharCode(97 + (i % 26))));
    const [r] = await db.read({
      query: "RETURN size($rows) AS n, reduce(total = 0, s IN $rows | total + size(s)) AS chars, $rows[2999] AS last",
      params: { rows },
      routing: "READ",
    });
    expect(Number(r!.get("n"))).toBe(3000);
    expect(Number(r!.get("chars"))).toBe(3_000_000);
    expect(r!.get("last")).toBe(rows[2999]);
  });
});
