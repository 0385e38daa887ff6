// A console worker: runs the read-only queries the pool hands it, one at a time, over its own
// driver. Decoding a huge result happens here, so it can stall or exhaust only this thread.
import { parentPort, workerData } from "node:worker_threads";
import type { CypherRequest } from "./api-contract.ts";
import { CypherError, runReadOnlyCypher } from "./cypher.ts";
import { createExecutor, type ExecutorTarget } from "./executor.ts";
import type { z } from "zod";

export type WorkerJob = { request: z.output<typeof CypherRequest>; timeoutMs: number };
/** An error as data: `cypher` is the CypherError code; `code` is Neo4j's (or Node's) own. */
export type WorkerFailure = { message: string; cypher?: CypherError["code"]; code?: string };

const target = workerData as ExecutorTarget;
const db = createExecutor(
  target.uri,
  target,
  target.database,
  target.retryMs === undefined ? {} : { retryMs: target.retryMs },
);
const port = parentPort!;

port.on("message", async ({ request, timeoutMs }: WorkerJob) => {
  try {
    port.postMessage({ response: await runReadOnlyCypher(db, request, { timeoutMs }) });
  } catch (e) {
    const failure: WorkerFailure = {
      message: (e as Error)?.message ?? String(e),
      ...(e instanceof CypherError ? { cypher: e.code } : {}),
      ...(typeof (e as { code?: unknown })?.code === "string" ? { code: (e as { code: string }).code } : {}),
    };
    port.postMessage({ failure });
  }
});
port.postMessage({ ready: true }); // loaded: the pool's deadlines count from here, not from spawning
