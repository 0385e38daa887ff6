// The entity catalogue: known entities with their aliases (seeds/entities.json and domain packs).
// ingest/gazetteer.ts finds them in text.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { EntityType } from "../graph/model.ts";

export const CatalogueEntry = z.object({
  name: z.string().min(1),
  type: EntityType,
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().optional(),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;
export const CatalogueFile = z.object({ entities: z.array(CatalogueEntry) });

export function readCatalogue(path: string): CatalogueEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`readCatalogue: cannot read ${path}: ${(e as Error).message}`);
  }
  const parsed = CatalogueFile.safeParse(json);
  if (!parsed.success)
    throw new Error(`readCatalogue: ${path} is not a valid catalogue: ${z.prettifyError(parsed.error)}`);
  return parsed.data.entities;
}
