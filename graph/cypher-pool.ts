// Console queries run in worker threads, not in the server's own thread. One huge value (RETURN
// range(1, 100000000)) is decoded by the driver in one piece after it has arrived, whatever row
// and value caps say; in the server's thread that froze every request for minutes and could
// exhaust its memory. A worker has a deadline and a heap limit: past either it is terminated,
// which also closes its connection so Neo4j stops sending, and the query answers a clear error.
import { Worker } from "node:worker_threads";
import type { z } from "zod";
import type { CypherRequest, CypherResponse } from "./api-contract.ts";
import { CYPHER_TIMEOUT_MS, CypherError } from "./cypher.ts";
import type { WorkerFailure, WorkerJob } from "./cypher-worker.ts";
import type { ExecutorTarget } from "./executor.ts";

export type CypherPool = {
  run(request: z.output<typeof CypherRequest>): Promise<CypherResponse>;
  /** Terminates every worker; queries still waiting are refused. */
  close(): Promise<void>;
};

export type CypherPoolOptions = {
  /** How long a query may run in Neo4j; the worker gets GRACE_MS more to bring its result back. */
  timeoutMs?: number;
  /** Queries that run at once; each has its own worker and connection. */
  workers?: number;
  /** Queries that may wait for a worker; past that the console answers that it is busy. */
  queue?: number;
  /** A worker's heap; a result that needs more is refused as too large. */
  heapMb?: number;
};

const GRACE_MS = 1_500;
const WORKER_URL = new URL("./cypher-worker.js", import.meta.url);

const tooLong = (timeoutMs: number) =>
  new CypherError(
    "timeout",
    `cypher: the query ran longer than ${timeoutMs / 1000} s, counting the time to bring back its result, ` +
      "and was stopped; narrow the MATCH, add a LIMIT, or return fewer values",
  );
const tooLarge = () =>
  new CypherError("too-large", "cypher: the result is too large to bring back; add a LIMIT or return fewer values");

/** A worker's failure as the error the API maps: console errors keep their code, Neo4j's keep theirs. */
function fromFailure(f: WorkerFailure): Error {
  if (f.cypher) return new CypherError(f.cypher, f.message);
  return Object.assign(new Error(f.message), f.code ? { code: f.code } : {});
}

export function createCypherPool(target: ExecutorTarget, opts: CypherPoolOptions = {}): CypherPool {
  const timeoutMs = opts.timeoutMs ?? CYPHER_TIMEOUT_MS;
  const maxWorkers = opts.workers ?? 2;
  const maxQueue = opts.queue ?? 16;
  const heapMb = opts.heapMb ?? 512;
  const all = new Set<Worker>(); // starting, idle and busy
  const idle: Worker[] = [];
  const waiting: { give: (w: Worker) => void; refuse: (e: Error) => void }[] = [];
  let running = 0;
  let closed = false;

  /** A worker, once it has loaded: about a second, which no query's deadline should pay for. */
  const spawn = (): Promise<Worker> => {
    const worker = new Worker(WORKER_URL, { workerData: target, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    worker.unref(); // an idle worker must not keep the process alive
    all.add(worker);
    // A worker that fails between queries just ends: it is forgotten, and a later query starts another.
    worker.on("error", () => {});
    worker.once("exit", () => {
      all.delete(worker);
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
    });
    return new Promise((ready, failed) => {
      worker.once("message", () => ready(worker));
      worker.once("exit", (code) =>
        failed(new Error(`cypher-pool: a console worker stopped while loading (exit ${code})`)),
      );
    });
  };

  const release = (worker: Worker) => {
    if (closed) return void worker.terminate();
    const next = waiting.shift();
    if (next) next.give(worker);
    else idle.push(worker);
  };

  /** Starts a worker for the next waiting query, or an idle one so the next query need not wait. */
  const replenish = () => {
    if (closed || all.size >= maxWorkers || (!waiting.length && idle.length)) return;
    spawn().then(release, (e: Error) => waiting.shift()?.refuse(e));
  };

  const acquire = (): Promise<Worker> => {
    if (closed) return Promise.reject(new Error("cypher-pool: closed"));
    const ready = idle.pop();
    if (ready) return Promise.resolve(ready);
    if (running >= maxWorkers && waiting.length >= maxQueue)
      return Promise.reject(
        new CypherError("busy", `cypher: ${maxWorkers} queries are running and ${maxQueue} waiting; try again shortly`),
      );
    const turn = new Promise<Worker>((give, refuse) => waiting.push({ give, refuse }));
    replenish();
    return turn;
  };

  const runOn = (worker: Worker, job: WorkerJob) =>
    new Promise<CypherResponse>((resolve, reject) => {
      const settle = (keep: boolean, done: () => void) => {
        clearTimeout(deadline);
        running--;
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        worker.unref();
        if (keep) release(worker);
        else {
          // Terminating closes the worker's connection; its place goes to a fresh worker.
          all.delete(worker);
          void worker.terminate();
          replenish();
        }
        done();
      };
      const onMessage = (m: { response?: CypherResponse; failure?: WorkerFailure }) =>
        settle(true, () => (m.failure ? reject(fromFailure(m.failure)) : resolve(m.response!)));
      const onError = (e: Error & { code?: string }) =>
        settle(false, () => reject(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooLarge() : e));
      const onExit = () => settle(false, () => reject(new Error("cypher-pool: the console worker stopped")));
      const deadline = setTimeout(() => settle(false, () => reject(tooLong(timeoutMs))), timeoutMs + GRACE_MS);
      worker.on("message", onMessage).once("error", onError).once("exit", onExit);
      running++;
      worker.ref(); // a query under way keeps the process alive until it answers
      worker.postMessage(job);
    });

  replenish(); // warm, so the first query does not wait for a worker to load
  return {
    async run(request) {
      return runOn(await acquire(), { request, timeoutMs });
    },
    async close() {
      closed = true;
      for (const w of waiting.splice(0)) w.refuse(new Error("cypher-pool: closed"));
      idle.length = 0;
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}
