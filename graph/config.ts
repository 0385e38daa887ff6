// One configuration, resolved once from the environment and the CLI flags, then passed down.
import { resolve } from "node:path";
import { z } from "zod";

export const Neo4jTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("remote"), uri: z.string(), user: z.string(), password: z.string() }),
  z.object({ kind: z.literal("local"), home: z.string(), boltPort: z.number().int() }),
]);
export type Neo4jTarget = z.infer<typeof Neo4jTarget>;

export const Config = z.object({
  neo4j: Neo4jTarget,
  database: z.string().optional(),
  /** Where the local Neo4j keeps its jars list, compiled launcher, data and password. */
  catalogue: z.string(),
});
export type Config = z.infer<typeof Config>;

const URI = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/;

/** Reads NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE; without NEO4J_URI, the local Neo4j. */
export function resolveConfig(env: NodeJS.ProcessEnv, root = process.cwd()): Config {
  const uri = env.NEO4J_URI?.trim();
  if (uri && !URI.test(uri))
    throw new Error(`config: NEO4J_URI "${uri}" is not a bolt://, neo4j:// or neo4j+s:// address`);
  const neo4j: Neo4jTarget = uri
    ? { kind: "remote", uri, user: env.NEO4J_USER ?? "neo4j", password: env.NEO4J_PASSWORD ?? "" }
    : {
        kind: "local",
        home: resolve(root, env.CLAIMGRAPH_NEO4J_HOME ?? ".neo4j"),
        boltPort: Number(env.CLAIMGRAPH_NEO4J_PORT ?? 7687),
      };
  return Config.parse({
    neo4j,
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    catalogue: resolve(root, env.CLAIMGRAPH_CATALOGUE ?? "seeds/entities.json"),
  });
}
