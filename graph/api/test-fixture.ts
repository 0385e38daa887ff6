// A small hand-made graph for the API, Cypher and export tests: two documents whose parts are not
// connected to each other, a claim with an attribution, a source with an author and a date, and
// text with commas, quotes and a line break for the CSV writer.
import type { Executor } from "../executor.ts";
import { claimId, contentHash, entityId, sourceId } from "../ids.ts";
import type { Entity, GraphBatch } from "../model.ts";
import { upsertBatch } from "../store.ts";

const entity = (name: string, type: Entity["type"], extra: Partial<Entity> = {}): Entity => ({
  id: entityId(name),
  name,
  type,
  aliases: [],
  ...extra,
});

export const ACME = entity("Acme Robotics", "Organization", {
  aliases: ["Acme", 'Acme "AR", Inc.'],
  description: "Makes robots,\nmostly for farms",
});
export const NORWAY = entity("Norway", "Place");
export const MINISTRY = entity("Ministry of Industry", "Organization");
export const ZETA = entity("Zeta Fusion", "Organization");

export const SAID = 'Acme said "growth, 5%" in Norway.';
export const HIRED = "Acme hired 300 people.";
export const BUILT = "Zeta Fusion built a reactor.";
/** Why SAID is a claim, as extraction records it on the claim node. */
export const SAID_WHY = [
  "claims · assertion: a sentence with a predicate that no rule rejects",
  'attribution · said-by: "said" follows the name',
];

function batch(uri: string, meta: { author?: string; publishedAt?: string }, claims: string[]): GraphBatch {
  const text = claims.join("\n");
  const document = {
    id: sourceId(uri),
    kind: "document" as const,
    title: uri,
    uri,
    text,
    contentHash: contentHash(text),
    ...meta,
  };
  return {
    document,
    entities: [],
    claims: claims.map((t) => ({
      id: claimId(t),
      text: t,
      numbers: [],
      quantities: [],
      confidence: 0.9,
      hedged: false,
    })),
    cited: [],
    statedIn: claims.map((t) => ({
      claimId: claimId(t),
      sourceId: document.id,
      start: text.indexOf(t),
      end: text.indexOf(t) + t.length,
      quote: t,
    })),
    about: [],
    attributedTo: [],
    mentions: [],
    cites: [],
    quantities: [],
    states: [],
  };
}

export const DOC_A = sourceId("/docs/a.txt");
export const DOC_B = sourceId("/docs/b.txt");

/** Writes the fixture (two documents) into an emptied test database. */
export async function seedFixture(db: Executor): Promise<void> {
  const a = batch("/docs/a.txt", { author: "Jane Roe", publishedAt: "2024-05-01" }, [SAID, HIRED]);
  a.entities = [ACME, NORWAY, MINISTRY];
  a.about = [
    { claimId: claimId(SAID), entityId: ACME.id },
    { claimId: claimId(SAID), entityId: NORWAY.id },
    { claimId: claimId(HIRED), entityId: ACME.id },
  ];
  a.attributedTo = [{ claimId: claimId(SAID), entityId: MINISTRY.id }];
  a.claims = a.claims.map((c) => (c.id === claimId(SAID) ? { ...c, why: SAID_WHY } : c));
  a.mentions = [ACME, NORWAY].map((e) => ({ sourceId: DOC_A, entityId: e.id, count: 2, spans: [0, 4, 10, 14] }));
  await upsertBatch(db, a);
  await upsertBatch(db, documentB());
}

/** The second document: one claim about Zeta Fusion (BUILT unless another is given). */
export function documentB(claim = BUILT): GraphBatch {
  const b = batch("/docs/b.txt", {}, [claim]);
  b.entities = [ZETA];
  b.about = [{ claimId: claimId(claim), entityId: ZETA.id }];
  b.mentions = [{ sourceId: DOC_B, entityId: ZETA.id, count: 1, spans: [0, 11] }];
  return b;
}
