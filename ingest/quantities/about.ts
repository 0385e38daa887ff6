// Whose amount it is: of the entities the claim is about, the one the sentence gives the amount to.
// The owner of its measure first ("Acme's revenue", "revenue at Acme"), then the subject of the
// clause it is in (the first name there that no preposition governs: "BYD sold 3 million cars in
// China" -> BYD), then the nearest name before it, then the claim's only entity.

/** A name in the claim's text (offsets into that text) and the entity it names. */
export type NameSpan = { start: number; end: number; entity: string; type?: string };

export type AboutInput = {
  text: string;
  q: { start: number; end: number };
  /** Where the words naming the measure are, when the sentence names it. */
  measureWords?: { start: number; end: number };
  names: NameSpan[];
  /** The entities the claim is about. */
  about: readonly string[];
};

const POSSESSIVE_BETWEEN = /^['’]s?\s+$/;
const OWNER_AFTER = /^\s+(?:of|at)\s+(?:the\s+)?$/;
/** Where a clause ends: a semicolon, a dash, or a conjunction that starts a new one. */
const CLAUSE_BREAK = /;|\s[–—-]\s|\b(?:but|while|whereas|although|though|however)\b/g;
/** A name after a preposition is not the subject ("In China, ...", "... overtook it in sales to Beta"). */
const GOVERNED =
  /\b(?:in|across|for|at|from|within|outside|after|before|during|to|on|with|by|among|against|than|over|into|versus|vs\.?|like|of|about)\s+(?:(?:the|a|an)\s+)?$/i;
/** "China's Luoxing Robotics": the first name only says whose the second is. */
const POSSESSOR = /^['’]s?\s+$/;

export function quantityAbout(input: AboutInput): string | undefined {
  const { text, q, measureWords, about } = input;
  const names = input.names.filter((n) => about.includes(n.entity));
  if (measureWords) {
    const owner = names.find(
      (n) =>
        (n.end <= measureWords.start && POSSESSIVE_BETWEEN.test(text.slice(n.end, measureWords.start))) ||
        (n.start >= measureWords.end && OWNER_AFTER.test(text.slice(measureWords.end, n.start))),
    );
    if (owner) return owner.entity;
  }
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of text.slice(0, q.start).matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const before = names.filter((n) => n.end <= q.start);
  const inClause = before.filter((n) => n.start >= clauseStart);
  const free = inClause.filter(
    (n, i) =>
      !GOVERNED.test(text.slice(Math.max(0, n.start - 20), n.start)) &&
      !(inClause[i + 1] && POSSESSOR.test(text.slice(n.end, inClause[i + 1]!.start))),
  );
  // A technology named before an organisation is most often its description ("AI chip designer Xinmo").
  const subject = free.find((n) => n.type !== "Technology") ?? free[0];
  if (subject) return subject.entity;
  const nearest =
    inClause[inClause.length - 1] ?? before.find((n) => !GOVERNED.test(text.slice(Math.max(0, n.start - 20), n.start)));
  if (nearest) return nearest.entity;
  return about.length === 1 ? about[0] : undefined;
}
