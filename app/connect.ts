// Opens the configured Neo4j: the server named by NEO4J_URI, or the local one (started if needed).
import type { Config } from "../graph/config.ts";
import { createExecutor, type Executor } from "../graph/executor.ts";
import { startLocalNeo4j } from "../graph/local-neo4j.ts";
import { ensureSchema } from "../graph/store.ts";

export async function connect(
  config: Config,
  opts: { log?: (line: string) => void; retryMs?: number } = {},
): Promise<Executor> {
  let target = config.neo4j.kind === "remote" ? config.neo4j : undefined;
  if (config.neo4j.kind === "local") {
    const local = await startLocalNeo4j({ home: config.neo4j.home, boltPort: config.neo4j.boltPort });
    if (!local.alreadyRunning)
      opts.log?.(`Started the local Neo4j at ${local.uri} in ${(local.startupMs / 1000).toFixed(1)} s`);
    target = { kind: "remote", uri: local.uri, user: local.user, password: local.password };
  }
  const db = createExecutor(
    target!.uri,
    target!,
    config.database,
    opts.retryMs !== undefined ? { retryMs: opts.retryMs } : {},
  );
  try {
    await db.driver.verifyConnectivity();
    await ensureSchema(db);
  } catch (e) {
    await db.close();
    throw new Error(`connect: cannot use Neo4j at ${target!.uri}: ${(e as Error).message}`);
  }
  return db;
}
