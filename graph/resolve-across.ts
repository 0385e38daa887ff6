// Resolution across documents: an entity another document already made, under a name this document
// lists as an alias (or that lists this name as its alias), is the same entity. Only an unambiguous
// match of the same type counts, and for people only by family name ("Lincoln" and "Abraham Lincoln"),
// never by first name ("Steve" may be anyone). The batch is rewritten to that entity's id.
import type { Executor } from "./executor.ts";
import type { GraphBatch } from "./model.ts";
import { aliasPhrase, sameEntityElsewhere } from "./queries/resolve.ts";

type Match = { id: string; name: string; how: "shorter" | "longer" };
export type Resolved = { batch: GraphBatch; renames: { id: string; name: string }[] };

const lastWord = (name: string) => name.split(" ").at(-1);

/** For people, the shorter of two names must be the longer one's family name. */
function acceptable(type: string, batchName: string, m: Match): boolean {
  if (type !== "Person") return true;
  const [short, long] = m.how === "shorter" ? [m.name, batchName] : [batchName, m.name];
  return short.includes(" ") || lastWord(long) === short;
}

export async function resolveAcrossDocuments(db: Executor, batch: GraphBatch): Promise<Resolved> {
  if (batch.entities.length === 0) return { batch, renames: [] };
  const rows = batch.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    phrase: aliasPhrase(e.name),
  }));
  const byId = new Map(batch.entities.map((e) => [e.id, e]));
  const remap = new Map<string, Match>();
  for (const r of await db.read(sameEntityElsewhere(rows))) {
    const e = byId.get(r.get("id") as string)!;
    const matches = (r.get("matches") as Match[]).filter((m) => m.id && acceptable(e.type, e.name, m));
    const distinct = new Map(matches.map((m) => [m.id, m]));
    if (distinct.size === 1) remap.set(e.id, [...distinct.values()][0]!);
  }
  if (remap.size === 0) return { batch, renames: [] };
  const to = (id: string) => remap.get(id)?.id ?? id;
  const renames: Resolved["renames"] = [];
  const entities = batch.entities.map((e) => {
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
  };
}
