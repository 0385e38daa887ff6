// What the words around a name say it is. Each rule reads a short window before or after the name
// (never the whole document), so typing costs the same for every mention. A "strong" context
// ("Okafor et al.", "a Tampere-based foundry") overrides what the name looks like; a weak one only types
// a name that its shape left untyped.
import type { EntityType } from "../../graph/model.ts";
import type { Rule } from "../rules.ts";
import { MONTHS, WEEKDAYS, alternation } from "../word-classes.ts";

export type NameInContext = { text: string; start: number; end: number; surface: string };
export type ContextType = { type: EntityType; strong: boolean };

const before = (c: NameInContext, n: number) => c.text.slice(Math.max(0, c.start - n), c.start);
const after = (c: NameInContext, n: number) => c.text.slice(c.end, c.end + n);
const words = (c: NameInContext) => c.surface.split(/\s+/).length;

const ROLE =
  "director|analyst|president|chairman|chairwoman|ceo|founder|co-founder|professor|researcher|spokes(?:man|woman|person)|economist|fellow|minister|executive|partner|manager|scientist|engineer|editor|reporter|correspondent|lecturer|chief|head|vice|deputy|senior|principal|secretary|officer|adviser|advisor|strategist|investor|developer|designer|host|author";
/** "said Ana Ruiz, managing director of ...": a name followed by a person's role is a person's. */
const PERSON_AFTER = new RegExp(String.raw`^,\s+(?:a |an |the |its |their )?(?:[\p{L}'’-]+ ){0,3}(?:${ROLE})\b`, "iu");
/** Words around a name that only companies and institutions take. */
const ORG_BEFORE =
  /(?:shares (?:of|in)|stock of|rivals?|competitors?|suppliers?|chipmakers?|makers?|firms? like|companies like|startups?|analysts (?:at|with)|investors in|employees of|acquired|acquisition of|according to|(?:director|president|chairman|chairwoman|chief executive|ceo|founder|head|partner|economist|analyst|professor|fellow|researcher|scientist|engineer|spokes(?:man|woman|person)) (?:of|at|with))\s+$/i;
const ORG_AFTER =
  /^(?:['’]s (?:chief executive|ceo|chairman|shares|stock|spokes\w+|board|founder|revenue|profits?|sales|market value)|,? said in a statement|, (?:founded|headquartered) in\b)/i;
/** "X, a Lyon start-up", "X, the Tampere-based foundry": an apposition naming a kind of company. */
const COMPANY_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:start-?up|company|firm|maker|manufacturer|foundry|supplier|developer|consultancy|group|fund|investor|lab|laboratory|institute|university|agency|bank|broker(?:age)?|brokerage|chipmaker|carmaker|automaker|unit|subsidiary|spin-?off|operator|exchange|publisher|outlet|newspaper|think tank|regulator)\b(?!['’]s)/iu;
/** Months, weekdays and seasons: "in May" and "in Spring" name a time, not a place. */
const CALENDAR_WORD = new RegExp(
  `^(?:${alternation([...MONTHS, ...WEEKDAYS, "Spring", "Summer", "Autumn", "Fall", "Winter"])})$`,
);

/** "The device, called Zephyr", "a model known as Zephyr": a made thing's name is a product's. */
const THING_CALLED =
  /\b(?:device|machine|computer|chip|processor|model|system|app|tool|program|software|platform|drug|vaccine|rocket|satellite|reactor|car|vehicle|phone|robot|engine|battery|cell|board|scooter)s?,? (?:called|named|known as)\s*[“"']?$/i;

export const NAME_CONTEXT_RULES: readonly Rule<NameInContext, ContextType & { why: string }>[] = [
  {
    id: "et-al",
    why: '"Okafor et al.": the authors of a cited work are people',
    apply: (c) => (/^\s+et al\b/.test(after(c, 8)) ? { type: "Person", strong: true, why: "" } : undefined),
  },
  {
    id: "credit-by",
    why: '"Reporting by X", "Editing by X": a credit line names people',
    apply: (c) =>
      /\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Aa]dditional reporting|[Pp]hotos?|[Ii]llustrations?|[Cc]ompiled|[Ii]nterview(?:ed)?|[Tt]ranslated|[Ww]ritten|[Pp]osted) by\s+$/.test(
        before(c, 40),
      ) ||
      (/(?:\band|,)\s+$/.test(before(c, 6)) && /\b(?:[Rr]eporting|[Ee]diting) by [^;\n]{3,60}$/.test(before(c, 80)))
        ? { type: "Person", strong: true, why: "" }
        : undefined,
  },
  {
    id: "place-based",
    why: '"a Tampere-based foundry": what something is based in is a place',
    apply: (c) => (/^[-‑]based\b/.test(after(c, 7)) ? { type: "Place", strong: true, why: "" } : undefined),
  },
  {
    id: "dubbed",
    why: '"dubbed X", "a device called X", "X chips": what the text calls a made thing is a product',
    apply: (c) =>
      /(?:dubbed|branded|codenamed|code-named)\s*[“"']?$/.test(before(c, 30)) ||
      THING_CALLED.test(before(c, 40)) ||
      /^[”"']?\s+(?:and \p{Lu}\p{L}+ )?(?:chips?|models?|apps?|processors?|phones?)\b/u.test(after(c, 30))
        ? { type: "Product", strong: true, why: "" }
        : undefined,
  },
  {
    id: "role-apposition",
    why: "\"X, chief scientist at Y\": a name followed by a person's role is a person's",
    apply: (c) => (PERSON_AFTER.test(after(c, 60)) ? { type: "Person", strong: words(c) > 1, why: "" } : undefined),
  },
  {
    id: "company-apposition",
    why: '"X, a Lyon start-up": an apposition that names a kind of company',
    apply: (c) => (COMPANY_APPOSITION.test(after(c, 70)) ? { type: "Organization", strong: true, why: "" } : undefined),
  },
  {
    id: "employer-possessive",
    why: '"the firm\'s Ana Ruiz": a named person of an organisation',
    apply: (c) =>
      words(c) === 2 &&
      /\b(?:firm|company|group|bank|fund|institute|lab|agency|ministry|team)['’]s\s+$/i.test(before(c, 20))
        ? { type: "Person", strong: false, why: "" }
        : undefined,
  },
  {
    id: "company-words",
    why: '"shares of X", "X\'s chief executive": words that only companies and institutions take',
    apply: (c) =>
      ORG_BEFORE.test(before(c, 40)) ||
      (ORG_AFTER.test(after(c, 30)) && !/\b(?:in|at|near|from|outside)\s+$/.test(before(c, 10)))
        ? { type: "Organization", strong: false, why: "" }
        : undefined,
  },
  {
    id: "located-in",
    why: '"a plant in Flagstaff", "based near Leeds": a lone name after a preposition of place is a place',
    apply: (c) =>
      words(c) === 1 &&
      !CALENDAR_WORD.test(c.surface) &&
      /\b(?:in|near|outside|based in|headquartered in|located in)\s+$/.test(before(c, 20))
        ? { type: "Place", strong: false, why: "" }
        : undefined,
  },
  {
    id: "speaker-two-words",
    why: '"Ana Ruiz said", "Ana Ruiz estimates": a two-word name that speaks is a person\'s',
    apply: (c) =>
      words(c) === 2 &&
      /^,?\s+(?:said|says|told|estimates|estimated|added|noted|wrote|argued|explained|recalled)\b/.test(after(c, 14))
        ? { type: "Person", strong: false, why: "" }
        : undefined,
  },
];

/** The first context rule that types the name, with its rule id and reason. */
export function typeFromContext(c: NameInContext): (ContextType & { rule: string; why: string }) | undefined {
  for (const rule of NAME_CONTEXT_RULES) {
    const out = rule.apply(c);
    if (out) return { ...out, rule: rule.id, why: rule.why };
  }
  return undefined;
}
