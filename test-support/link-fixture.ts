// STAND-IN for the linker (LINK's graph/link-claims.ts, not merged yet): writes the CORROBORATES and
// CONTRADICTS edges the tests ask for and the claims' corroborations/contradictions counts, as the
// linker will. Replaced by the real linker at merge: the call sites become one call to it.
import type { Executor } from "../graph/executor.ts";

export type TestLink = {
  type: "CORROBORATES" | "CONTRADICTS";
  from: string;
  to: string;
  why: string;
  /** CORROBORATES only. */
  score?: number;
};

export async function linkForTest(db: Executor, links: TestLink[]): Promise<void> {
  await db.writeTransaction(async (run) => {
    for (const type of ["CORROBORATES", "CONTRADICTS"] as const)
      await run({
        query: `UNWIND $links AS l MATCH (a:Claim {id: l.from}), (b:Claim {id: l.to})
                MERGE (a)-[r:${type}]->(b) SET r.why = l.why, r.score = l.score`,
        params: { links: links.filter((l) => l.type === type).map((l) => ({ ...l, score: l.score ?? null })) },
        routing: "WRITE",
      });
    await run({
      query: `MATCH (c:Claim) SET c.corroborations = COUNT { MATCH (c)-[:CORROBORATES]-(o:Claim) RETURN DISTINCT o },
                                  c.contradictions = COUNT { MATCH (c)-[:CONTRADICTS]-(o:Claim) RETURN DISTINCT o }`,
      routing: "WRITE",
    });
  });
}
