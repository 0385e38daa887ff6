// Tests run against a real Neo4j: NEO4J_URI when it is set, else a local one kept apart from the
// user's own (.neo4j-test, port 7688 or a free one) so that tests never touch the data people explore.
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalNeo4j } from "../graph/local-neo4j.ts";
import { testBoltPort } from "./test-port.ts";

export type TestNeo4j = { uri: string; user: string; password: string };

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    project.provide("neo4j", {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
    });
    return;
  }
  const home = resolve(".neo4j-test");
  const local = await startLocalNeo4j({ home, boltPort: await testBoltPort(home) });
  console.log(`test Neo4j at ${local.uri} (${local.alreadyRunning ? "reused" : `started in ${local.startupMs} ms`})`);
  project.provide("neo4j", { uri: local.uri, user: local.user, password: local.password });
}
