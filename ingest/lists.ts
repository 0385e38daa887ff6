// Lists introduced by a lead-in ("DeepSeek V3's results are strong:", "China is:"): each item is a
// claim about the lead-in's subject, whether or not the item names it again.
import type { FoundMention } from "./entities.ts";
import type { Sentence, Span } from "./segment.ts";
import { within } from "./spans.ts";

export type ListLead = Span & { subject: string };

/**
 * The lists of a text, each with the subject its lead-in names: the first name in the lead-in's
 * last clause ("While X did A, China is:" -> China). A lead-in whose clause opens with a pronoun
 * ("it's building:") names no subject here; the topic of the sentences before stands in for it.
 */
export function listLeads(text: string, sentences: Sentence[], mentions: FoundMention[]): ListLead[] {
  const out: ListLead[] = [];
  for (const s of sentences) {
    // A lead-in ends its line (only the next few characters are read, so long lines cost nothing).
    if (
      !/:\s*$/.test(s.text) ||
      text
        .slice(s.end, s.end + 200)
        .split("\n")[0]!
        .trim() !== ""
    )
      continue;
    const comma = s.text.lastIndexOf(", ");
    const clause = comma < 0 ? s.start : s.start + comma + 2;
    if (/^(?:it|they|this|these|he|she|we)\b/i.test(text.slice(clause, clause + 8))) continue;
    const subject = within(mentions, clause, s.end)[0]?.entity.name;
    const end = listEnd(text, s.end);
    if (subject && isList(text.slice(s.end, end))) out.push({ start: s.end, end, subject });
  }
  return out;
}

/**
 * Items are bulleted, or short lines of one sentence at most; a lead-in before prose ("Here is
 * part 3:") introduces no list.
 */
function isList(block: string): boolean {
  const lines = block.split("\n").filter((l) => l.trim() !== "");
  return (
    lines.length > 0 &&
    lines.every(
      (l) =>
        /^\s*(?:[-•*–]|\d{1,2}[.)])\s/.test(l) || (l.trim().split(/\s+/).length <= 12 && !/[.!?]\s+\p{Lu}/u.test(l)),
    )
  );
}

/** A list runs to the first blank line after its first item, or to the next lead-in. */
function listEnd(text: string, from: number): number {
  const lines = /[^\n]*\n?/g;
  lines.lastIndex = from;
  let seenItem = false;
  for (let m = lines.exec(text); m && m[0] !== ""; m = lines.exec(text)) {
    const line = m[0].trim();
    if (line === "" && seenItem) return m.index;
    if (seenItem && /:$/.test(line)) return m.index;
    if (line !== "") seenItem = true;
  }
  return text.length;
}
