// Entities recognised by the shape of the phrase rather than by a list of names:
// process nodes ("3nm"), works introduced by their genre ("the novel Dune"), sites something was
// published at, and dynasties. (Technology compounds are found by names/technology-terms.ts.)
import type { EntityType } from "../graph/model.ts";
import { isChineseName } from "./names/pinyin.ts";

export type TermMatch = {
  start: number;
  end: number;
  surface: string;
  name: string;
  type: EntityType;
  why: string;
  /** Other usual spellings of the name ("3nm process" for "3 nm process"). */
  spellings?: string[];
};

const PROCESS_NODE = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s?(?:nm|nanometers?|nanometres?)(?![\p{L}])/gu;

const GENRE = "book|novel|film|movie|documentary|report|study|paper|magazine|newspaper|journal|podcast|series|show";
/** "the novel Dune", "the report Chips and Power" */
const GENRE_THEN_TITLE = new RegExp(
  String.raw`\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) (?:\d{4} )?(?:${GENRE}) ((?:\p{Lu}[\p{L}\p{N}'’-]*)(?:\s(?:of|the|and|to|in|on|a|\p{Lu}[\p{L}\p{N}'’-]*))*)`,
  "gu",
);
const SMALL_WORDS = "of|the|and|to|in|on|a|an|for|with|at|by|from|vs|or|is|are|will|be";
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’&-]*|\d[\p{N}.,]*|${SMALL_WORDS})`;
/**
 * “Big Money: Where Will It Go?”, "Guide to Rare Earth Supply": a quoted phrase in title case is the
 * title of a work. Speech is written in sentence case, so it is not taken.
 */
const QUOTED = /[“"]([^“”"\n]{3,140})[”"]/g;
const TITLE = new RegExp(String.raw`^\p{Lu}[\p{L}\p{N}'’&-]*(?:[:,]?\s${TITLE_WORD}){1,15}[?!]?$`, "u");
const SPOKEN_AFTER = /^,? (?:\p{Ll}+ )?(?:said|says|told|added|wrote)\b/u;
/**
 * "Ann Lee's To Rule the Waves", "Ann Lee and Bo Chen's Steel and Salt: A History": after a person's
 * possessive, a capitalised run that opens with a function word or carries a subtitle is a work's title.
 */
const POSSESSIVE_TITLE = new RegExp(
  String.raw`\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+['’]s ((?:To|The|A|An|How|Why|What|When|On|In)\s\p{Lu}[\p{L}\p{N}'’-]*(?:\s${TITLE_WORD}){0,12}|\p{Lu}[\p{L}'’-]*(?:\s${TITLE_WORD}){0,5}:\s${TITLE_WORD}(?:\s${TITLE_WORD}){0,12})`,
  "gu",
);
/** "GB/T 20234", "ISO 26262", "IEEE 802.11": a standard named by its body's code and number. */
const STANDARD = /\b(?:ISO|IEC|IEEE|GB(?:\/T)?|ANSI|ASTM|DIN|JIS|BS|EN)[ -]?\d{3,6}(?:[-.:]\d+)*\b/g;
/** "Okafor, Chidi (4 May 2019)": an author in a reference list, family name first. */
const CITED_AUTHOR =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]+), (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)?) \((?=[^)\n]{0,30}\d{4}\))/gu;
/** "Haidian district", "Sichuan province": a name and the kind of place it is, in lower case. */
const PLACE_AND_KIND = /\b(\p{Lu}\p{Ll}+) (district|province|county|prefecture|municipality)\b/gu;
/** "“Long Shadows,” the Ana Prieto documentary"; not speech: "“Exports fell,” the report said". */
const QUOTED_TITLE_THEN_GENRE = new RegExp(
  String.raw`[“"]([^”"]{3,80}?)[,.]?[”"],? the [^.,;]{0,40}?\b(?:${GENRE})\b(?! (?:has |had )?(?:said|says|warned|warns|found|finds|noted|notes|stated|states|argued|argues|concluded|concludes|added|adds|wrote|writes)\b)`,
  "gu",
);
/** "Originally published at Lawfare": a site or publisher. */
/** "published at Signal Notes", "published by X": not "published on Wednesday" or "on May 4". */
const PUBLISHED_AT =
  /\bpublished (?:at|on|by) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)((?:\p{Lu}[\p{L}'’-]*)(?: (?:of|the|\p{Lu}[\p{L}'’-]*)){0,5})/gu;
const DYNASTY = /\b(?:the )?(\p{Lu}\p{L}+) (?:\([^)]{1,20}\) )?(dynasty|empire)\b/gu;

const trimEnd = (s: string) => s.replace(/(?: (?:of|the|and|to|in|on|a))+$/, "");

export function findTermPatterns(text: string): TermMatch[] {
  const out: TermMatch[] = [];
  /** A match whose entity name is the matched words themselves, found inside the whole match. */
  const named = (m: RegExpMatchArray, words: string, type: EntityType, why: string) => {
    const start = m.index! + m[0].indexOf(words);
    out.push({ start, end: start + words.length, surface: words, name: words, type, why });
  };
  for (const m of text.matchAll(PROCESS_NODE))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      name: `${m[1]} nm process`,
      spellings: [`${m[1]}nm process`],
      type: "Technology",
      why: "a semiconductor process node",
    });
  for (const m of text.matchAll(GENRE_THEN_TITLE))
    named(m, trimEnd(m[1]!), "Publication", "named as a work by its genre");
  for (const m of text.matchAll(QUOTED_TITLE_THEN_GENRE))
    named(m, m[1]!.replace(/[,.]$/, ""), "Publication", "a quoted title described by its genre");
  // Quoted spans are found with a cheap pattern and only then checked for title case.
  for (const m of text.matchAll(QUOTED)) {
    const title = m[1]!;
    if (!TITLE.test(title) || SPOKEN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)))
      continue;
    // A title has several capitalised words; "Yes" or "Go Home" alone are not enough.
    if ((title.match(/(?:^|\s)\p{Lu}/gu) ?? []).length >= 3)
      named(m, title, "Publication", "a quoted title in title case");
  }
  for (const m of text.matchAll(POSSESSIVE_TITLE))
    named(m, trimEnd(m[1]!), "Publication", "a title after its author's possessive");
  for (const m of text.matchAll(STANDARD)) named(m, m[0], "Publication", "a standard, by its code and number");
  for (const m of text.matchAll(CITED_AUTHOR)) {
    const [family, given] = [m[1]!, m[2]!];
    const name = isChineseName([family, given]) ? `${family} ${given}` : `${given} ${family}`;
    out.push({
      start: m.index,
      end: m.index + family.length + 2 + given.length,
      surface: `${family}, ${given}`,
      name,
      type: "Person",
      why: "an author in a reference, family name first",
    });
  }
  for (const m of text.matchAll(PLACE_AND_KIND))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      name: `${m[1]} ${m[2]![0]!.toUpperCase()}${m[2]!.slice(1)}`,
      type: "Place",
      why: `a name and the kind of place it is (${m[2]})`,
    });
  for (const m of text.matchAll(PUBLISHED_AT)) named(m, trimEnd(m[1]!), "Organization", "where the text was published");
  for (const m of text.matchAll(DYNASTY)) {
    const name = `${m[1]} ${m[2]}`;
    out.push({
      start: m.index + m[0].indexOf(m[1]!),
      end: m.index + m[0].length,
      surface: m[0].replace(/^the /, ""),
      name,
      type: "Place",
      why: `a ${m[2]}`,
    });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
