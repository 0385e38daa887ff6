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
    let topic: { about: string[]; end: number; region: ReturnType<typeof regionAt> } | undefined;
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
      // The outlet told something ("..., she told Reuters") is not what it is about.
      const inUnit = within(found.mentions, unit.start, unit.end).filter(
        (m) => m.entity.type === "Person" || !/\btold\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start)),
      );
      // "Money explains part of the story.": too vague to check when it names nothing and has no figure.
      while (li < leads.length && leads[li]!.end <= unit.start) li++;
      const lead = leads[li] && leads[li]!.start <= unit.start ? leads[li] : undefined;
      // A short item of a list is not vague: its lead-in says what it is about.
      if (!lead && inUnit.length === 0 && unit.text.split(/\s+/).length <= VAGUE_WORDS && !/\d/.test(unit.text)) {
        reject("too-vague", `names nothing, has no figure and is ${VAGUE_WORDS} words or fewer`);
        continue;
      }
      const by = attribute(unit, sents[si]!);
      const subject =
        describedSubject(text, unit, found.mentions) ??
        (inUnit.some((m) => m.entity.type === "Person") ? undefined : pronounSubject(text, unit, found.mentions));
      // The name a claim opens with is its subject: "Ruiz is a fellow at ..." is about Ruiz, whoever wrote it.
      const opener = inUnit.find((m) => m.start === unit.start && !speaksAfter(text, m.end))?.entity.name;
      let about = [...new Set([...inUnit.map((m) => m.entity.name), ...(subject ? [subject] : [])])].filter(
        (n) => n === subject || n === opener || n !== by?.entity.name || inUnit.length === 1,
      );
      // An item of a list is about what the list's lead-in names, whatever else it names.
      if (lead && !about.includes(lead.subject)) about = [...about, lead.subject];
      // "It is also cheaper to run.", "Costs fell again": no name, so the topic
      // carries on from the claim just before, when that one stands close by in the same stretch of text.
      const continues = /^(?:it|it['’]s|they|they['’]re|these|there|this)\b/i.test(unit.text);
      if (
        about.length === 0 &&
        topic &&
        unit.start - topic.end < (continues ? PRONOUN_REACH : TOPIC_REACH) &&
        regionAt(structure, unit) === topic.region
      )
        about = topic.about;
      if (about.length === 0) {
        reject("about-nothing", "names no entity, and no topic carries over from the claim before");
        continue;
      }
      topic = { about, end: unit.end, region: regionAt(structure, unit) };
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
  const out: Span[] = structure.regions.flatMap((r) => (r.kind === "comment" && r.speaker ? [r.speaker] : []));
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
    // A title in Title Case ("A 64-Element Phased-Array Transceiver With ...") of any length, when no word
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

/** "He's invoking ...": a sentence whose subject is he or she is about the last person named just before. */
function pronounSubject(text: string, unit: Span, mentions: FoundMention[]): string | undefined {
  if (!/^(?:he|she|he['’]s|she['’]s)\b/i.test(text.slice(unit.start, unit.start + 6))) return undefined;
  return mentions.filter((m) => m.entity.type === "Person" && m.end <= unit.start && unit.start - m.end < 600).at(-1)
    ?.entity.name;
}

/**
 * "The company said ...", "The Hangzhou-based start-up claims ...", "The country spent ...": a
 * subject described rather than named is the organisation (or country) the sentences before were
 * about: of those that opened a sentence nearby (or else of all named nearby), the one the text has
 * named most often, and of those the last.
 */
function describedSubject(text: string, unit: Span, mentions: FoundMention[]): string | undefined {
  const opening = text.slice(unit.start, unit.start + 90);
  const kind = DESCRIBED_ORGANISATION.test(opening)
    ? "organisation"
    : DESCRIBED_COUNTRY.test(opening)
      ? "country"
      : undefined;
  if (!kind) return undefined;
  const fits = (m: FoundMention) =>
    kind === "organisation"
      ? m.entity.type === "Organization"
      : m.entity.type === "Place" && (m.entity.description?.startsWith("Country in") ?? false);
  const before = mentions.filter((m) => fits(m) && m.end <= unit.start && unit.start - m.end < 600);
  const subjects = before.filter((m) => opensSentence(text, m.start));
  const pool = subjects.length > 0 ? subjects : before;
  const times = (name: string) => mentions.filter((m) => m.entity.name === name && m.end <= unit.start).length;
  let best: string | undefined;
  for (const m of pool) if (best === undefined || times(m.entity.name) >= times(best)) best = m.entity.name;
  return best;
}
const DESCRIBED_ORGANISATION =
  /^(?:[^,]{1,30},\s+)?the (?:[\w-]+ ){0,2}(?:company|firm|group|start-?up|maker|chipmaker|carmaker|automaker|manufacturer)\b/i;
const DESCRIBED_COUNTRY = /^(?:[^,]{1,30},\s+)?the (?:country|nation)\b/i;
