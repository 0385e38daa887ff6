// Document -> Extraction. v0: catalogue entities, and a claim for each sentence that names one.
import type { Document } from "./document.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import { catalogueMatcher } from "./catalogue.ts";
import type { ExtractedClaim, ExtractedEntity, Extraction, Mention } from "./extraction.ts";
import { sentences } from "./segment.ts";
import { findNumbers } from "./numbers.ts";

export type Extractor = (doc: Document) => Extraction;

export function createExtractor(catalogue: CatalogueEntry[]): Extractor {
  const match = catalogueMatcher(catalogue);
  return (doc) => {
    const matches = match(doc.text);
    const entities = new Map<string, ExtractedEntity>();
    const mentions: Mention[] = matches.map((m) => {
      const known = entities.get(m.entry.name);
      if (!known) entities.set(m.entry.name, { ...m.entry, aliases: m.surface === m.entry.name ? [] : [m.surface] });
      else if (m.surface !== m.entry.name && !known.aliases.includes(m.surface)) known.aliases.push(m.surface);
      return { start: m.start, end: m.end, surface: m.surface, entity: m.entry.name };
    });
    const claims: ExtractedClaim[] = [];
    for (const s of sentences(doc.text)) {
      const about = [...new Set(mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.entity))];
      if (about.length === 0) continue;
      const numbers = findNumbers(s.text);
      claims.push({
        start: s.start,
        end: s.end,
        quote: s.text,
        about,
        numbers: numbers.map((n) => n.text),
        quantities: numbers,
        hedged: false,
        confidence: 0.5,
      });
    }
    return { entities: [...entities.values()], mentions, claims, citations: [] };
  };
}
