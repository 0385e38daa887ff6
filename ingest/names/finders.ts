// The names stage: the ordered passes that find names in a document, each a declared rule whose id
// and reason are recorded on every entity it finds (`ExtractedEntity.found`), with the rule that
// typed it. The passes run in this order in entities.ts; an earlier pass's span is not taken again
// by a later one, except that a longer name wins over a shorter one inside it.
import type { Decision } from "../rules.ts";

export type Finder = { id: string; why: string };

export const FINDERS = {
  model: { id: "versioned-model", why: "a known model family with a version (a product, not its maker)" },
  catalogue: { id: "catalogue", why: "listed in the catalogue or a domain pack, with its type" },
  pattern: {
    id: "term-pattern",
    why: "recognised by the shape of the phrase (process node, a work named by its genre, ...)",
  },
  technology: {
    id: "technology-term",
    why: "a technology term: a head noun of the field with classifying modifiers, or a material",
  },
  acronym: { id: "acronym-definition", why: "an acronym the text defines, with its long form" },
  speaker: { id: "speaker", why: "the author of a comment or post, as the document's layout shows" },
  byline: { id: "byline", why: "the document's author, from its byline" },
  unit: { id: "organisation-unit", why: "a known organisation followed by an institution word names a unit of it" },
  run: { id: "capitalised-run", why: "a run of capitalised words outside known names" },
  inPlace: {
    id: "place-in-place",
    why: 'an unknown name followed by a known place ("Flagstaff, Arizona") is a place in it',
  },
  coordinated: { id: "coordinated-type", why: "listed together with names of a known type" },
} as const satisfies Record<string, Finder>;

export const NAME_FINDERS: readonly Finder[] = Object.values(FINDERS);

/** The two decisions recorded on an entity: what found it (names) and what typed it (resolution). */
export function decided(found: Finder, typed: Finder): Decision[] {
  return [
    { stage: "names", rule: found.id, why: found.why },
    { stage: "resolution", rule: typed.id, why: typed.why },
  ];
}
