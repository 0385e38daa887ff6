// The one place that talks to Neo4j: owns the driver, sessions, routing, timeouts and closing.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";

/** A query as data: Cypher text with parameters (never values pasted in) and where it may run. */
export type Query = { query: string; params?: Record<string, unknown>; routing: "READ" | "WRITE" };

export type Executor = {
  driver: Driver;
  read(q: Query, opts?: { timeoutMs?: number }): Promise<Neo4jRecord[]>;
  /** Runs fn in one write transaction: all its queries commit together or not at all. */
  writeTransaction<T>(fn: (run: (q: Query) => Promise<Neo4jRecord[]>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export function createExecutor(
  uri: string,
  auth: { user: string; password: string },
  database?: string,
): Executor {
  const driver = neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password), {
    disableLosslessIntegers: false,
    userAgent: "claimgraph",
  });
  const sessionConfig = (mode: "READ" | "WRITE") => ({
    defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    ...(database ? { database } : {}),
  });
  const runIn = (tx: ManagedTransaction) => async (q: Query) => (await tx.run(q.query, q.params ?? {})).records;

  return {
    driver,
    async read(q, opts) {
      if (q.routing !== "READ") throw new Error("executor.read: this query is declared WRITE; use writeTransaction");
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
