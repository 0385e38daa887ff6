// Resolution across documents: an entity that another document already made, under a name this
// document lists as an alias (or that lists this name as its alias), is the same entity. Only an
// unambiguous match of the same type counts; the batch is rewritten to that entity's id.
import type { Executor } from "./executor.ts";
import type { GraphBatch } from "./model.ts";
import { aliasPhrase, sameEntityElsewhere } from "./queries/resolve.ts";

export async function resolveAcrossDocuments(db: Executor, batch: GraphBatch): Promise<GraphBatch> {
  if (batch.entities.length === 0) return batch;
  const rows = batch.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    phrase: aliasPhrase(e.name),
  }));
  const remap = new Map<string, { id: string; name: string }>();
  for (const r of await db.read(sameEntityElsewhere(rows))) {
    const matches = r.get("matches") as string[];
    if (matches.length === 1) remap.set(r.get("id"), { id: matches[0]!, name: (r.get("names") as string[])[0]! });
  }
  if (remap.size === 0) return batch;
  const to = (id: string) => remap.get(id)?.id ?? id;
  return {
    ...batch,
    entities: batch.entities.map((e) => {
      const target = remap.get(e.id);
      if (!target) return e;
      return {
        ...e,
        id: target.id,
        aliases: [...new Set([e.name, ...e.aliases])].filter((a) => a !== target.name),
        resolution: [
          ...(e.resolution ?? []),
          `${e.name}: the same ${e.type.toLowerCase()} as ${target.name}, named so in another document`,
        ],
      };
    }),
    about: batch.about.map((a) => ({ ...a, entityId: to(a.entityId) })),
    attributedTo: batch.attributedTo.map((a) => ({ ...a, entityId: to(a.entityId) })),
    mentions: batch.mentions.map((m) => ({ ...m, entityId: to(m.entityId) })),
  };
}
