// What a claim is about: the entities it names as its subject matter, and where it names none, the
// subject it points back to (a pronoun, "the company", a list's lead-in, the claim before). Each
// choice is a declared rule whose decision is recorded on the claim.
import type { FoundMention } from "./entities.ts";
import type { Decision } from "./extraction.ts";
import type { ListLead } from "./lists.ts";
import type { Rule } from "./rules.ts";
import type { Span } from "./segment.ts";
import { countBetween, firstAtOrAfter } from "./spans.ts";
import { DESCRIBED_COUNTRY_HEADS, DESCRIBED_ORGANISATION_HEADS, SAYING, alternation } from "./word-classes.ts";

/** How far (in characters) a claim's topic carries to a following claim that names nothing itself:
 * further when that claim opens with a pronoun ("It", "They") that points back to it. */
const PRONOUN_REACH = 400;
const TOPIC_REACH = 150;

export type Topic = { about: string[]; end: number; region: unknown };

export type AboutInput = {
  text: string;
  unit: Span & { text: string };
  /** Mentions inside the claim, and all of the document's (sorted by start). */
  inUnit: FoundMention[];
  mentions: FoundMention[];
  /** The source the claim is attributed to, if any. */
  source?: FoundMention["entity"];
  lead?: ListLead;
  topic?: Topic;
  region: unknown;
};

/** What a rule adds to `about`: names, and whether later rules that only fill an empty `about` still run. */
type AboutStep = Rule<AboutInput & { about: readonly string[] }, string[]>;

/** "(US$5 million)", "HK$41.85": a country inside a currency sign is no subject. */
const CURRENCY_PREFIX = /^\s?\$/;
/** "..., she told Reuters": the outlet told something is not what it is about. */
const LISTENER_BEFORE = /\btold\s+(?:the\s+)?$/;
/** Verbs of saying after a name: "X said", "X, an analyst at Y, estimates", "X told me". */
const SPEAKS = new RegExp(
  `^(?:,[^,]{0,120})?,?\\s+(?:also\\s+)?(?:${alternation(SAYING)}|believes?|thinks?|expects?|reckons?|finds|found)\\b`,
);
/** "according to X", "per X", '..., said X', "analysts at X": a source phrase before the name. */
const SOURCE_BEFORE =
  /(?:\b[Aa]ccording to|\b[Pp]er|[,”"]\s*(?:said|says)|\btold by|\b[Aa]nalysts? at|\bfigures (?:from|by|in))\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}$/u;
/** "by X's count", "X's figures": the name is where the figure comes from. */
const SOURCE_AFTER = /^['’]s?\s+(?:own\s+)?(?:count|account|figures|data|estimates?|calculations?|numbers)\b/;

/** The subject a claim opens with: its first name, after at most an article or a possessive ("China's"). */
function openingMention(input: AboutInput): FoundMention | undefined {
  const first = input.inUnit[0];
  if (!first) return undefined;
  const before = input.text.slice(input.unit.start, first.start);
  return /^(?:[*_“"]*\s*)(?:the\s+)?$/i.test(before) ? first : undefined;
}

/** Is this mention a speaker or a cited source of the claim rather than what it is about? */
function isSourceMention(input: AboutInput, m: FoundMention, opener: FoundMention | undefined): boolean {
  const { text } = input;
  const after = text.slice(m.end, Math.min(input.unit.end, m.end + 160));
  const before = text.slice(Math.max(input.unit.start, m.start - 60), m.start);
  if (SOURCE_BEFORE.test(before) || SOURCE_AFTER.test(after)) return true;
  // A person who speaks is the source, not the subject (but not one after a preposition:
  // "founded by X, claims ..." is the company speaking).
  if (m.entity.type === "Person" && SPEAKS.test(after) && !/\b(?:by|of|at|in|from|with|for|to)\s+$/i.test(before))
    return true;
  // The claim's source is not its subject, unless it opens the claim as an organisation speaking of
  // itself ("X said in a statement that it ...") or a name that does not speak ("Ruiz is a fellow at ...").
  if (m.entity.name === input.source?.name)
    return !(m === opener && (m.entity.type !== "Person" || !SPEAKS.test(after)));
  return false;
}

/**
 * The ordered rules. "named" reads the names in the claim; the rest fill in a subject that is
 * described, pointed to or carried over when the claim names none (or, for a list's items, add the
 * lead-in's subject).
 */
export const ABOUT_RULES: readonly AboutStep[] = [
  {
    id: "named",
    why: "the entities the claim names, less its speaker and cited sources, listeners and currency signs",
    apply: (input) => {
      const { text } = input;
      const opener = openingMention(input);
      const named = input.inUnit
        .filter((m) => !CURRENCY_PREFIX.test(text.slice(m.end, m.end + 2)))
        .filter(
          (m) => m.entity.type === "Person" || !LISTENER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)),
        );
      const names = named
        // A speaker who is a person is not the subject; an organisation that opens the claim and
        // speaks of itself ("X said in a statement that it ...") is.
        .filter((m) => !isSourceMention(input, m, opener) || input.inUnit.every((o) => o.entity.name === m.entity.name))
        .map((m) => m.entity.name);
      // A claim that names only its sources is still about what it names, not about the claim before.
      const all = names.length > 0 ? names : named.map((m) => m.entity.name);
      return all.length > 0 ? [...new Set(all)] : undefined;
    },
  },
  {
    id: "described-subject",
    why: "'the company', 'the country': the organisation or country named most in the sentences before",
    apply: (input) => {
      const s = describedSubject(input.text, input.unit, input.mentions);
      return s && !input.about.includes(s) ? [s] : undefined;
    },
  },
  {
    id: "pronoun-person",
    why: "'he' or 'she' opening the claim: the last person named before it",
    apply: (input) =>
      input.about.length === 0 || !input.inUnit.some((m) => m.entity.type === "Person")
        ? (() => {
            const p = pronounSubject(input.text, input.unit, input.mentions);
            return p && !input.about.includes(p) ? [p] : undefined;
          })()
        : undefined,
  },
  {
    id: "list-lead",
    why: "an item of a list is about what the list's lead-in names",
    apply: (input) => (input.lead && !input.about.includes(input.lead.subject) ? [input.lead.subject] : undefined),
  },
  {
    id: "topic-carry",
    why: "names nothing: the topic carries on from the claim just before, close by in the same stretch of text (further after 'it', 'they')",
    apply: (input) => {
      const { topic, unit } = input;
      if (input.about.length > 0 || !topic || input.region !== topic.region) return undefined;
      const continues = /^(?:it|it['’]s|its|they|they['’]re|their|these|there|this)\b/i.test(unit.text);
      if (unit.start - topic.end >= (continues ? PRONOUN_REACH : TOPIC_REACH)) return undefined;
      // "It", "its" point to one thing: the subject of the claim before, not all it named.
      return /^(?:it|it['’]s|its)\b/i.test(unit.text) ? topic.about.slice(0, 1) : topic.about;
    },
  },
];

/** Runs the rules in order: every rule that applies adds its names and records its decision. */
export function chooseAbout(input: AboutInput): { about: string[]; why: Decision[] } {
  let about: string[] = [];
  const why: Decision[] = [];
  // One input for all the rules, its `about` brought up to date before each (not a copy per rule).
  const step = { ...input, about };
  for (const rule of ABOUT_RULES) {
    step.about = about;
    const add = rule.apply(step);
    if (!add || add.length === 0) continue;
    about = [...new Set([...about, ...add])];
    why.push({ stage: "about", rule: rule.id, why: `${rule.why}: ${add.join(", ")}` });
  }
  return { about, why };
}

/** "He's invoking ...": a sentence whose subject is he or she is about the last person named just before. */
function pronounSubject(text: string, unit: Span, mentions: FoundMention[]): string | undefined {
  if (!/^(?:he|she|he['’]s|she['’]s)\b/i.test(text.slice(unit.start, unit.start + 6))) return undefined;
  return nearBefore(mentions, unit.start, 600)
    .filter((m) => m.entity.type === "Person")
    .at(-1)?.entity.name;
}

/** The mentions that end before `at` and within `reach` characters of it, found by binary search. */
function nearBefore(mentions: FoundMention[], at: number, reach: number): FoundMention[] {
  const from = firstAtOrAfter(mentions, at - reach - 200, (m) => m.start);
  const to = firstAtOrAfter(mentions, at, (m) => m.start);
  return mentions.slice(from, to).filter((m) => m.end <= at && at - m.end < reach);
}

/** How often each name is mentioned before a position: sorted starts per name, built once per document. */
const startsByName = new WeakMap<FoundMention[], Map<string, number[]>>();
function timesBefore(mentions: FoundMention[], name: string, at: number): number {
  let index = startsByName.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) {
      const list = index.get(m.entity.name) ?? [];
      list.push(m.start);
      index.set(m.entity.name, list);
    }
    startsByName.set(mentions, index);
  }
  return countBetween(index.get(name) ?? [], 0, at);
}

const DESCRIBED_ORGANISATION = new RegExp(
  `^(?:[^,]{1,30},\\s+)?the (?:[\\w-]+ ){0,2}(?:${alternation(DESCRIBED_ORGANISATION_HEADS)})\\b`,
  "i",
);
const DESCRIBED_COUNTRY = new RegExp(`^(?:[^,]{1,30},\\s+)?the (?:${alternation(DESCRIBED_COUNTRY_HEADS)})\\b`, "i");

/**
 * "The company said ...", "The Lyon-based start-up claims ...", "The country spent ...": a
 * subject described rather than named is the organisation (or country) the sentences before were
 * about: of those named nearby, the one the text has named most often, and of those the last.
 */
function describedSubject(text: string, unit: Span, mentions: FoundMention[]): string | undefined {
  const opening = text.slice(unit.start, unit.start + 90);
  const kind = DESCRIBED_ORGANISATION.test(opening)
    ? "organisation"
    : DESCRIBED_COUNTRY.test(opening)
      ? "country"
      : undefined;
  if (!kind) return undefined;
  const fits = (m: FoundMention) =>
    kind === "organisation"
      ? m.entity.type === "Organization"
      : m.entity.type === "Place" && (m.entity.description?.startsWith("Country in") ?? false);
  const before = nearBefore(mentions, unit.start, 600).filter(fits);
  const pool = before;
  const times = (name: string) => timesBefore(mentions, name, unit.start);
  let best: string | undefined;
  for (const m of pool) if (best === undefined || times(m.entity.name) >= times(best)) best = m.entity.name;
  return best;
}
