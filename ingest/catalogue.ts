// The entity catalogue: known entities with their aliases (seeds/entities.json and domain packs),
// and a matcher that finds them in text on word boundaries.
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

export type CatalogueMatch = { start: number; end: number; surface: string; entry: CatalogueEntry };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Builds one regular expression over every name and alias, longest first so "BYD Auto" beats "BYD". */
export function catalogueMatcher(entries: CatalogueEntry[]): (text: string) => CatalogueMatch[] {
  const bySurface = new Map<string, CatalogueEntry>();
  for (const entry of entries) for (const s of [entry.name, ...entry.aliases]) bySurface.set(s, entry);
  const surfaces = [...bySurface.keys()].sort((a, b) => b.length - a.length);
  if (surfaces.length === 0) return () => [];
  // Names match case-sensitively: "CAS" the academy is not "cas" in a word; lookarounds are word boundaries
  // that also work next to non-ASCII letters.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${surfaces.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return (text) =>
    [...text.matchAll(re)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      entry: bySurface.get(m[0])!,
    }));
}
