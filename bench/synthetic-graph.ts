// A synthetic graph of any size, written through the normal store (one GraphBatch per document,
// upsertBatch), for benchmarks of the API and of the viewer. Deterministic for a given seed.
// Entity popularity is skewed (a few hubs, a long tail) as in real corpora, so the neighbourhoods
// of hubs and the overview are as heavy as they will be in practice.
import type { Executor } from "../graph/executor.ts";
import { claimId, contentHash, entityId, sourceId } from "../graph/ids.ts";
import { ENTITY_TYPES, type Entity, type GraphBatch } from "../graph/model.ts";
import { upsertBatch } from "../graph/store.ts";

export type SyntheticSize = { nodes: number; edges: number; seed?: number };
export type SyntheticShape = { documents: number; entities: number; claims: number };

/** Mulberry32: a tiny seeded generator, so every run builds the same graph. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  "ka lo mi ra ten vor sun del pra xi bel cor dan fel gor hal jin kel mor nev pol qua ril sab tor ul ven wex yor zan";
const SYLLABLE = SYLLABLES.split(" ");
const SUFFIX: Record<Entity["type"], string> = {
  Organization: "Institute",
  Person: "Okafor",
  Place: "Province",
  Technology: "Process",
  Product: "Chip",
  Publication: "Review",
};
const VERBS = ["leads", "invested", "reported", "overtook", "doubled", "announced", "published", "cut"];

/** A pronounceable word, different for every number: names never collide and search has words to find. */
export function word(n: number): string {
  let s = "";
  do {
    s += SYLLABLE[n % SYLLABLE.length];
    n = Math.floor(n / SYLLABLE.length);
  } while (n > 0);
  return s[0]!.toUpperCase() + s.slice(1);
}

/** 1% documents, 20% entities, the rest claims; every claim needs STATED_IN and ABOUT, every entity a MENTIONS. */
export function syntheticShape({ nodes, edges }: SyntheticSize): SyntheticShape {
  const documents = Math.max(1, Math.round(nodes * 0.01));
  const entities = Math.max(1, Math.round(nodes * 0.2));
  const claims = nodes - documents - entities;
  const least = 2 * claims + entities;
  const most = least + claims * (2 * entities - 1) + (documents - 1) * entities;
  if (claims < 1 || edges < least || edges > most)
    throw new Error(
      `bench.syntheticShape: ${nodes} nodes make ${claims} claims and ${entities} entities, which need ` +
        `from ${least} to ${most} edges, not ${edges}; ask for at least 10 nodes and about 3 edges per node`,
    );
  return { documents, entities, claims };
}

/** Which pairs (claim or document index, entity index) are linked, by relationship type. */
function drawEdges(size: SyntheticSize, shape: SyntheticShape) {
  const rnd = seeded(size.seed ?? 1);
  const pick = (n: number) => Math.floor(rnd() * n);
  // u³ puts about a fifth of all entity edges on the top 1% of entities.
  const popular = () => Math.floor(shape.entities * rnd() ** 3);
  const about = new Set<string>();
  const attributed = new Set<string>();
  const mentions = new Set<string>();
  const claimDoc = Array.from({ length: shape.claims }, () => pick(shape.documents));
  for (let c = 0; c < shape.claims; c++) about.add(`${c} ${popular()}`);
  for (let e = 0; e < shape.entities; e++) mentions.add(`${e % shape.documents} ${e}`);
  // The rest: 45% more ABOUT, 20% ATTRIBUTED_TO, 35% MENTIONS; a full kind hands its draw on.
  const kinds = [
    { set: about, from: shape.claims, cap: shape.claims * shape.entities, upTo: 0.45 },
    { set: attributed, from: shape.claims, cap: shape.claims * shape.entities, upTo: 0.65 },
    { set: mentions, from: shape.documents, cap: shape.documents * shape.entities, upTo: 1 },
  ];
  for (let edges = 2 * shape.claims + shape.entities; edges < size.edges;) {
    const r = rnd();
    const first = kinds.findIndex((k) => r < k.upTo);
    const kind = [...kinds.slice(first), ...kinds.slice(0, first)].find((k) => k.set.size < k.cap)!;
    const key = `${pick(kind.from)} ${popular()}`;
    if (!kind.set.has(key)) {
      kind.set.add(key);
      edges++;
    }
  }
  const pairs = (set: Set<string>) => [...set].map((k) => k.split(" ").map(Number) as [number, number]);
  return { claimDoc, about: pairs(about), attributed: pairs(attributed), mentions: pairs(mentions) };
}

/** The GraphBatches (one per document) of a graph with exactly `nodes` nodes and `edges` relationships. */
export function syntheticBatches(size: SyntheticSize): GraphBatch[] {
  const shape = syntheticShape(size);
  const drawn = drawEdges(size, shape);
  const entities: Entity[] = Array.from({ length: shape.entities }, (_, i) => {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length]!;
    const name = `${word(i)} ${SUFFIX[type]}`;
    return { id: entityId(name), name, type, aliases: i % 5 === 0 ? [word(i).toUpperCase()] : [] };
  });
  const subject = new Map<number, number>();
  for (const [c, e] of drawn.about) if (!subject.has(c)) subject.set(c, e);
  const claimText = (c: number) =>
    `${entities[subject.get(c)!]!.name} ${VERBS[c % VERBS.length]} ${(c % 97) + 1}% more in ${2000 + (c % 25)} (finding ${c}).`;

  const perDoc = Array.from({ length: shape.documents }, () => ({
    claims: [] as number[],
    about: [] as [number, number][],
    attributed: [] as [number, number][],
    mentions: [] as number[],
  }));
  drawn.claimDoc.forEach((d, c) => perDoc[d]!.claims.push(c));
  for (const p of drawn.about) perDoc[drawn.claimDoc[p[0]]!]!.about.push(p);
  for (const p of drawn.attributed) perDoc[drawn.claimDoc[p[0]]!]!.attributed.push(p);
  for (const [d, e] of drawn.mentions) perDoc[d]!.mentions.push(e);

  return perDoc.map((doc, d) => {
    const sentences = doc.claims.map(claimText);
    const text = sentences.join(" ");
    const uri = `synthetic/doc-${d}.txt`;
    const document = {
      id: sourceId(uri),
      kind: "document" as const,
      title: `Synthetic report ${word(d)}`,
      uri,
      text,
      contentHash: contentHash(text),
      author: `${word(d + 3)} Desk`,
      publishedAt: `${2010 + (d % 15)}-0${1 + (d % 9)}-15`,
    };
    const claimIds = new Map(doc.claims.map((c, i) => [c, claimId(sentences[i]!)]));
    let offset = 0;
    const statedIn = sentences.map((quote, i) => {
      const start = offset;
      offset += quote.length + 1;
      return { claimId: claimIds.get(doc.claims[i]!)!, sourceId: document.id, start, end: start + quote.length, quote };
    });
    const link = ([c, e]: [number, number]) => ({ claimId: claimIds.get(c)!, entityId: entities[e]!.id });
    const used = new Set([...doc.about, ...doc.attributed].map(([, e]) => e).concat(doc.mentions));
    return {
      document,
      entities: [...used].map((e) => entities[e]!),
      claims: doc.claims.map((c, i) => {
        const n = (c % 97) + 1;
        const quantities = [{ text: `${n}%`, value: n, unit: "%" }];
        return {
          id: claimIds.get(c)!,
          text: sentences[i]!,
          numbers: [`${n}%`],
          quantities,
          confidence: 0.5 + (c % 50) / 100,
          hedged: c % 7 === 0,
        };
      }),
      cited: [],
      statedIn,
      about: doc.about.map(link),
      attributedTo: doc.attributed.map(link),
      mentions: doc.mentions.map((e) => ({ sourceId: document.id, entityId: entities[e]!.id, count: 1, spans: [] })),
      cites: [],
      // No Quantity nodes: the viewer's benchmarks are sized in entities, claims and sources.
      quantities: [],
      states: [],
    };
  });
}

/**
 * Writes a synthetic graph into db through upsertBatch, on top of what is there (reset first for
 * exact counts). The viewer's benchmarks load it through the API like any other graph.
 */
export async function seedSyntheticGraph(
  db: Executor,
  size: SyntheticSize,
  opts: { onProgress?: (done: number, total: number) => void } = {},
): Promise<SyntheticShape & { nodes: number; edges: number }> {
  const batches = syntheticBatches(size);
  for (const [i, batch] of batches.entries()) {
    await upsertBatch(db, batch);
    opts.onProgress?.(i + 1, batches.length);
  }
  return { ...syntheticShape(size), nodes: size.nodes, edges: size.edges };
}
