// The shapes' common vocabulary: who speaks, in which stretch of text, and why we think so.
import type { Span } from "../segment.ts";

export type Speaker = Span & { name: string; why: string };
/**
 * comment: text a named person wrote or said (a comment, a forum or social post, a transcript turn);
 * intro: an editor's note before someone else's post; body: the post of a byline author who writes in
 * the first person; quote: a block quoted from someone else; turn: a transcript turn whose speaker is
 * named by role and organisation ("Reporter from X:"); answer: a "Q:"/"A:" turn whose speaker the page's
 * head names ("an interview with X"); table: rows whose "Source:" line names a source.
 */
export type RegionKind = "comment" | "intro" | "body" | "quote" | "turn" | "answer" | "table";
/** A stretch of text whose claims, unless they say otherwise, come from `speaker` (none: unknown). */
export type Region = Span & {
  kind: RegionKind;
  /** The shape rule that found it. */
  rule: string;
  speaker?: Speaker;
  /** The paragraph that introduces a quoted block. */
  introducer?: Span;
  /** Where a table's or a note's source is named. */
  source?: Span;
};
/** A footnote: its marker as written ("⁶", "[^2]") and the span of its text. */
export type Footnote = Span & { marker: string };
export type Structure = { author?: Speaker; regions: Region[]; footnotes: Footnote[] };
