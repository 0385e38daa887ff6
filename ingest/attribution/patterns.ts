// The patterns of explicit attribution cues, built once from the word classes.
import {
  ORGANISATION_HEADS,
  SAYING,
  SAYING_INVERTED,
  SAYING_NOUNS,
  SOURCE_WORKS,
  SPEECH_ADVERBS,
  SPOKESPEOPLE,
  TITLES,
  UNNAMED_SOURCES,
  alternation,
} from "../word-classes.ts";

const SAYS = alternation(SAYING);
/** A verb of saying as a verb: a form that is a noun too only when no verb or possessive follows ("the report is out"). */
const SAYS_VERB = () =>
  `(?:(?:${alternation(SAYING.filter((w) => !SAYING_NOUNS.includes(w)))})\\b|(?:${alternation(SAYING_NOUNS.filter((w) => (SAYING as readonly string[]).includes(w)))})\\b${NOT_A_NOUN})`;
/** "report", "estimate", "claims" are nouns too: not when a verb or a possessive follows ("the report is out"). */
const NOT_A_NOUN = `(?!\\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|should|says|said|shows|showed|finds|found|notes|noted|claims|claimed|of)\\b|['’]s?\\b)`;
const ADVERBS = `(?:(?:${alternation(SPEECH_ADVERBS)}|\\p{Ll}+ly)\\s+){0,3}`;
const WORKS = alternation(SOURCE_WORKS);
const HEADS = alternation(ORGANISATION_HEADS);
/**
 * An apposition, a bracket or an affiliation between a speaker and the verb: "X, based in Lima, said",
 * "X (Lyon) says", "Dr. X at the Lagos Institute estimated".
 */
const BETWEEN = `(?:['’]s?\\s+(?:${alternation(SPOKESPEOPLE)})|,[^,.;“”"]{2,90},|\\s*\\([^()\\n]{1,40}\\)|\\]\\([^()\\s]{1,200}\\)|\\*\\*|\\s+(?:at|of|from|with)\\s+(?:the\\s+)?\\p{Lu}[^,.;:()“”"]{1,60}?(?=\\s+\\p{Ll})){0,3}`;

/** After a name: "X said", "X has also said", "X, based in Y, said", "X's website claims", "X et al. reported". */
export const SAYS_AFTER = new RegExp(`^${BETWEEN},?\\s+${ADVERBS}${SAYS_VERB()}`, "u");
/** After a name: "X's report shows", "X's own manual for the R7 lists": what a work of X's states, X states. */
export const WORK_SAYS_AFTER = new RegExp(
  `^['’]s?\\s+(?:own\\s+|latest\\s+|new\\s+|\\d{4}\\s+)?(?:${WORKS})(?:\\s+(?:for|on|of|in|about)\\s+[^,.;]{1,30}?)?\\s+${ADVERBS}(?!(?:the|a|an|of|for|on|in|and|is|was|are|were|has|had)\\b)(\\p{Ll}+)\\b`,
  "iu",
);
/** After a name: "X data show", "the Census Bureau figures suggest": a work of X's, without the possessive. */
export const WORK_BARE_SAYS = new RegExp(`^\\s+(?:${WORKS})\\s+${ADVERBS}${SAYS_VERB()}`, "iu");
export const ET_AL = /^\s+et\s+al\.?/;
/** Before a name: "…," said Dr. Jane Roe. Not "told": who follows it is the listener. */
export const SAYS_BEFORE = new RegExp(
  `\\b(?:${alternation(SAYING_INVERTED)})\\s+(?:(?:${alternation(TITLES)})\\.?\\s+)?$`,
  "iu",
);
/** Before a name: the name is the object of a preposition, not the subject... */
export const OBJECT_OF = /\b(?:for|at|in|with|by|from|of|to|on|about|than|like|into|over|against)\s+(?:the\s+)?$/i;
/** ...except where the subject is the people of X ("analysts at X estimate"). */
export const PEOPLE_OF = new RegExp(
  `\\b(?:${alternation(SPOKESPEOPLE)})\\s+(?:at|from|with|of|for)\\s+(?:the\\s+)?$`,
  "i",
);

/** "according to ...", "per ...", "by X's count", "as noted by ...", "this comes from ...": a phrase naming a source. */
export const SOURCE_PHRASE = new RegExp(
  `\\baccording\\s+to\\b|(?:^|[,;:(—–-]\\s*|\\*\\*\\s*)per\\b(?!\\s+(?:cent|capita|annum|head|unit|person|year|month|day|hour|share)\\b)|\\bby\\s+(?=[^,.;]{1,60}?['’]s?\\s+(?:own\\s+)?(?:${WORKS})\\b)|\\b(?:${SAYS})\\s+by\\b|\\b(?:comes?|came)\\s+from\\b|\\bas\\s+(?:${SAYS}|discussed|documented|detailed|set out)\\s+(?:in|by)\\b|\\b(?:published|appeared|appears)\\s+(?:[\\p{L}\\d,]+\\s+){0,4}?in\\b`,
  "giu",
);
/** Sources that are not named ("people familiar with", "figures seen by X"): nobody to credit in the sentence. */
export const UNNAMED = new RegExp(`\\b(?:${alternation(UNNAMED_SOURCES)})\\b`, "i");
/** "the company", "its parent firm", "company figures": an organisation referred to by its kind. */
export const DESCRIBED_ORG = new RegExp(
  `\\b(?:(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?)?(${HEADS})(?:['’]s?)?\\b`,
  "iu",
);
/** "the report", "the same survey", "the statement": a work referred to by its kind. */
export const DESCRIBED_WORK = new RegExp(
  `\\b(?:the|this|that)\\s+(?:same\\s+|new\\s+|latest\\s+|full\\s+)?(${WORKS})\\b`,
  "iu",
);
/** "its figures", "their annual filing": a work of the organisation the sentence is about. */
export const OWN_WORK = /\b(?:its|their)\s+(?:own\s+)?[\p{L}-]+/iu;

/** Subjects that are not names: "the company said", "the report says", "she told", "it also says". */
export const DESCRIBED_SAYS = new RegExp(
  `(?:^|[^\\p{L}])(?:(the|its)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${HEADS}|${WORKS})|(he|she|it|they))${BETWEEN}\\s+${ADVERBS}(${SAYS_VERB()})`,
  "giu",
);
export const SAYS_ANYWHERE = new RegExp(`\\b(?:${SAYS})\\b`, "i");
/** Does a sentence hold anything a cue rule could read? Most do not, and are skipped at once. */
export const CUE_GATE = new RegExp(
  `\\b(?:${SAYS})\\b|according|\\bper\\b|et al|\\bfrom\\b|\\bby\\b|['’]s?\\s|\\(`,
  "i",
);
/** After a cue's verb, only adjuncts before the comma or the end: "..., the firm said in a filing late on Monday." */
export const NO_COMPLEMENT =
  /^(?:\s+(?:in|on|at|during|late|early|earlier|later|last|this|on|via|through)\b[^,.;“”"]{0,60})?\s*(?:[,.;]|$)/i;
export const CLAUSE_THAT = /\bthat\b/i;
