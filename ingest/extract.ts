// Document -> Extraction: structure, entities, claims, attribution and citations, all with spans.
import type { Document } from "./document.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import { findEntities } from "./entities.ts";
import type { ExtractedClaim, Extraction } from "./extraction.ts";
import { createGazetteer } from "./gazetteer.ts";
import { domainPacks, mergeCatalogues } from "./packs/index.ts";
import { sentences } from "./segment.ts";
import { analyzeStructure, type Structure } from "./structure.ts";
import { createAttributor } from "./attribution.ts";
import { claimUnits } from "./claims.ts";
import { findQuantities } from "./quantities.ts";
import type { Span } from "./segment.ts";

export type Extractor = (doc: Document) => Extraction;

/** The seed catalogue plus the domain packs; built once, then applied to any number of documents. */
export function createExtractor(catalogue: CatalogueEntry[]): Extractor {
  const gazetteer = createGazetteer(mergeCatalogues(catalogue, domainPacks()));
  return (doc) => {
    const text = doc.text;
    const sents = sentences(text);
    const structure = analyzeStructure(text);
    const found = findEntities(text, sents, gazetteer, structure);
    const attribute = createAttributor({ text, mentions: found.mentions, structure });
    const headers = headerSpans(text, structure);
    const isHeader = (span: Span) => headers.some((h) => h.start < span.end && span.start < h.end);
    const claims: ExtractedClaim[] = [];
    let si = 0;
    for (const unit of claimUnits(text, sents, isHeader)) {
      while (sents[si]!.end < unit.end) si++;
      const inUnit = found.mentions.filter((m) => m.start >= unit.start && m.end <= unit.end);
      const by = attribute(unit, sents[si]!);
      const about = [...new Set(inUnit.map((m) => m.entity.name))].filter((n) => n !== by?.entity.name || inUnit.length === 1);
      if (about.length === 0) continue;
      const quantities = findQuantities(unit.text);
      claims.push({
        start: unit.start,
        end: unit.end,
        quote: unit.text,
        about,
        ...(by ? { attributedTo: by.entity.name } : {}),
        numbers: quantities.map((q) => q.text),
        quantities,
        hedged: unit.hedged,
        confidence: unit.confidence,
      });
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

/**
 * Lines that are not prose: a commenter's name line, the byline, and headings (short lines with no
 * closing punctuation, mostly capitalised).
 */
function headerSpans(text: string, structure: Structure): Span[] {
  const out: Span[] = structure.regions.flatMap((r) => (r.kind === "comment" && r.speaker ? [r.speaker] : []));
  if (structure.author) out.push(structure.author);
  for (const m of text.matchAll(/^[^\n]+$/gm)) {
    const line = m[0].trim();
    const words = line.split(/\s+/);
    const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    if (words.length <= 8 && !/[.!?:;,”")\]]$/.test(line) && capitalised / words.length >= 0.5) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
