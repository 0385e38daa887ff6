// Document -> Extraction: structure, entities, claims, attribution and citations, all with spans.
import type { Document } from "./document.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import { findEntities, type FoundMention } from "./entities.ts";
import type { Decision, ExtractedClaim, Extraction, Rejection } from "./extraction.ts";
import { createGazetteer } from "./gazetteer.ts";
import { domainPacks, mergeCatalogues } from "./packs/index.ts";
import { sentences } from "./segment.ts";
import { analyzeStructure, regionAt, type Structure } from "./structure.ts";
import { createAttributor } from "./attribution.ts";
import { findCitations } from "./citations.ts";
import { listLeads, type ListLead } from "./lists.ts";
import { STAGES, type Stage } from "./rules.ts";
import { chooseAbout, type Topic } from "./about.ts";
import { claimUnits, hasPredicate } from "./claims.ts";
import { claimQuantities } from "./quantities.ts";
import { firstAtOrAfter, within } from "./spans.ts";
import type { Span } from "./segment.ts";

export type Extractor = (doc: Document) => Extraction;

/** A claim of this many words or fewer that names nothing and has no figure says too little to check. */
const VAGUE_WORDS = 7;

type Unit = ReturnType<typeof claimUnits>[number];
type Attribution = ReturnType<ReturnType<typeof createAttributor>>;
/** What the stages hand on to each other for one document. */
type Context = {
  text: string;
  sents: ReturnType<typeof sentences>;
  structure: Structure;
  found: ReturnType<typeof findEntities>;
  /** The claims stage's units, each with the mentions inside it and the list it is an item of. */
  units: { unit: Unit; sentence: ReturnType<typeof sentences>[number]; inUnit: FoundMention[]; lead?: ListLead }[];
  /** The about stage's claims, in order. */
  claims: (ExtractedClaim & { unitIndex: number })[];
  rejected: Rejection[];
  /** Who a unit is attributed to: asked once per unit, by the about stage (a speaker is not what a
   * claim is about) and recorded by the attribution stage. */
  sourceOf: (i: number) => Attribution;
};

/**
 * The stages, in the order STAGES declares them. Names and resolution run together in
 * findEntities (resolution merges the names it finds into entities).
 */
const PIPELINE: Record<Stage, (ctx: Context, gazetteer: ReturnType<typeof createGazetteer>) => void> = {
  structure: (ctx) => {
    ctx.sents = sentences(ctx.text);
    ctx.structure = analyzeStructure(ctx.text);
  },
  names: (ctx, gazetteer) => {
    ctx.found = findEntities(ctx.text, ctx.sents, gazetteer, ctx.structure);
  },
  resolution: () => {},
  claims: (ctx) => claimsStage(ctx),
  about: (ctx) => aboutStage(ctx),
  attribution: (ctx) => {
    for (const c of ctx.claims) {
      const by = ctx.sourceOf(c.unitIndex);
      if (!by) continue;
      c.attributedTo = by.entity.name;
      c.why.push({ stage: "attribution", rule: by.rule, why: by.why } satisfies Decision);
    }
  },
};

/** The seed catalogue plus the domain packs; built once, then applied to any number of documents. */
export function createExtractor(catalogue: CatalogueEntry[]): Extractor {
  const gazetteer = createGazetteer(mergeCatalogues(catalogue, domainPacks()));
  return (doc) => {
    const ctx = { text: doc.text, units: [], claims: [], rejected: [] } as unknown as Context;
    for (const stage of STAGES) PIPELINE[stage](ctx, gazetteer);
    const { text, found } = ctx;
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
      claims: ctx.claims.map(({ unitIndex: _unitIndex, ...c }) => c),
      citations: findCitations(text, found.mentions),
      rejected: ctx.rejected,
    };
  };
}

/** Claims: the units claimUnits accepts, less a comment's repeat of an earlier claim and what is too vague to check. */
function claimsStage(ctx: Context): void {
  const { text, sents, structure, found, rejected } = ctx;
  const headers = headerSpans(text, structure).sort((a, b) => a.start - b.start);
  // Headers are lines, so only the one starting at or before the span, and those inside it, can overlap.
  const isHeader = (span: Span) => {
    const i = firstAtOrAfter(headers, span.start, (h) => h.start);
    const near = [headers[i - 1], headers[i]].filter((h) => h !== undefined);
    return near.some((h) => h.start < span.end && span.start < h.end);
  };
  const leads = listLeads(text, sents, found.mentions);
  let li = 0;
  let si = 0;
  const seen = new Set<string>();
  for (const unit of claimUnits(text, sents, isHeader, rejected)) {
    while (sents[si]!.end < unit.end) si++;
    const reject = (rule: string, why: string) =>
      rejected.push({ start: unit.start, end: unit.end, text: unit.text, decision: { stage: "claims", rule, why } });
    // A comment that quotes the article repeats its claim; it does not make it again.
    const key = unit.text.replace(/\s+/g, " ").replace(/^[“"]|[”"]$/g, "");
    if (seen.has(key) && regionAt(structure, unit)?.kind === "comment") {
      reject("quoted-again", "a comment quoting a claim made earlier in the text");
      continue;
    }
    seen.add(key);
    const inUnit = within(found.mentions, unit.start, unit.end);
    while (li < leads.length && leads[li]!.end <= unit.start) li++;
    const lead = leads[li] && leads[li]!.start <= unit.start ? leads[li] : undefined;
    // "Money explains part of the story.": too vague to check when it names nothing and has no figure
    // (a short item of a list is not vague: its lead-in says what it is about).
    if (!lead && inUnit.length === 0 && unit.text.split(/\s+/).length <= VAGUE_WORDS && !/\d/.test(unit.text)) {
      reject("too-vague", `names nothing, has no figure and is ${VAGUE_WORDS} words or fewer`);
      continue;
    }
    ctx.units.push({ unit, sentence: sents[si]!, inUnit, ...(lead ? { lead } : {}) });
  }
  const attribute = createAttributor({ text, mentions: found.mentions, structure });
  const asked = new Map<number, Attribution>();
  ctx.sourceOf = (i) => {
    if (!asked.has(i)) asked.set(i, attribute(ctx.units[i]!.unit, ctx.units[i]!.sentence));
    return asked.get(i);
  };
}

/** About: what each claim is about (about.ts); a claim about nothing, with no topic to carry, is dropped. */
function aboutStage(ctx: Context): void {
  const { text, structure, found } = ctx;
  let topic: Topic | undefined;
  ctx.units.forEach(({ unit, inUnit, lead }, i) => {
    const by = ctx.sourceOf(i);
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
    if (chosen.about.length === 0) {
      ctx.rejected.push({
        start: unit.start,
        end: unit.end,
        text: unit.text,
        decision: {
          stage: "about",
          rule: "about-nothing",
          why: "names no entity, and no topic carries over from the claim before",
        },
      });
      return;
    }
    topic = { about: chosen.about, end: unit.end, region };
    const quantities = claimQuantities(unit, inUnit, chosen.about);
    ctx.claims.push({
      unitIndex: i,
      start: unit.start,
      end: unit.end,
      quote: unit.text,
      about: chosen.about,
      numbers: quantities.map((q) => q.text),
      quantities,
      hedged: unit.hedged,
      confidence: unit.confidence,
      why: [unit.decision, ...chosen.why],
    });
  });
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
    // A line that ends like a sentence is neither kind of heading below: its words need no counting.
    if (/[.!?;,”")\]]$/.test(line)) continue;
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
