// Extraction rules as data. Every decision the extractor takes (this is a name, this is its type, this
// sentence is a claim, this is who said it) is taken by a declared rule with an id and a reason a person
// can read, so `claimgraph explain` and the explorer can say which rule decided and why, and so a rule
// can be measured, changed or removed on its own.
//
// The stages run in this order; each stage's module exports its ordered rule lists and a table of test
// cases of its own.
export const STAGES = ["structure", "names", "resolution", "claims", "about", "attribution"] as const;
export type Stage = (typeof STAGES)[number];

/** One rule: `apply` answers with a result when the rule decides, and undefined when it does not apply. */
export type Rule<In, Out> = { id: string; why: string; apply: (input: In) => Out | undefined };

/** What a rule decided, as it is recorded on a claim or an entity. */
export type Decision = { stage: Stage; rule: string; why: string };

/** The first rule of an ordered list that decides, with its result. */
export function firstRule<In, Out>(
  rules: readonly Rule<In, Out>[],
  input: In,
): { rule: Rule<In, Out>; out: Out } | undefined {
  for (const rule of rules) {
    const out = rule.apply(input);
    if (out !== undefined) return { rule, out };
  }
  return undefined;
}

/** Rule ids are unique within a list: a test checks it for every list, so explanations never mislead. */
export function duplicateIds(rules: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  return rules.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}
