// Marking a claim's figures in a quote: the pure split into segments, and the DOM built from it
// (text nodes and <mark class="number"> elements, never HTML, since quotes come from documents).
import type { Quantity } from "../../../../graph/model.ts";
import { h } from "../../dom.ts";

export type Segment = { text: string; number: boolean };

const DIGIT = /\d/;
/** A digit, or a separator with a digit beyond it: "4.2" must not be found inside "14.2" or "4.25". */
const digitBefore = (text: string, at: number) =>
  DIGIT.test(text[at - 1] ?? "") || (/[.,]/.test(text[at - 1] ?? "") && DIGIT.test(text[at - 2] ?? ""));
const digitAfter = (text: string, at: number) =>
  DIGIT.test(text[at] ?? "") || (/[.,]/.test(text[at] ?? "") && DIGIT.test(text[at + 1] ?? ""));

/**
 * The quote cut into plain and number segments: every occurrence of each figure's text that is not
 * part of a longer number. Where two figures overlap ("4.2" and "4.2 GWh") the one starting first,
 * then the longer, wins. Adjacent segments never share a kind, and joined they give the quote back.
 */
export function numberSegments(quote: string, figures: readonly string[]): Segment[] {
  const found: Array<{ start: number; end: number }> = [];
  for (const figure of new Set(figures.filter((f) => f.trim() !== ""))) {
    for (let at = quote.indexOf(figure); at >= 0; at = quote.indexOf(figure, at + 1)) {
      const end = at + figure.length;
      if (!digitBefore(quote, at) && !digitAfter(quote, end)) found.push({ start: at, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  const push = (text: string, number: boolean) => {
    const last = segments.at(-1);
    if (text === "") return;
    if (last && last.number === number) last.text += text;
    else segments.push({ text, number });
  };
  for (const { start, end } of found) {
    if (start < cursor) continue; // overlaps a figure already marked
    push(quote.slice(cursor, start), false);
    push(quote.slice(start, end), true);
    cursor = end;
  }
  push(quote.slice(cursor), false);
  return segments;
}

/** The texts to mark for a claim: its quantities' texts, and its plain numbers for claims stored without them. */
export const figuresOf = (quantities: readonly Quantity[] | undefined, numbers: readonly string[] = []): string[] => [
  ...(quantities ?? []).map((q) => q.text),
  ...numbers,
];

/** The quote as DOM nodes, each figure in a <mark class="number">. */
export function markedQuote(quote: string, figures: readonly string[]): Node[] {
  return numberSegments(quote, figures).map((s) =>
    s.number ? h("mark", { class: "number" }, s.text) : document.createTextNode(s.text),
  );
}
