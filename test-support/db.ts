// A connection to the test Neo4j for one test file, with a clean graph.
import { inject } from "vitest";
import { createExecutor, type Executor } from "../graph/executor.ts";
import { ensureSchema, reset } from "../graph/store.ts";

export async function openTestDb(): Promise<Executor> {
  const { uri, user, password } = inject("neo4j");
  const db = createExecutor(uri, { user, password });
  await ensureSchema(db);
  await reset(db);
  return db;
}
