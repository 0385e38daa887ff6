// The keys under which a claim is found as a linking candidate (link-index.ts): tokens for the
// entities it is about, and terms for its predicate words, the units of its figures and whether it
// ranks. Stored on the claim as `linkKeys`, one space-separated string, so a later run reads them
// instead of working them out again.
import { linkWords, type LinkableClaim } from "./compare.ts";
import { measured } from "./numbers.ts";

/** Letters and digits only: no token holds a space, so the stored string splits back into them. */
const token = (prefix: string, s: string) => {
  const t = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return t ? prefix + t : undefined;
};

export const entityToken = (entityId: string) => token("e", entityId)!;

/** The words a claim is found by, apart from its entities. */
export function termTokens(c: LinkableClaim): string[] {
  const { words, ranks } = linkWords(c);
  const tokens = new Set<string>();
  for (const w of words) {
    const t = token("w", w);
    if (t) tokens.add(t);
  }
  for (const q of c.quantities) {
    const m = measured(c.text, q);
    const t = token("u", m.unit || m.kind || "none");
    if (t) tokens.add(t);
  }
  if (ranks) tokens.add("rranked");
  return [...tokens];
}

/** The stored form: entity tokens, then terms. */
export const linkKeys = (entities: string[], terms: string[]) => [...entities, ...terms].join(" ");

export function parseLinkKeys(keys: string): { entities: string[]; terms: string[] } {
  const tokens = keys.split(" ").filter(Boolean);
  return { entities: tokens.filter((t) => t.startsWith("e")), terms: tokens.filter((t) => !t.startsWith("e")) };
}
