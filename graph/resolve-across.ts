// Resolution across documents: an entity another document already made, under a name this document
// lists as an alias (or that lists this name as its alias), is the same entity. Only an unambiguous
// match of the same type counts, and for people only by family name ("Lincoln" and "Abraham Lincoln"),
// never by first name ("Steve" may be anyone). The batch is rewritten to that entity's id; or, when
// an earlier document stored this entity under its own id too, the other one is merged into it.
// Without that merge the result depended on the order documents came in: "Abraham Lincoln" from one
// speech and "Lincoln" from another stayed two nodes until a third named both, which then renamed
// "Lincoln" to a second "Abraham Lincoln"; ingest --force then gave another graph than a clean run.
import type { Record as Neo4jRecord } from "neo4j-driver";
import type { Query } from "./executor.ts";
import { entityToken } from "./linking/keys.ts";
import type { GraphBatch } from "./model.ts";
import { aliasPhrase, sameEntityElsewhere } from "./queries/resolve.ts";

type Match = { id: string; name: string; how: "shorter" | "longer" };
export type Merge = { from: string; into: string; fromToken: string; intoToken: string };
export type Resolved = { batch: GraphBatch; renames: { id: string; name: string }[]; merges: Merge[] };

const lastWord = (name: string) => name.split(" ").at(-1);

/** For people, the shorter of two names must be the longer one's family name. */
function acceptable(type: string, batchName: string, m: Match): boolean {
  if (type !== "Person") return true;
  const [short, long] = m.how === "shorter" ? [m.name, batchName] : [batchName, m.name];
  return short.includes(" ") || lastWord(long) === short;
}

/** `read` runs a query where the batch will be written (its transaction), so it sees what was written before it. */
export async function resolveAcrossDocuments(
  read: (q: Query) => Promise<Neo4jRecord[]>,
  batch: GraphBatch,
): Promise<Resolved> {
  if (batch.entities.length === 0) return { batch, renames: [], merges: [] };
  const rows = batch.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    phrase: aliasPhrase(e.name),
  }));
  const byId = new Map(batch.entities.map((e) => [e.id, e]));
  const remap = new Map<string, Match>();
  const merged = new Map<string, Match>();
  const renames: Resolved["renames"] = [];
  // The stored entities already taken by a merge or a remap of this batch.
  const claimed = new Set<string>();
  for (const r of await read(sameEntityElsewhere(rows))) {
    const e = byId.get(r.get("id") as string)!;
    const matches = (r.get("matches") as Match[]).filter((m) => m.id && acceptable(e.type, e.name, m));
    const distinct = new Map(matches.map((m) => [m.id, m]));
    if (distinct.size !== 1) continue;
    const match = [...distinct.values()][0]!;
    // An entity merged into two others, or merged and remapped, would be claimed twice: one way only.
    if (claimed.has(match.id)) continue;
    const storedName = r.get("storedName") as string | null;
    if (storedName === null) {
      remap.set(e.id, match);
      claimed.add(match.id);
    }
    // Merged away, an entity of this very batch would be written again under its old id.
    else if (!byId.has(match.id)) {
      merged.set(e.id, match);
      claimed.add(match.id);
      // Of the two stored names the fuller is kept ("Abraham Lincoln" merged into "Lincoln").
      if (match.name.length > storedName.length) renames.push({ id: e.id, name: match.name });
    }
  }
  const merges: Merge[] = [...merged].map(([into, m]) => ({
    from: m.id,
    into,
    fromToken: entityToken(m.id),
    intoToken: entityToken(into),
  }));
  if (remap.size === 0 && merged.size === 0) return { batch, renames, merges };
  const to = (id: string) => remap.get(id)?.id ?? id;
  const entities = batch.entities.map((e) => {
    const into = merged.get(e.id);
    if (into)
      return {
        ...e,
        // Named as stored for now; a rename gives the node the other's name when that is fuller.
        aliases: [...new Set([into.name, ...e.aliases])].filter((a) => a !== e.name),
        resolution: [
          ...(e.resolution ?? []),
          `${into.name}: the same ${e.type.toLowerCase()} as ${e.name}, named so in another document`,
        ],
      };
    const target = remap.get(e.id);
    if (!target) return e;
    // The stored entity was known by a shorter name: it takes this document's fuller one.
    if (target.how === "shorter") renames.push({ id: target.id, name: e.name });
    const keptName = target.how === "shorter" ? e.name : target.name;
    return {
      ...e,
      id: target.id,
      aliases: [...new Set([e.name, target.name, ...e.aliases])].filter((a) => a !== keptName),
      resolution: [
        ...(e.resolution ?? []),
        target.how === "shorter"
          ? `${target.name}: the same ${e.type.toLowerCase()} as ${e.name}, named so in another document`
          : `${e.name}: the same ${e.type.toLowerCase()} as ${target.name}, named so in another document`,
      ],
    };
  });
  return {
    batch: {
      ...batch,
      entities,
      about: batch.about.map((a) => ({ ...a, entityId: to(a.entityId) })),
      attributedTo: batch.attributedTo.map((a) => ({ ...a, entityId: to(a.entityId) })),
      mentions: batch.mentions.map((m) => ({ ...m, entityId: to(m.entityId) })),
    },
    renames,
    merges,
  };
}
