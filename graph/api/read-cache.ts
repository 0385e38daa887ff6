// The explorer's read answers, kept as JSON text until the graph changes. A hub's details or
// neighbourhood cost tens of milliseconds of Neo4j time each; the overview more. Asked again (another
// analyst, Back, a reload) they cost one version check: the graph's counts and its latest write
// (graphVersionQuery), read before the answer is computed, so an answer is never newer than the
// version it is kept under, and a write in between only costs one more computation.
import type { Executor } from "../executor.ts";
import { graphVersionQuery } from "../queries/admin.ts";

export type ReadCache = (key: string, compute: () => Promise<unknown>) => Promise<string>;

/** At most `capacity` answers, the least recently asked dropped first. */
export function createReadCache(db: Executor, capacity = 256): ReadCache {
  const entries = new Map<string, { version: string; json: string }>();
  const read = async () => String((await db.read(graphVersionQuery))[0]?.get("version") ?? "");
  // Requests arriving while a check runs share the next one: it starts after each of them arrived,
  // so none can miss a write that finished before it came, and 8 at once cost 2 checks, not 8.
  let running: Promise<string> | null = null;
  let next: Promise<string> | null = null;
  const currentVersion = (): Promise<string> => {
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
    const json = JSON.stringify(await compute());
    entries.set(key, { version, json });
    if (entries.size > capacity) entries.delete(entries.keys().next().value!);
    return json;
  };
}
