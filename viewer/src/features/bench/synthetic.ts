// A synthetic claim graph of any size for the benchmark: entities, claims and sources in the
// proportions of a real corpus, clustered (most edges inside a cluster, a few hubs), already laid
// out, so what is measured is drawing and interaction, not the layout.
import { ENTITY_TYPES } from "../../../../graph/model.ts";
import type { EdgeAttributes } from "../../../../graph/wire.ts";
import type { ViewNode } from "../../state/graph-data.ts";
import { seededRandom as random } from "../../utils/seeded-random.ts";

function node(i: number, rand: () => number, x: number, y: number): ViewNode {
  const r = rand();
  if (r < 0.3)
    return {
      kind: "Claim",
      label: `Claim ${i}: something measurable happened`,
      text: `Claim ${i}`,
      numbers: [],
      confidence: 0.8,
      hedged: false,
      x,
      y,
    };
  if (r < 0.4)
    return {
      kind: "Source",
      label: `Source ${i}`,
      title: `Source ${i}`,
      uri: `https://example.org/${i}`,
      sourceKind: "web",
      x,
      y,
    };
  const type = ENTITY_TYPES[Math.floor(rand() * ENTITY_TYPES.length)]!;
  return { kind: "Entity", label: `${type} ${i}`, name: `${type} ${i}`, type, aliases: [], x, y };
}

/** The relationships ingest writes, each with made-up properties of the right shape. */
const REL: EdgeAttributes[] = [
  { type: "ABOUT" },
  { type: "STATED_IN", start: 0, end: 1, quote: "x" },
  { type: "MENTIONS", count: 1, spans: [0, 1] },
  { type: "ATTRIBUTED_TO" },
  { type: "CITES" },
];

export function syntheticGraph(order: number, size: number, seed: number) {
  const rand = random(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand());
  const clusters = Math.max(1, Math.round(Math.sqrt(order) / 3));
  const centres = Array.from({ length: clusters }, () => ({ x: gauss() * 1000, y: gauss() * 1000 }));
  const clusterOf = (i: number) => i % clusters;
  const nodes = Array.from({ length: order }, (_, i) => {
    const c = centres[clusterOf(i)]!;
    return { key: `n${i}`, attributes: node(i, rand, c.x + gauss() * 60, c.y + gauss() * 60) };
  });
  const edges: Array<{ key: string; source: string; target: string; attributes: EdgeAttributes }> = [];
  for (let e = 0; e < size; e++) {
    const source = Math.floor(rand() * order);
    let target: number;
    if (rand() < 0.85) {
      // Same cluster; squaring the draw favours low indices, which become hubs.
      const members = Math.floor(order / clusters);
      target = clusterOf(source) + clusters * Math.floor(rand() ** 2 * members);
    } else target = Math.floor(rand() ** 3 * order);
    if (target >= order || target === source) target = (source + 1) % order;
    edges.push({
      key: `r${e}`,
      source: `n${source}`,
      target: `n${target}`,
      attributes: REL[e % REL.length]!,
    });
  }
  return { attributes: {}, nodes, edges };
}
