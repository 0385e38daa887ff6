// Document -> Extraction: structure, entities, claims, attribution and citations, all with spans.
import type { Document } from "./document.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import { findEntities, type FoundMention } from "./entities.ts";
import type { Decision, ExtractedClaim, Extraction, Rejection } from "./extraction.ts";
import { createGazetteer } from "./gazetteer.ts";
import { domainPacks, mergeCatalogues } from "./packs/index.ts";
import { sentences } from "./segment.ts";
import { analyzeStructure, regionAt, type Structure } from "./structure.ts";
import { createAttributor, speaksAfter } from "./attribution.ts";
import { findCitations } from "./citations.ts";
import { listLeads } from "./lists.ts";
import { chooseAbout, type Topic } from "./about.ts";
import { claimUnits, hasPredicate } from "./claims.ts";
import { findQuantities } from "./quantities.ts";
import { firstAtOrAfter, within } from "./spans.ts";
import { opensSentence, type Span } from "./segment.ts";

export type Extractor = (doc: Document) => Extraction;

/** How far (in characters) a claim's topic carries to a following claim that names nothing itself:
 * further when that claim opens with a pronoun ("It", "They") that points back to it. */
const PRONOUN_REACH = 400;
const TOPIC_REACH = 150;
/** A claim of this many words or fewer that names nothing and has no figure says too little to check. */
const VAGUE_WORDS = 7;

/** The seed catalogue plus the domain packs; built once, then applied to any number of documents. */
export function createExtractor(catalogue: CatalogueEntry[]): Extractor {
  const gazetteer = createGazetteer(mergeCatalogues(catalogue, domainPacks()));
  return (doc) => {
    const text = doc.text;
    const sents = sentences(text);
    const structure = analyzeStructure(text);
    const found = findEntities(text, sents, gazetteer, structure);
    const attribute = createAttributor({ text, mentions: found.mentions, structure });
    const headers = headerSpans(text, structure).sort((a, b) => a.start - b.start);
    // Headers are lines, so only the one starting at or before the span, and those inside it, can overlap.
    const isHeader = (span: Span) => {
      const i = firstAtOrAfter(headers, span.start, (h) => h.start);
      const near = [headers[i - 1], headers[i]].filter((h) => h !== undefined);
      return near.some((h) => h.start < span.end && span.start < h.end);
    };
    const leads = listLeads(text, sents, found.mentions);
    let li = 0;
    const claims: ExtractedClaim[] = [];
    const rejected: Rejection[] = [];
    let si = 0;
    const seen = new Set<string>();
    let topic: Topic | undefined;
    for (const unit of claimUnits(text, sents, isHeader, rejected)) {
      while (sents[si]!.end < unit.end) si++;
      // A comment that quotes the article repeats its claim; it does not make it again.
      const key = unit.text.replace(/\s+/g, " ").replace(/^[“"]|[”"]$/g, "");
      const reject = (rule: string, why: string) =>
        rejected.push({ start: unit.start, end: unit.end, text: unit.text, decision: { stage: "claims", rule, why } });
      if (seen.has(key) && regionAt(structure, unit)?.kind === "comment") {
        reject("quoted-again", "a comment quoting a claim made earlier in the text");
        continue;
      }
      seen.add(key);
      const inUnit = within(found.mentions, unit.start, unit.end);
      // "Money explains part of the story.": too vague to check when it names nothing and has no figure.
      while (li < leads.length && leads[li]!.end <= unit.start) li++;
      const lead = leads[li] && leads[li]!.start <= unit.start ? leads[li] : undefined;
      // A short item of a list is not vague: its lead-in says what it is about.
      if (!lead && inUnit.length === 0 && unit.text.split(/\s+/).length <= VAGUE_WORDS && !/\d/.test(unit.text)) {
        reject("too-vague", `names nothing, has no figure and is ${VAGUE_WORDS} words or fewer`);
        continue;
      }
      const by = attribute(unit, sents[si]!);
      const region = regionAt(structure, unit);
      const chosen = chooseAbout({
        text,
        unit,
        inUnit,
        mentions: found.mentions,
        ...(by ? { source: by.entity } : {}),
        ...(lead ? { lead } : {}),
        ...(topic ? { topic } : {}),
        region,
      });
      const about = chosen.about;
      if (about.length === 0) {
        reject("about-nothing", "names no entity, and no topic carries over from the claim before");
        continue;
      }
      topic = { about, end: unit.end, region };
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
        why: [
          unit.decision,
          ...chosen.why,
          ...(by ? [{ stage: "attribution", rule: by.rule, why: by.why } satisfies Decision] : []),
        ],
      });
    }
    return {
      entities: found.entities.map((e) => ({
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        resolution: e.notes,
        found: e.found,
        ...(e.description ? { description: e.description } : {}),
      })),
      mentions: found.mentions.map((m) => ({ start: m.start, end: m.end, surface: m.surface, entity: m.entity.name })),
      claims,
      citations: findCitations(text, found.mentions),
      rejected,
    };
  };
}

/**
 * Lines that are not prose: a commenter's name line, the byline, and headings (short lines with no
 * closing punctuation, mostly capitalised).
 */
function headerSpans(text: string, structure: Structure): Span[] {
  // A speaker's name line is no claim; a transcript's "NAME: what they said" is, after its label.
  const inlineLabel = (sp: Span) => /^\s*:\s*\S/.test(text.slice(sp.end, sp.end + 3));
  const out: Span[] = structure.regions.flatMap((r) =>
    r.kind === "comment" && r.speaker && !inlineLabel(r.speaker) ? [r.speaker] : [],
  );
  if (structure.author) out.push(structure.author);
  for (const m of text.matchAll(/^[^\n]+$/gm)) {
    const line = m[0].trim();
    const words = line.split(/\s+/);
    const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    // A table row ("Shanghai 412 27% +48%") is mostly figures: a fact, not a heading.
    const figures = words.filter((w) => /^[+−-]?[\p{Sc}]?\d/u.test(w)).length;
    if (figures * 2 >= words.length) continue;
    if (words.length <= 8 && !/[.!?:;,”")\]]$/.test(line) && capitalised / words.length >= 0.5 && !hasPredicate(line))
      out.push({ start: m.index, end: m.index + m[0].length });
    // A title in Title Case ("A 12-Channel Low-Noise Amplifier For ...") of any length, when no word
    // in it is a verb (capitalised participles like "Integrated" are read as adjectives of a title).
    else if (
      words.length > 8 &&
      !/[.!?;,”")\]]$/.test(line) &&
      capitalised / words.length >= 0.75 &&
      !hasPredicate(line.replace(/\b\p{Lu}\p{Ll}+ed\b/gu, "X"))
    )
      out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
