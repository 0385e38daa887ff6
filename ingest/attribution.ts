// Who a claim comes from, decided by ordered, declared rules (see rules.ts):
//   1. explicit cues of the sentence (attribution/cues.ts): one in the claim's own clause; none for the
//      speaker's own role apposition; one carried from an earlier clause of the sentence; one that
//      closes the sentence; a footnote; the speaker of a quotation; a finding of a report under discussion;
//   2. the layout (structure.ts): a table's "Source:" line, the author of the comment, post or
//      transcript turn the claim stands in, a personal post's byline author, a quoted account.
// A named source wins over the layout; a source that is not named ("people familiar with the matter")
// leaves the claim to the layout, which is nobody in a news report.
import type { EntityType } from "../graph/model.ts";
import type { FoundEntity, FoundMention } from "./entities.ts";
import type { Span } from "./segment.ts";
import { countBetween, lastBefore, within as inSpan } from "./spans.ts";
import { regionAt, type Footnote, type Structure } from "./structure.ts";
import type { Rule } from "./rules.ts";
import { FINDING_WORDS, REPORT_NOUNS, alternation } from "./word-classes.ts";
import { cuesIn, type Cue } from "./attribution/cues.ts";
import { CLAUSE_THAT, CUE_GATE, SAYS_AFTER, SAYS_ANYWHERE, SAYS_BEFORE } from "./attribution/patterns.ts";
import { createResolver } from "./attribution/resolve.ts";

export { CUE_RULES } from "./attribution/cues.ts";

export type Attribution = { entity: FoundEntity; rule: string; why: string };

const CAN_SPEAK: EntityType[] = ["Person", "Organization", "Publication"];
const REPORT_WORDS = new RegExp(`\\b(?:${alternation(REPORT_NOUNS)})\\b`, "i");
/** How far from the word "report" its publisher may be named (characters). */
const REPORT_REACH = 40;
/** A figure, or words of rank and share: what a finding of a report states. */
const FINDING_CUES = new RegExp(`\\d|%|\\b(?:${alternation(FINDING_WORDS)})\\b`, "i");
/** A rule of bullets, or a "[n/m]" thread marker, ends what a report section was about. */
const SECTION_BREAK = /^\s*(?:[•*·-]\s*){2,}$|^\s*\[\d+\/\d+\]/gm;
const FOOTNOTE_AFTER = /^[\s.,;:!?”"’)\]*]{0,4}([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^[^\]\s]{1,10}\])/;
/** A footnote marker at a claim's end, before or after its closing punctuation: "...in 2023.⁶", "...(wpm)[^2]." */
const FOOTNOTE_AT_END = /([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^[^\]\s]{1,10}\])[\s.,;:!?”"’)\]*]{0,4}$/;
/** A footnote names its source at its opening ("Agency, Title (2024)", "Interview with Jane Roe, ..."). */
const NOTE_OPENING = 24;

/**
 * Where a claim stands in the layout: its last character, since a claim may start on the label of the
 * turn or post it belongs to ("Reporter from X: ...").
 */
const layoutProbe = (unit: Span): Span => ({ start: Math.max(unit.start, unit.end - 1), end: unit.end });

/** Does a verb of saying follow a name that ends at `at` ("X said", "X, based in Y, said")? */
export const speaksAfter = (text: string, at: number): boolean => SAYS_AFTER.test(text.slice(at, at + 120));

export type AttributionContext = {
  text: string;
  mentions: FoundMention[];
  structure: Structure;
};

/** What the rules may ask of the document, built once per document by createAttributor. */
type DocumentView = {
  text: string;
  structure: Structure;
  /** Speakers (people, organisations, publications) named inside a span. */
  within: (span: Span) => FoundMention[];
  noteByMarker: Map<string, Footnote>;
  quoteSpeaker: (unit: Span) => Attribution | undefined;
  reportUnderDiscussion: (unit: Span, sentence: Span) => Attribution | undefined;
  speakerEntity: (span: Span, name: string) => FoundEntity | undefined;
};
/** What a rule sees for one claim: the claim, its sentence, the sentence's cues and the document. */
export type UnitInput = { unit: Span; sentence: Span; cues: Cue[]; doc: DocumentView };
type Out = Attribution | "layout";

const decided = (rule: string, entity: FoundEntity | null | undefined, why: string): Out | undefined =>
  entity === null ? "layout" : entity ? { entity, rule, why } : undefined;

export function createAttributor({ text, mentions, structure }: AttributionContext) {
  const speakers = mentions.filter((m) => CAN_SPEAK.includes(m.entity.type)).sort((a, b) => a.start - b.start);
  const within = (span: Span) => inSpan(speakers, span.start, span.end);
  const resolve = createResolver(text, speakers);
  const byName = new Map<string, FoundEntity>();
  for (const m of mentions)
    for (const n of [m.entity.name, ...m.entity.aliases])
      if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), m.entity);
  const mentionAt = new Map(mentions.map((m) => [m.start, m.entity]));
  const noteByMarker = new Map(structure.footnotes.map((n) => [n.marker, n]));

  // Positions found once per document and searched, because rescanning long lines was quadratic.
  const positionsOf = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index);
  const lineStarts = [0, ...positionsOf(/\n/g).map((i) => i + 1)];
  const straight = positionsOf(/"/g);
  const curlyOpens = positionsOf(/“/g);
  const curlyCloses = positionsOf(/”/g);
  const breaks = [...text.matchAll(SECTION_BREAK), ...text.matchAll(/\n[ \t]*\n/g)]
    .map((m) => m.index)
    .sort((a, b) => a - b);
  const breakBetween = (from: number, to: number) => countBetween(breaks, from, to) > 0;

  /** The opening quotation mark of the quotation a position stands in, if any. */
  const openingQuote = (at: number): number | undefined => {
    const lineStart = lastBefore(lineStarts, at + 1) ?? 0;
    const open = lastBefore(curlyOpens, at);
    if (open !== undefined && open >= lineStart && open > (lastBefore(curlyCloses, at) ?? -1)) return open;
    return countBetween(straight, lineStart, at) % 2 === 1 ? lastBefore(straight, at) : undefined;
  };

  /** The speaker a quotation is credited to: named after it, or introducing it, or earlier in its paragraph. */
  function quoteSpeaker(unit: Span): Attribution | undefined {
    // A claim may start at its own opening quotation mark.
    const q = openingQuote(/["“]/.test(text[unit.start] ?? "") ? unit.start + 1 : unit.start);
    if (q === undefined) return undefined;
    const close = text.indexOf(text[q] === "“" ? "”" : '"', unit.start);
    if (close >= 0) {
      const lineEnd = text.indexOf("\n", close);
      const tail = within({ start: close, end: Math.min(lineEnd < 0 ? text.length : lineEnd, close + 90) });
      const after = tail.find(
        (x) => SAYS_BEFORE.test(text.slice(close + 1, x.start)) || SAYS_AFTER.test(text.slice(x.end, x.end + 120)),
      );
      if (after) return { entity: after.entity, rule: "quotation", why: `quoted from ${after.surface}` };
    }
    const lineStart = lastBefore(lineStarts, q + 1) ?? 0;
    const intro = within({ start: Math.max(lineStart, q - 300), end: q }).find((x) =>
      SAYS_ANYWHERE.test(text.slice(x.end, q)),
    );
    if (intro) return { entity: intro.entity, rule: "quotation", why: `quoted from ${intro.surface}` };
    // '"A," said X. "B."': a quotation that goes on after its speaker was named in the paragraph.
    const earlier = within({ start: Math.max(lineStart, q - 400), end: q })
      .filter(
        (x) =>
          SAYS_BEFORE.test(text.slice(Math.max(lineStart, x.start - 40), x.start)) ||
          SAYS_AFTER.test(text.slice(x.end, Math.min(q, x.end + 120))),
      )
      .at(-1);
    if (earlier)
      return { entity: earlier.entity, rule: "quotation", why: `the quotation goes on from ${earlier.surface}` };
    return undefined;
  }

  let report: { publisher: FoundEntity; at: number } | undefined;
  /** What a sentence says of a report: worked out once per sentence, not once per clause of it (quadratic). */
  let reportCache:
    { start: number; end: number; reportWord?: number; pub?: FoundMention; org?: FoundEntity } | undefined;
  function reportOf(sentence: Span) {
    if (reportCache?.start === sentence.start && reportCache.end === sentence.end) return reportCache;
    const here = within(sentence);
    const s = text.slice(sentence.start, sentence.end);
    const reportWord = REPORT_WORDS.exec(s)?.index;
    const pub = here.find((m) => m.entity.type === "Publication");
    const at = sentence.start + (reportWord ?? 0);
    const org =
      // The publisher is named with the report ("the X report", "a report by X"), not anywhere in the sentence.
      here
        .filter(
          (m) =>
            m.entity.type === "Organization" &&
            (reportWord === undefined || Math.min(Math.abs(m.end - at), Math.abs(m.start - at)) <= REPORT_REACH),
        )
        .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]?.entity ??
      (pub
        ? mentions.find(
            (m) =>
              m.entity.type === "Organization" &&
              [m.entity.name, ...m.entity.aliases].some((n) => pub.surface.startsWith(`${n} `)),
          )?.entity
        : undefined);
    reportCache = { start: sentence.start, end: sentence.end, reportWord, pub, org };
    return reportCache;
  }
  /** A finding stated while a report is being discussed: its publisher's. Call in document order. */
  function reportUnderDiscussion(unit: Span, sentence: Span): Attribution | undefined {
    const { reportWord, pub, org } = reportOf(sentence);
    if ((pub || reportWord !== undefined) && org) report = { publisher: org, at: sentence.start };
    else if (pub && report) report.at = sentence.start;
    if (!report) return undefined;
    if (breakBetween(report.at, sentence.start)) {
      report = undefined;
      return undefined;
    }
    // "X just released its report (86 pages)": a sentence whose subject is the publisher tells of the
    // report; it does not state one of its findings.
    const first = within(unit)[0];
    if (first?.entity === report.publisher && /^\s+\p{Ll}/u.test(text.slice(first.end, first.end + 3)))
      return undefined;
    if (!FINDING_CUES.test(text.slice(unit.start, unit.end))) return undefined;
    return {
      entity: report.publisher,
      rule: "report-under-discussion",
      why: `a finding of the ${report.publisher.name} report under discussion`,
    };
  }

  /** The entity a layout speaker names: the mention at the name, or the name itself. */
  function speakerEntity(span: Span, name: string): FoundEntity | undefined {
    return mentionAt.get(span.start) ?? within(span)[0]?.entity ?? byName.get(name.toLowerCase());
  }

  const doc: DocumentView = {
    text,
    structure,
    within,
    noteByMarker,
    quoteSpeaker,
    reportUnderDiscussion,
    speakerEntity,
  };
  let cached: { start: number; cues: Cue[] } | undefined;
  const cuesOf = (sentence: Span): Cue[] => {
    if (cached?.start !== sentence.start) {
      const s = text.slice(sentence.start, sentence.end);
      const cues = CUE_GATE.test(s) ? cuesIn({ text, sentence, here: within(sentence), resolve }) : [];
      cached = { start: sentence.start, cues };
    }
    return cached.cues;
  };

  /** Call in document order: what was credited last is what "it says" and "the statement" refer to. */
  return (unit: Span, sentence: Span): Attribution | undefined => {
    const input: UnitInput = { unit, sentence, cues: cuesOf(sentence), doc };
    for (const rule of EXPLICIT_RULES) {
      const out = rule.apply(input);
      if (out === undefined) continue;
      if (out === "layout") break;
      resolve.credit(out.entity, unit.start);
      return out;
    }
    for (const rule of LAYOUT_RULES) {
      const out = rule.apply(input);
      if (out) return out;
    }
    return undefined;
  };
}

/**
 * Explicit rules, in order: the first that decides wins. "layout" means the sentence names no source
 * for this claim (an unnamed source, a speaker's own apposition), so only the layout rules are asked.
 */
export const EXPLICIT_RULES: readonly Rule<UnitInput, Out>[] = [
  {
    id: "cue-in-clause",
    why: "the claim's own clause names who says it",
    apply: ({ unit, cues }) => {
      const c = cues.find((c) => c.at >= unit.start && c.at < unit.end);
      return c ? decided(c.rule, c.entity, c.why) : undefined;
    },
  },
  {
    id: "own-apposition",
    why: "a speaker's own role apposition is not what the speaker says",
    apply: ({ unit, cues }) =>
      cues.some((c) => c.mention && c.mention.start >= unit.start && c.mention.end <= unit.end) ? "layout" : undefined,
  },
  {
    id: "cue-carried",
    why: "a speaker named earlier in the sentence governs the clauses after it",
    apply: ({ unit, cues, doc }) => {
      const c = cues.filter((c) => c.at < unit.start).at(-1);
      if (!c) return undefined;
      // "X claims 40 units an hour, which is twice ...": a relative clause on the object is the writer's, unless
      // the speaker's words go on as a clause ("X said that ..., which ...").
      if (
        /^which\b/i.test(doc.text.slice(unit.start, unit.start + 6)) &&
        !CLAUSE_THAT.test(doc.text.slice(c.at, unit.start))
      )
        return undefined;
      return decided(c.rule, c.entity, `${c.why}, in the sentence's earlier clause`);
    },
  },
  {
    id: "cue-postposed",
    why: 'a source closing the sentence (", the company said.") governs all of it',
    apply: ({ unit, cues }) => {
      const c = cues.find((c) => c.at >= unit.end && c.postposed);
      return c ? decided(c.rule, c.entity, `${c.why}, closing the sentence`) : undefined;
    },
  },
  {
    id: "footnote",
    why: "a footnote marker after the claim points to a note that opens with its source",
    apply: ({ unit, sentence, doc }) => {
      for (const end of [unit.end, sentence.end]) {
        const m =
          FOOTNOTE_AT_END.exec(doc.text.slice(Math.max(unit.start, end - 12), end)) ??
          FOOTNOTE_AFTER.exec(doc.text.slice(end, end + 16));
        const note = m && doc.noteByMarker.get(m[1]!);
        if (!note) continue;
        const named = doc
          .within({ start: note.start, end: Math.min(note.end, note.start + NOTE_OPENING + 60) })
          .find((x) => x.start - note.start <= NOTE_OPENING);
        if (named) return { entity: named.entity, rule: "footnote", why: `footnote ${m![1]} names ${named.surface}` };
        return undefined;
      }
      return undefined;
    },
  },
  { id: "quotation", why: "a quotation is its speaker's", apply: ({ unit, doc }) => doc.quoteSpeaker(unit) },
  {
    id: "report-under-discussion",
    why: "a finding stated while a report is discussed is its publisher's",
    apply: ({ unit, sentence, doc }) => doc.reportUnderDiscussion(unit, sentence),
  },
];

/** Layout rules, asked when no explicit rule credited a named source. */
export const LAYOUT_RULES: readonly Rule<UnitInput, Attribution>[] = [
  {
    id: "table-source",
    why: 'a table row is credited to the source its "Source:" line names',
    apply: ({ unit, doc }) => {
      const r = regionAt(doc.structure, layoutProbe(unit));
      if (r?.kind !== "table" || !r.source) return undefined;
      const named = doc.within(r.source)[0];
      return named
        ? { entity: named.entity, rule: "table-source", why: `the table's source line names ${named.surface}` }
        : undefined;
    },
  },
  {
    id: "layout-speaker",
    why: "the author of the comment, post or turn, or the quoted account, a claim stands in",
    apply: ({ unit, doc }) => {
      const r = regionAt(doc.structure, layoutProbe(unit));
      if (!r) return undefined;
      if (r.kind === "quote" && !r.speaker) {
        const intro = r.introducer
          ? doc
              .within(r.introducer)
              .filter((m) => m.entity.type === "Person")
              .at(-1)
          : undefined;
        return intro
          ? { entity: intro.entity, rule: "quoted-block", why: `quoted by the writer from ${intro.entity.name}` }
          : undefined;
      }
      if (!r.speaker) return undefined;
      const e = doc.speakerEntity(r.speaker, r.speaker.name);
      return e ? { entity: e, rule: r.rule, why: `${r.speaker.name} ${r.speaker.why}` } : undefined;
    },
  },
];
