// How claims argue in a stored graph: counts of each link type and a random sample of each with both
// quotes and the reason, for reading by eye. It reads the configured Neo4j (NEO4J_URI or the local one)
// and writes nothing.
//   npx tsx bench/link-report.ts [--sample 20]
import neo4j from "neo4j-driver";
import { connect } from "../app/connect.ts";
import { resolveConfig } from "../graph/config.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const sample = arg("--sample", 20);

const db = await connect(resolveConfig(process.env), { log: (l) => console.error(l) });
try {
  const [c] = await db.read({
    query: `MATCH (c:Claim) WITH count(c) AS claims
            OPTIONAL MATCH ()-[k:CORROBORATES]->() WITH claims, count(k) AS corroborates
            OPTIONAL MATCH ()-[x:CONTRADICTS]->() RETURN claims, corroborates, count(x) AS contradicts`,
    routing: "READ",
  });
  console.log(
    `claims ${c!.get("claims")}, CORROBORATES ${c!.get("corroborates")}, CONTRADICTS ${c!.get("contradicts")}`,
  );
  for (const type of ["CORROBORATES", "CONTRADICTS"]) {
    // Claim ids are hashes, so ordering by them is a stable pseudo-random sample of the graph.
    const rows = await db.read({
      query: `MATCH (a:Claim)-[l:${type}]->(b:Claim)
              MATCH (a)-[:STATED_IN]->(sa:Source), (b)-[:STATED_IN]->(sb:Source)
              WITH a, b, l, min(sa.title) AS fromSource, min(sb.title) AS toSource
              ORDER BY b.id + a.id LIMIT $n
              RETURN a.text AS a, b.text AS b, l.why AS why, l.score AS score, fromSource, toSource`,
      params: { n: neo4j.int(sample) },
      routing: "READ",
    });
    console.log(`\n== ${type}: ${rows.length} sampled`);
    rows.forEach((r, i) => {
      const score = r.get("score");
      console.log(`${i + 1}. ${r.get("why")}${score == null ? "" : ` (score ${Number(score).toFixed(2)})`}`);
      console.log(`   [${r.get("fromSource")}] ${r.get("a")}`);
      console.log(`   [${r.get("toSource")}] ${r.get("b")}`);
    });
  }
} finally {
  await db.close();
}
