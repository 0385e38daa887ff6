// The one place that talks to Neo4j: owns the driver, sessions, routing, timeouts and closing.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type ResultSummary,
} from "neo4j-driver";
import { corkBoltWrites } from "./bolt-writes.ts";

/** A query as data: Cypher text with parameters (never values pasted in) and where it may run. */
export type Query = { query: string; params?: Record<string, unknown>; routing: "READ" | "WRITE" };

/** What a stream left behind: the column names, and the summary when the stream ran to its end. */
export type StreamEnd = { keys: string[]; summary?: ResultSummary };

/** Where an executor connects, so another thread (the console's workers) can open its own driver. */
export type ExecutorTarget = {
  uri: string;
  user: string;
  password: string;
  database?: string;
  retryMs?: number;
};

export type Executor = {
  driver: Driver;
  target: ExecutorTarget;
  read(q: Query, opts?: { timeoutMs?: number }): Promise<Neo4jRecord[]>;
  /**
   * Runs a read query in a READ session and hands each record to onRecord until it returns false;
   * then the rest of the result is discarded on the server instead of being fetched.
   * fetchSize bounds how many records travel ahead of what was asked for.
   */
  stream(
    q: Query,
    onRecord: (record: Neo4jRecord) => boolean,
    opts?: { timeoutMs?: number; fetchSize?: number },
  ): Promise<StreamEnd>;
  /** Runs fn in one write transaction: all its queries commit together or not at all. */
  writeTransaction<T>(fn: (run: (q: Query) => Promise<Neo4jRecord[]>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** Whether an error says Neo4j cannot be reached (stopped, restarting, wrong address), not that a query failed. */
export const isUnreachable = (err: unknown) =>
  ["ServiceUnavailable", "SessionExpired"].includes((err as { code?: string })?.code ?? "") ||
  /ECONNREFUSED|Could not perform discovery|Failed to connect/i.test((err as Error)?.message ?? "");

/**
 * `retryMs`: how long a transaction is retried while Neo4j is unreachable or busy. The driver's
 * 30 s suits a batch job; a server answering people (serve) should say at once that Neo4j is down.
 */
export function createExecutor(
  uri: string,
  auth: { user: string; password: string },
  database?: string,
  opts: { retryMs?: number } = {},
): Executor {
  corkBoltWrites();
  const driver = neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password), {
    disableLosslessIntegers: false,
    userAgent: "claimgraph",
    ...(opts.retryMs !== undefined ? { maxTransactionRetryTime: opts.retryMs, connectionTimeout: 2_000 } : {}),
  });
  const sessionConfig = (mode: "READ" | "WRITE", fetchSize?: number) => ({
    defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    ...(database ? { database } : {}),
    ...(fetchSize ? { fetchSize } : {}),
  });
  const readOnly = (q: Query, where: string) => {
    if (q.routing !== "READ") throw new Error(`executor.${where}: this query is declared WRITE; use writeTransaction`);
  };
  const runIn = (tx: ManagedTransaction) => async (q: Query) => (await tx.run(q.query, q.params ?? {})).records;

  return {
    driver,
    target: { uri, user: auth.user, password: auth.password, ...(database ? { database } : {}), ...opts },
    async read(q, opts) {
      readOnly(q, "read");
      const session = driver.session(sessionConfig("READ"));
      try {
        return await session.executeRead(
          (tx) => runIn(tx)(q),
          opts?.timeoutMs ? { timeout: opts.timeoutMs } : undefined,
        );
      } finally {
        await session.close();
      }
    },
    async stream(q, onRecord, opts) {
      readOnly(q, "stream");
      const session = driver.session(sessionConfig("READ", opts?.fetchSize));
      // An explicit transaction rather than executeRead: a retry would replay records that
      // onRecord has already seen, and would run a slow query a second time.
      const tx = session.beginTransaction(opts?.timeoutMs ? { timeout: opts.timeoutMs } : undefined);
      try {
        const result = tx.run(q.query, q.params ?? {});
        const keys = [...(await result.keys())] as string[];
        const records = result[Symbol.asyncIterator]();
        for (let next = await records.next(); ; next = await records.next()) {
          if (next.done) return { keys, summary: next.value };
          if (!onRecord(next.value)) {
            // Tells the server to discard the rest of the stream instead of sending it.
            await records.return?.();
            return { keys };
          }
        }
      } finally {
        await tx.close();
        await session.close();
      }
    },
    async writeTransaction(fn) {
      const session = driver.session(sessionConfig("WRITE"));
      try {
        return await session.executeWrite((tx) => fn(runIn(tx)));
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}
