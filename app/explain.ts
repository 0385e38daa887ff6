// `claimgraph explain`: what extraction decided about one document, and which rule decided it. Pure
// but for explainFile: a Document and its Extraction in, an Explanation (for --json) and a readable
// report out.
import type { Document } from "../ingest/document.ts";
import type { Extractor } from "../ingest/extract.ts";
import type { Decision, Extraction } from "../ingest/extraction.ts";
import { readDocument } from "../ingest/load.ts";
import { sentences } from "../ingest/segment.ts";
import { firstAtOrAfter } from "../ingest/spans.ts";
import { decisionText } from "../ingest/to-batch.ts";

/** One sentence or clause, in document order: kept as a claim, rejected, or left undecided by any rule. */
export type ExplainedSpan = {
  verdict: "claim" | "rejected" | "undecided";
  start: number;
  end: number;
  /** 1-based line of `start` in the document text. */
  line: number;
  text: string;
  /** Claims: every decision (claims, about, attribution); rejections: the one that rejected it. */
  decisions: Decision[];
  about?: string[];
  attributedTo?: string;
};
export type ExplainedEntity = {
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  /** The rules that found the name and typed it. */
  found: Decision[];
  /** Why each other name was taken to mean this entity. */
  resolution: string[];
};
export type ExplainedAttribution = { line: number; text: string; source: string; cue: Decision[] };
export type Explanation = {
  uri: string;
  title: string;
  counts: { claims: number; rejected: number; undecided: number; entities: number; attributions: number };
  spans: ExplainedSpan[];
  entities: ExplainedEntity[];
  attributions: ExplainedAttribution[];
};

/** Offsets of the first character of each line, for turning an offset into a line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

export function explainExtraction(doc: Document, extraction: Extraction): Explanation {
  const starts = lineStarts(doc.text);
  const lineOf = (offset: number) => firstAtOrAfter(starts, offset + 1, (s) => s);
  const decided: ExplainedSpan[] = [
    ...extraction.claims.map((c) => ({
      verdict: "claim" as const,
      start: c.start,
      end: c.end,
      line: lineOf(c.start),
      text: c.quote,
      decisions: c.why,
      about: c.about,
      ...(c.attributedTo ? { attributedTo: c.attributedTo } : {}),
    })),
    ...extraction.rejected.map((r) => ({
      verdict: "rejected" as const,
      start: r.start,
      end: r.end,
      line: lineOf(r.start),
      text: r.text,
      decisions: [r.decision],
    })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);

  // A sentence that no claim or rejection overlaps went through no rule that records itself: say so,
  // so a missing explanation shows instead of hiding. Both lists are sorted, so one sweep suffices.
  const undecided: ExplainedSpan[] = [];
  let i = 0;
  let reach = -1;
  for (const s of sentences(doc.text)) {
    while (i < decided.length && decided[i]!.start < s.end) reach = Math.max(reach, decided[i++]!.end);
    if (reach <= s.start)
      undecided.push({
        verdict: "undecided",
        start: s.start,
        end: s.end,
        line: lineOf(s.start),
        text: s.text,
        decisions: [],
      });
  }
  const spans = [...decided, ...undecided].sort((a, b) => a.start - b.start || a.end - b.end);

  const mentions = new Map<string, number>();
  for (const m of extraction.mentions) mentions.set(m.entity, (mentions.get(m.entity) ?? 0) + 1);
  const entities = extraction.entities.map((e) => ({
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    mentions: mentions.get(e.name) ?? 0,
    found: e.found,
    resolution: e.resolution,
  }));

  const attributions = decided.flatMap((s) =>
    s.attributedTo
      ? [
          {
            line: s.line,
            text: s.text,
            source: s.attributedTo,
            cue: s.decisions.filter((d) => d.stage === "attribution"),
          },
        ]
      : [],
  );

  return {
    uri: doc.uri,
    title: doc.title,
    counts: {
      claims: extraction.claims.length,
      rejected: extraction.rejected.length,
      undecided: undecided.length,
      entities: entities.length,
      attributions: attributions.length,
    },
    spans,
    entities,
    attributions,
  };
}

/** Loads any file ingest reads and explains its extraction. */
export async function explainFile(path: string, extract: Extractor): Promise<Explanation> {
  const doc = await readDocument(path).catch((e: Error) => {
    throw new Error(`explain: ${path}: ${e.message}`);
  });
  return explainExtraction(doc, extract(doc));
}

/**
 * Document text as one safe line: white space runs become one space and control characters (a
 * file could carry terminal escape sequences) are dropped; long text is cut with an ellipsis.
 */
export function shorten(text: string, max = 80): string {
  const flat = text
    .replace(/\s+/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

const VERDICT = { claim: "CLAIM ", rejected: "REJECT", undecided: "  ?   " } as const;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The report `claimgraph explain` prints: sentences in document order, then entities, then attributions. */
export function formatExplanation(e: Explanation, opts: { width?: number } = {}): string {
  const width = opts.width ?? 80;
  const c = e.counts;
  const out: string[] = [
    `${shorten(e.uri, 200)}: ${shorten(e.title, width)}`,
    `${plural(c.claims, "claim")}, ${plural(c.rejected, "rejected sentence or clause", "rejected sentences or clauses")}` +
      `${c.undecided ? `, ${plural(c.undecided, "sentence")} no rule decided` : ""}; ` +
      `${plural(c.entities, "entity", "entities")}; ${plural(c.attributions, "attribution")}`,
    "",
    "Sentences and clauses (line, verdict, rule: reason, text)",
  ];
  const lineWidth = String(Math.max(1, ...e.spans.map((s) => s.line))).length;
  const pad = " ".repeat(lineWidth + 12);
  for (const s of e.spans) {
    const [first, ...rest] = s.decisions;
    const rule = first ? shorten(decisionText(first), 200) : "no rule recorded a decision";
    out.push(`  ${String(s.line).padStart(lineWidth)}  ${VERDICT[s.verdict]}  ${rule}  "${shorten(s.text, width)}"`);
    for (const d of rest) out.push(`${pad}${shorten(decisionText(d), 200)}`);
    if (s.verdict === "claim") {
      out.push(`${pad}about: ${s.about?.length ? s.about.map((a) => shorten(a)).join(", ") : "nothing"}`);
      if (s.attributedTo) out.push(`${pad}attributed to: ${shorten(s.attributedTo)}`);
    }
  }

  out.push("", `Entities (${e.entities.length})`);
  for (const n of e.entities) {
    out.push(`  ${shorten(n.name)} (${n.type}), ${plural(n.mentions, "mention")}`);
    if (n.aliases.length) out.push(`      also named: ${n.aliases.map((a) => shorten(a)).join(", ")}`);
    if (n.found.length === 0) out.push("      found by: no rule recorded");
    for (const d of n.found) out.push(`      found by ${shorten(decisionText(d), 200)}`);
    for (const r of n.resolution) out.push(`      resolved: ${shorten(r, 200)}`);
  }

  out.push("", `Attributions (${e.attributions.length})`);
  for (const a of e.attributions) {
    const cue = a.cue.length ? a.cue.map((d) => shorten(decisionText(d), 200)).join("; ") : "no cue recorded";
    out.push(
      `  ${String(a.line).padStart(lineWidth)}  ${shorten(a.source)} ← "${shorten(a.text, width)}"`,
      `${pad}cue: ${cue}`,
    );
  }
  return out.join("\n");
}
