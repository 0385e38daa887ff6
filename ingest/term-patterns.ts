// Entities recognised by the shape of the phrase rather than by a list of names:
// process nodes ("3nm"), works introduced by their genre ("the novel Dune"), sites something was
// published at, and dynasties. (Technology compounds are found by names/technology-terms.ts.)
import type { EntityType } from "../graph/model.ts";

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
  String.raw`\b[Tt]he (?:${GENRE}) ((?:\p{Lu}[\p{L}\p{N}'’-]*)(?: (?:of|the|and|to|in|on|a|\p{Lu}[\p{L}\p{N}'’-]*))*)`,
  "gu",
);
/** "“Fog of War,” the Errol Morris documentary"; not speech: "“Exports fell,” the report said". */
const QUOTED_TITLE_THEN_GENRE = new RegExp(
  String.raw`[“"]([^”"]{3,80}?)[,.]?[”"],? the [^.,;]{0,40}?\b(?:${GENRE})\b(?! (?:has |had )?(?:said|says|warned|warns|found|finds|noted|notes|stated|states|argued|argues|concluded|concludes|added|adds|wrote|writes)\b)`,
  "gu",
);
/** "Originally published at Lawfare": a site or publisher. */
/** "published at God's Spies", "published by X": not "published on Wednesday" or "on May 4". */
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
