// Word lists from compromise's lexicon, used as data (compromise's parser is far too slow to run on
// every document): first and last names, cities, regions, organisations, and common words.
import nlp from "compromise";

type Tags = string | string[];
let cached: Lexicon | undefined;

export type Lexicon = {
  firstNames: Set<string>;
  lastNames: Set<string>;
  cities: Set<string>;
  regions: Set<string>;
  organizations: Set<string>;
  people: Set<string>;
  /** Ordinary words (verbs, nouns, adjectives, function words): a capital at sentence start does not make them names. */
  common: Set<string>;
  honorifics: Set<string>;
  infinitives: Set<string>;
  /** Every word with its tags, for checks the sets above do not cover. */
  tagged: Map<string, string[]>;
};

const NAME_TAGS = /Name|Person|City|Region|Country|Place|Organization|ProperNoun|Demonym|SportsTeam/;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const words = (nlp as unknown as { model(): { one: { lexicon: Record<string, Tags> } } }).model().one.lexicon;
  const lex: Lexicon = {
    firstNames: new Set(),
    lastNames: new Set(),
    cities: new Set(),
    regions: new Set(),
    organizations: new Set(),
    people: new Set(),
    common: new Set(),
    honorifics: new Set(),
    infinitives: new Set(),
    tagged: new Map(),
  };
  for (const [word, tags] of Object.entries(words)) {
    const list = [tags].flat();
    const has = (t: string) => list.includes(t);
    if (has("FirstName") || has("MaleName") || has("FemaleName")) lex.firstNames.add(word);
    if (has("LastName")) lex.lastNames.add(word);
    if (has("City")) lex.cities.add(word);
    if (has("Region")) lex.regions.add(word);
    if (has("Organization") && word.length > 3) lex.organizations.add(word);
    if (has("Person")) lex.people.add(word);
    if (has("Honorific")) lex.honorifics.add(word);
    if (has("Infinitive")) lex.infinitives.add(word);
    lex.tagged.set(word, list);
    if (!list.some((t) => NAME_TAGS.test(t))) lex.common.add(word);
  }
  for (const w of [
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "president",
    "premier",
    "chancellor",
    "senator",
    "minister",
    "colonel",
    "general",
    "sir",
    "lord",
    "chairman",
    "ceo",
    "governor",
    "king",
    "queen",
    "pope",
  ])
    lex.honorifics.add(w);
  cached = lex;
  return lex;
}
