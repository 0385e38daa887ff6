// Document -> Extraction: structure, entities, claims, attribution and citations, all with spans.
import type { Document } from "./document.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import { findEntities } from "./entities.ts";
import type { ExtractedClaim, Extraction } from "./extraction.ts";
import { createGazetteer } from "./gazetteer.ts";
import { domainPacks, mergeCatalogues } from "./packs/index.ts";
import { sentences } from "./segment.ts";
import { analyzeStructure } from "./structure.ts";
import { findNumbers } from "./numbers.ts";

export type Extractor = (doc: Document) => Extraction;

/** The seed catalogue plus the domain packs; built once, then applied to any number of documents. */
export function createExtractor(catalogue: CatalogueEntry[]): Extractor {
  const gazetteer = createGazetteer(mergeCatalogues(catalogue, domainPacks()));
  return (doc) => {
    const text = doc.text;
    const sents = sentences(text);
    const structure = analyzeStructure(text);
    const found = findEntities(text, sents, gazetteer, structure);
    const claims: ExtractedClaim[] = [];
    for (const s of sents) {
      const about = [...new Set(found.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.entity.name))];
      if (about.length === 0) continue;
      const numbers = findNumbers(s.text);
      claims.push({ start: s.start, end: s.end, quote: s.text, about, numbers: numbers.map((n) => n.text), quantities: numbers, hedged: false, confidence: 0.5 });
    }
    return {
      entities: found.entities.map((e) => ({
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        ...(e.description ? { description: e.description } : {}),
      })),
      mentions: found.mentions.map((m) => ({ start: m.start, end: m.end, surface: m.surface, entity: m.entity.name })),
      claims,
      citations: [],
    };
  };
}
