// The explorer's read answers, kept as UTF-8 JSON until the graph changes. A hub's details or
// neighbourhood cost tens of milliseconds of Neo4j time each; the overview more. Asked again (another
// analyst, Back, a reload) they cost one version check: the graph's counts and its latest write
// (graphVersionQuery), read before the answer is computed, so an answer is never newer than the
// version it is kept under, and a write in between only costs one more computation.
// With `freshForMs` a version check is trusted that long: under load most answers then cost no Bolt
// round trip at all, and a write shows at most that much later (serve uses SERVE_FRESH_MS).
import type { Executor } from "../executor.ts";
import { graphVersionQuery } from "../queries/admin.ts";

/** Answers are kept encoded: a hub's 100-200 kB answer is then sent as it is, not encoded per request. */
export type ReadCache = (key: string, compute: () => Promise<unknown>) => Promise<Uint8Array<ArrayBuffer>>;

/** How long `serve` trusts a version check: a write elsewhere shows in the explorer within this. */
export const SERVE_FRESH_MS = 250;

/** At most `capacity` answers, the least recently asked dropped first. */
export function createReadCache(db: Executor, { capacity = 256, freshForMs = 0 } = {}): ReadCache {
  const entries = new Map<string, { version: string; json: Uint8Array<ArrayBuffer> }>();
  // The latest check's answer and when it started: it holds every write finished before then.
  let latest: { version: string; startedAt: number } | null = null;
  const read = async () => {
    const startedAt = performance.now();
    const version = String((await db.read(graphVersionQuery))[0]?.get("version") ?? "");
    if (!latest || startedAt > latest.startedAt) latest = { version, startedAt };
    return version;
  };
  // Requests arriving while a check runs share the next one: it starts after each of them arrived,
  // so none can miss a write that finished before it came, and 8 at once cost 2 checks, not 8.
  let running: Promise<string> | null = null;
  let next: Promise<string> | null = null;
  const currentVersion = (): Promise<string> => {
    if (latest && performance.now() - latest.startedAt <= freshForMs) return Promise.resolve(latest.version);
    if (!running) return (running = read().finally(() => (running = null)));
    return (next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return currentVersion();
      }));
  };
  return async (key, compute) => {
    const version = await currentVersion();
    const hit = entries.get(key);
    entries.delete(key);
    if (hit?.version === version) {
      entries.set(key, hit); // most recent last
      return hit.json;
    }
    const json = new TextEncoder().encode(JSON.stringify(await compute()));
    entries.set(key, { version, json });
    if (entries.size > capacity) entries.delete(entries.keys().next().value!);
    return json;
  };
}
