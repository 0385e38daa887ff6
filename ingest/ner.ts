// Names the gazetteer does not know: runs of capitalised tokens, typed by what they look like
// (a title or first name -> Person, a head noun such as "University" -> Organization, ...).
// Fast by design: one pass over tokens, set look-ups only.
import type { EntityType } from "../graph/model.ts";
import { lexicon, type Lexicon } from "./lexicon.ts";
import { firstRule, type Rule } from "./rules.ts";
import { isChineseName } from "./names/pinyin.ts";
import { INSTITUTION_FIELDS, MONTHS, NUMBERED_LABELS } from "./word-classes.ts";

const FIELDS = new Set<string>(INSTITUTION_FIELDS);
import { hasInnerCapital, isAcronym, isCapitalized, type Token } from "./tokens.ts";

/** weak: a lone word at a sentence start, a name only if it is the short form of one already known. */
export type NameCandidate = {
  start: number;
  end: number;
  surface: string;
  type: EntityType | undefined;
  why: string;
  /** The shape rule that typed it (NAME_SHAPE_RULES), if one did. */
  rule?: string;
  weak: boolean;
};

const CONNECTORS = new Set(["of", "for", "de", "von", "van", "der", "du", "la", "del", "al", "bin"]);
const ORG_HEADS = new Set(
  "university institute academy society company corporation corp inc ltd limited group co plc llc gmbh bank agency ministry department council committee commission party foundation association laboratory laboratories lab labs center centre office administration bureau authority organization organisation board fund federation telecom technologies technology systems motors electronics semiconductor semiconductors airlines holdings partners associates capital ventures securities investments research insights analytics consulting advisors advisory college school army navy force forces police court parliament congress senate government robotics optics photonics microsystems microelectronics microchip dynamics energy storage intelligence audio devices instruments industries automotive aerospace logistics chemicals pharmaceuticals therapeutics biotech materials metals mining media studios games software solutions networks cloud exchange survey television broadcasting wire international alliance consortium institution service services".split(
    " ",
  ),
);
export const isOrgHead = (word: string) => ORG_HEADS.has(word.toLowerCase());
export const isPlaceHead = (word: string) => PLACE_HEADS.has(word.toLowerCase());
const PUBLICATION_HEADS = new Set(
  "times post journal review daily gazette herald tribune magazine press news report".split(" "),
);
const PLACE_HEADS = new Set(
  "city province state county valley river sea ocean island islands mountains bay strait gulf peninsula region district coast dynasty empire republic kingdom desert lake delta zone prefecture municipality township borough".split(
    " ",
  ),
);
/** Common Chinese and Korean family names: "Li Keqiang", "Zhang Yiming", "Moon Jae-in". */
const EAST_ASIAN_SURNAMES = new Set(
  "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang deng feng han cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao xi wen jin kim lee park choi jung kang cho yoon jang lim han shin seo kwon hwang ahn song hong moon".split(
    " ",
  ),
);
const LANGUAGES = new Set("english mandarin cantonese hindi creole arabic latin malay urdu swahili".split(" "));
const NOT_NAMES = new Set(
  "i i'm i've i'd i'll ok okay yes no thanks thank please wow hi hello dear re fwiw imho lol part thread reply edit update note ps".split(
    " ",
  ),
);

const strip = (w: string) => w.replace(/[’']s$/i, "");

/**
 * "QB-7", "R7", "ZK-T300": letters and digits together, starting with a letter, make a model or
 * version code. Periods ("Q3", "H1", "FY2024"), groupings ("G7", "G20") and "COVID-19" are not models.
 */
export function isModelCode(w: string): boolean {
  return (
    /^\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*$/u.test(w) &&
    /\d/.test(w) &&
    /^\p{Lu}[\p{L}-]*\d/u.test(w) &&
    !/^(?:Q[1-4]|H[12]|FY\d+|G\d{1,2}|WW\d|COVID-19|CO2|PM\d.*|MP\d|[A-Z]{1,2}-\d{4}(?:-\d+)?)$/.test(w) &&
    !/-(?:19|20)\d\d(?:-|$)/.test(w) &&
    !/-\p{Ll}{3,}$/u.test(w)
  );
}
const NUMBERED = new Set<string>(NUMBERED_LABELS);
/** Units after a figure ("12 GWh", "140 GHz"): never names. */
const UNITS = new Set(
  "gwh mwh kwh twh wh gw mw kw tw ghz mhz khz thz hz db dbm dbi nm mm cm km kg mg gb tb mb pb ms ns ps tops tflops flops ev".split(
    " ",
  ),
);

/** Is this token a name-like word: capitalised, camel-cased or an acronym, and not a bare number? */
function nameLike(t: Token): boolean {
  return (isCapitalized(t.text) || hasInnerCapital(t.text) || isAcronym(t.text)) && !/^\d/.test(t.text);
}

/** A capitalised run as the shape rules see it: its words, lower-cased, and its head noun. */
export type NameShape = {
  words: string[];
  lower: string[];
  /** The head noun: the last word, or in "Department of State", "Bank of China" the word before "of". */
  head: string;
  headWord: string;
  lex: Lexicon;
};
type Typed = { type: EntityType; why: string };

const firstOf = (n: NameShape) => n.lower[0]!;
const lastOf = (n: NameShape) => n.lower[n.lower.length - 1]!;
const personLength = (n: NameShape) => n.words.length >= 2 && n.words.length <= 4;
const lone = (n: NameShape) => n.words.length === 1 && !isAcronym(n.words[0]!);

/** A name of two words or more whose head noun is one of `heads` has that head's type. */
const headNounRule = (id: string, why: string, heads: Set<string>, type: EntityType): Rule<NameShape, Typed> => ({
  id,
  why,
  apply: (n) => (heads.has(n.head) && n.words.length > 1 ? { type, why: `headed by "${n.headWord}"` } : undefined),
});

/** How a name's own words type it, first rule first (the names stage's typing by shape). */
export const NAME_SHAPE_RULES: readonly Rule<NameShape, Typed>[] = [
  {
    id: "known-person",
    why: "the lexicon knows the whole name as a person's",
    apply: (n) => (n.lex.people.has(n.lower.join(" ")) ? { type: "Person", why: "a known person" } : undefined),
  },
  {
    id: "known-organisation",
    why: "the lexicon knows the whole name as an organisation's",
    apply: (n) =>
      n.lex.organizations.has(n.lower.join(" ")) ? { type: "Organization", why: "a known organisation" } : undefined,
  },
  {
    id: "known-place",
    why: "the lexicon knows the whole name as a city or region",
    apply: (n) => {
      const full = n.lower.join(" ");
      return n.lex.cities.has(full) || n.lex.regions.has(full)
        ? { type: "Place", why: "a known city or region" }
        : undefined;
    },
  },
  {
    id: "model-code",
    why: '"QB-7", "Zephyr S3", "Pixelbook 3": a version code or number makes a model, a product',
    apply: (n) =>
      n.words.some(isModelCode) || (n.words.length > 1 && /^\d{1,2}$/.test(n.words[n.words.length - 1]!))
        ? { type: "Product", why: "a model name with a version code" }
        : undefined,
  },
  headNounRule(
    "organisation-head",
    '"... University", "... Robotics", "Bank of ...": the head noun of an institution',
    ORG_HEADS,
    "Organization",
  ),
  headNounRule(
    "publication-head",
    '"... Times", "... Journal", "Journal of ...": the head noun of a publication',
    PUBLICATION_HEADS,
    "Publication",
  ),
  headNounRule(
    "place-head",
    '"... Province", "... River Delta", "... District": the head noun of a place',
    PLACE_HEADS,
    "Place",
  ),
  {
    id: "first-name",
    why: 'a first name and a capitalised word: "Helen Park" is a person even though "park" is a word',
    apply: (n) =>
      personLength(n) &&
      (n.lex.firstNames.has(firstOf(n)) || n.lex.people.has(firstOf(n))) &&
      (n.words.length === 2 || !n.lex.common.has(n.lower[1]!))
        ? { type: "Person", why: `"${n.words[0]}" is a first name` }
        : undefined,
  },
  {
    id: "east-asian-family-name",
    why: '"Li Keqiang", "Moon Jae-in": a common East Asian family name before given names',
    apply: (n) =>
      personLength(n) &&
      EAST_ASIAN_SURNAMES.has(firstOf(n)) &&
      n.words.slice(1).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(w))
        ? { type: "Person", why: `"${n.words[0]}" is a family name` }
        : undefined,
  },
  {
    id: "pinyin-name",
    why: '"Situ Lan", "Gao Shuqin": a Chinese family name and a given name of pinyin syllables',
    apply: (n) =>
      isChineseName(n.words) ? { type: "Person", why: "a Chinese family name and a pinyin given name" } : undefined,
  },
  {
    id: "family-name",
    why: "a known family name after a word that is not an ordinary one",
    apply: (n) =>
      personLength(n) && n.lex.lastNames.has(lastOf(n)) && !n.lex.common.has(firstOf(n))
        ? { type: "Person", why: `"${n.words[n.words.length - 1]}" is a family name` }
        : undefined,
  },
  {
    id: "gaelic-family-name",
    why: '"McAllister", "O\'Brien": a lone Gaelic family name',
    apply: (n) =>
      lone(n) && /^(?:Mc|Mac|O['’])\p{Lu}/u.test(n.words[0]!)
        ? { type: "Person", why: "a Gaelic family name" }
        : undefined,
  },
  {
    id: "lone-family-name",
    why: 'a lone family name (a surname that is also an ordinary word, "Sun", needs more than itself)',
    apply: (n) =>
      lone(n) &&
      (n.lex.lastNames.has(firstOf(n)) || (EAST_ASIAN_SURNAMES.has(firstOf(n)) && !n.lex.common.has(firstOf(n))))
        ? { type: "Person", why: "a family name" }
        : undefined,
  },
  {
    id: "lone-first-name",
    why: "a lone first name",
    apply: (n) => (lone(n) && n.lex.firstNames.has(firstOf(n)) ? { type: "Person", why: "a first name" } : undefined),
  },
];

export function typeOfName(
  words: string[],
  lex = lexicon(),
): { type: EntityType | undefined; why: string; rule?: string } {
  const lower = words.map((w) => strip(w).toLowerCase());
  const ofAt = lower.indexOf("of");
  const shape: NameShape = {
    words,
    lower,
    head: ofAt > 0 ? lower[ofAt - 1]! : lower[lower.length - 1]!,
    headWord: ofAt > 0 ? words[ofAt - 1]! : words[words.length - 1]!,
    lex,
  };
  const hit = firstRule(NAME_SHAPE_RULES, shape);
  return hit ? { ...hit.out, rule: hit.rule.id } : { type: undefined, why: "a capitalised name" };
}

/**
 * Capitalised runs outside the spans already matched. A run that starts a sentence loses leading
 * ordinary words ("The", "Remember"), so sentence-initial capitals do not become entities.
 */
export function nameCandidates(
  text: string,
  tokens: Token[],
  sentenceStart: Set<number>,
  covered: Uint8Array,
): NameCandidate[] {
  const lex = lexicon();
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (covered[i] || !nameLike(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !covered[j]) {
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      const afterPossessive = /[’']s$/.test(tokens[j - 1]!.text);
      const initial = gap === ". " && /^\p{Lu}$/u.test(tokens[j - 1]!.text);
      // "Vasquez-Lund", "Rolls-Royce": two capitalised words joined by a hyphen are one name (a known
      // name on either side, as in "US-China", is already covered and ends the run).
      const hyphened =
        gap === "-" && /^\p{Lu}\p{Ll}+$/u.test(tokens[j - 1]!.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[j]!.text);
      if ((gap === " " || gap === " & " || initial || hyphened) && nameLike(tokens[j]!) && !afterPossessive) j++;
      else if (gap === " " && CONNECTORS.has(tokens[j]!.lower) && joinsNames(text, tokens, j, covered)) j += 2;
      // "Ministry of Science and Technology": after "<institution> of", "and" stays inside the name.
      else if (
        gap === " " &&
        tokens[j]!.lower === "and" &&
        (institutionOf(tokens, i, j) || (fieldWords(tokens, j) && endsInInstitution(text, tokens, j + 1, covered))) &&
        joinsNames(text, tokens, j, covered)
      )
        j += 2;
      else break;
    }
    let from = i;
    // An ordinary word that starts a sentence is capitalised only because it starts it ("Shares of
    // Applied Materials"); a connector left in front goes with it, and titles ("Premier", "Dr") are
    // not part of a person's name.
    if (sentenceStart.has(from) && isOrdinary(tokens[from]!, lex, from + 1 < j ? tokens[from + 1] : undefined)) from++;
    while (
      from < j &&
      (CONNECTORS.has(tokens[from]!.lower) ||
        (j - from > 1 &&
          lex.honorifics.has(tokens[from]!.lower.replace(/\.$/, "")) &&
          (tokens[from + 1]?.lower === "of" || !tokens.slice(from, j).some((t) => ORG_HEADS.has(t.lower)))))
    )
      from++;
    if (from >= j || hidden(text, tokens, from, j)) {
      i = j;
      continue;
    }
    // "A QB-7", "The Zephyr": a determiner in front is not part of the name.
    while (from < j - 1 && /^(?:the|a|an|this|that|these|those)$/.test(tokens[from]!.lower)) from++;
    // "12 GWh", "140 GHz": a unit after a figure.
    if (
      j - from === 1 &&
      UNITS.has(tokens[from]!.lower) &&
      /\d\s*$/.test(text.slice(Math.max(0, tokens[from]!.start - 3), tokens[from]!.start))
    ) {
      i = j;
      continue;
    }
    // "Pixelbook 3", "Tamar K9": a version number or code right after a name is part of it.
    if (
      j < tokens.length &&
      !covered[j] &&
      text.slice(tokens[j - 1]!.end, tokens[j]!.start) === " " &&
      /^\d{1,2}$/.test(tokens[j]!.text) &&
      !MONTH_WORDS.has(tokens[j - 1]!.lower) &&
      !NUMBERED.has(tokens[j - 1]!.lower) &&
      !/^\p{Lu}{4,}$/u.test(tokens[j - 1]!.text) &&
      (hasInnerCapital(tokens[j - 1]!.text) ||
        isModelCode(tokens[j - 1]!.text) ||
        j - from > 1 ||
        !lex.common.has(tokens[j - 1]!.lower)) &&
      !/^\d{1,2}(?:[,%]|\s*(?:%|percent|per|of|to|and|or|times|days|weeks|months|years|hours|minutes|million|billion|points)\b)/u.test(
        text.slice(tokens[j]!.start, tokens[j]!.start + 14),
      )
    )
      j++;
    const words = tokens.slice(from, j).map((t) => t.text);
    const verdict = acceptable(words, from, sentenceStart, lex);
    if (verdict) {
      const { type, why, rule } = typeOfName(words, lex);
      const start = tokens[from]!.start;
      const end = tokens[j - 1]!.end;
      out.push({
        start,
        end,
        surface: text.slice(start, end),
        type,
        why,
        ...(rule ? { rule } : {}),
        weak: verdict === "weak",
      });
    }
    i = j;
  }
  return out;
}

/**
 * Not names: pieces of URLs and handles ("x.com/realSandkraken", "#MemoryWars", "@user"), eponymous
 * laws ("Moore's Law") and a lone word after "the" ("the Moon landing").
 */
function hidden(text: string, tokens: Token[], from: number, to: number): boolean {
  const start = tokens[from]!.start;
  const before = text.slice(Math.max(0, start - 60), start);
  if (
    /[#@/]$/.test(before) ||
    /(?:https?:\/\/|www\.|\b[\w-]+\.(?:com|org|net|cn|gov|edu|io|co|uk|ly)\/)\S*$/.test(before)
  )
    return true;
  const after = text.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 6);
  if (/^['’]s [Ll]aw/.test(after)) return true;
  // ("the V3 model", "the H800 chip" are model names, with their digits.)
  return to - from === 1 && /\bthe $/i.test(before) && !isAcronym(tokens[from]!.text) && !/\d/.test(tokens[from]!.text);
}

const MONTH_WORDS = new Set(MONTHS.map((m) => m.toLowerCase()));

/** Is tokens[from..to) an institution's "X of Y" ("Office of Management"), not a place's ("State of Oregon")? */
function institutionOf(tokens: Token[], from: number, to: number): boolean {
  const of = tokens.slice(from, to).findIndex((t) => t.lower === "of");
  const head = tokens[from + of - 1]?.lower ?? "";
  return of > 0 && (ORG_HEADS.has(head) || PUBLICATION_HEADS.has(head)) && tokens[to + 1]?.text !== "I";
}

/** "Science and Technology": the words either side of "and" are ordinary words, not two names. */
function fieldWords(tokens: Token[], and: number): boolean {
  const [a, b] = [tokens[and - 1], tokens[and + 1]];
  return !!a && !!b && FIELDS.has(a.lower) && FIELDS.has(b.lower);
}

/**
 * "Science and Technology Innovation Bureau": the capitalised words after "and" run on to an
 * institution's head, so "and" is inside the name. Reads only that run (a few tokens).
 */
function endsInInstitution(text: string, tokens: Token[], from: number, covered: Uint8Array): boolean {
  let k = from;
  while (
    k + 1 < tokens.length &&
    k - from < 6 &&
    !covered[k + 1] &&
    nameLike(tokens[k + 1]!) &&
    text.slice(tokens[k]!.end, tokens[k + 1]!.start) === " "
  )
    k++;
  return k > from && ORG_HEADS.has(tokens[k]!.lower);
}

/** "Bank of China", "Max Planck Society for ...": a lower-case connector between two names (not a date). */
function joinsNames(text: string, tokens: Token[], j: number, covered: Uint8Array): boolean {
  const next = tokens[j + 1];
  return (
    !!next &&
    !covered[j + 1] &&
    nameLike(next) &&
    !MONTH_WORDS.has(next.lower) &&
    text.slice(tokens[j]!.end, next.start) === " "
  );
}

function isOrdinary(t: Token, lex: ReturnType<typeof lexicon>, next?: Token): boolean {
  const w = strip(t.lower);
  // "Pan Jianwei said": a family name that is also a word ("pan") still opens a name before a given name.
  if (next && EAST_ASIAN_SURNAMES.has(w) && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(next.text)) return false;
  return NOT_NAMES.has(w) || (lex.common.has(w) && !lex.firstNames.has(w) && !isAcronym(t.text));
}

function acceptable(
  words: string[],
  from: number,
  sentenceStart: Set<number>,
  lex: ReturnType<typeof lexicon>,
): "yes" | "weak" | undefined {
  const lower = words.map((w) => strip(w).toLowerCase());
  if (lower.every((w) => NOT_NAMES.has(w) || LANGUAGES.has(w))) return undefined;
  if (words.length === 1) {
    const [w] = words as [string];
    const l = lower[0]!;
    // A lone ordinary word, capitalised mid-sentence, is emphasis or a title word, not a name.
    if (lex.common.has(l) && !isAcronym(w) && !hasInnerCapital(w)) return undefined;
    if (isAcronym(w) && w.replace(/\./g, "").length > 5) return undefined;
    if (
      sentenceStart.has(from) &&
      !hasInnerCapital(w) &&
      !isAcronym(w) &&
      !lex.lastNames.has(l) &&
      !EAST_ASIAN_SURNAMES.has(l)
    )
      return "weak";
  }
  // Ordinary words, capitalised ("Applied Materials", "Cold War"): a name only if the context says so.
  if (lower.every((w) => lex.common.has(w))) return words.length > 1 ? "weak" : undefined;
  return "yes";
}
