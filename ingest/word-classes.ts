// Named word classes: every list of English words a rule relies on is defined here, once, and rules
// build their patterns from these classes (`alternation(SAYING)`), so a class never exists in two
// versions with different members. Only general words of the language or of the field belong here;
// nothing taken from a particular document.

/** Build a regex alternation from a class; multi-word entries keep their spaces as \s+. */
export const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");

// ---------------------------------------------------------------------------------------------------
// shared: classes more than one stage reads (claims, attribution, structure).

/**
 * Verbs that report what someone states, in every written form: "X said", "X estimates that", "X
 * told Y", "X described ... as". Plain forms are kept for plural speakers ("analysts estimate").
 */
export const SAYING = [
  ...["say", "says", "said", "tell", "tells", "told", "add", "adds", "added"],
  ...["state", "states", "stated", "write", "writes", "wrote", "note", "notes", "noted"],
  ...["report", "reports", "reported", "find", "finds", "found", "argue", "argues", "argued"],
  ...["claim", "claims", "claimed", "warn", "warns", "warned", "estimate", "estimates", "estimated"],
  ...["conclude", "concludes", "concluded", "announce", "announces", "announced"],
  ...["believe", "believes", "believed", "explain", "explains", "explained", "insist", "insists", "insisted"],
  ...["admit", "admits", "admitted", "reveal", "reveals", "revealed", "show", "shows", "showed"],
  ...["describe", "describes", "described", "allege", "alleges", "alleged", "deny", "denies", "denied"],
  ...["forecast", "forecasts", "forecasted", "predict", "predicts", "predicted", "projects", "projected"],
  ...["reply", "replies", "replied", "respond", "responds", "responded", "confirm", "confirms", "confirmed"],
  ...["acknowledge", "acknowledges", "acknowledged", "calculate", "calculates", "calculated"],
  ...["demonstrate", "demonstrates", "demonstrated", "observe", "observes", "observed"],
  ...["identify", "identifies", "identified", "suggest", "suggests", "suggested"],
  ...["expect", "expects", "expected", "recount", "recounts", "recounted"],
] as const;

// ---------------------------------------------------------------------------------------------------
// attribution: who a claim comes from.

/** Forms of verbs of saying that are nouns too ("the report is out", "analysts' estimates"). */
export const SAYING_NOUNS = [
  ...["report", "reports", "estimate", "estimates", "note", "notes", "claim", "claims", "find", "finds"],
  ...["show", "shows", "forecast", "forecasts", "state", "states", "reply", "replies"],
];

/** Verbs of saying that may come before their speaker: '"…," said Jane Roe'. Not "told": its object is the listener. */
export const SAYING_INVERTED = [
  ...["said", "says", "added", "adds", "noted", "notes", "wrote", "writes", "explained", "explains"],
  ...["argued", "argues", "warned", "warns", "replied", "replies", "continued", "continues"],
  ...["recalled", "recalls", "insisted", "insists", "stated", "states", "asked", "asks", "concluded", "concludes"],
];

/** Nouns for a stated body of figures or findings: "per X's figures", "X's README claims", "by X's count". */
export const SOURCE_WORKS = [
  ...["report", "study", "survey", "paper", "white paper", "note", "analysis", "research", "review", "tracker"],
  ...["data", "figures", "numbers", "count", "tally", "estimate", "estimates", "calculations", "statistics"],
  ...["account", "statement", "filing", "filings", "records", "website", "page", "blog", "release"],
  ...["docs", "documentation", "readme", "model card", "datasheet", "data sheet", "appendix", "guideline"],
  ...["guidelines", "index", "ranking", "dataset", "yearbook", "monitor", "testing", "test data", "results"],
];

/** Head nouns by which a text refers back to an organisation it has named: "the company said". */
export const ORGANISATION_HEADS = [
  ...["company", "firm", "group", "agency", "ministry", "department", "bank", "university", "institute"],
  ...["lab", "laboratory", "start-up", "startup", "think tank", "government", "developer", "maker"],
  ...["manufacturer", "chipmaker", "carmaker", "automaker", "supplier", "consultancy", "office", "bureau"],
  ...["centre", "center", "regulator", "administration", "commission", "council", "fund", "association"],
  ...["organisation", "organization", "operator", "insurer", "exchange", "brokerage", "foundation"],
];

/** Nouns for people who speak for an organisation: "analysts at X estimate" means X estimates. */
export const SPOKESPEOPLE = [
  ...["analysts", "researchers", "economists", "scientists", "experts", "engineers", "strategists"],
  ...["officials", "executives", "spokespeople", "authors", "staff"],
];

/** Adverbs and auxiliaries that may stand between a speaker and the verb: "X has also said", "X today announced". */
export const SPEECH_ADVERBS = [
  ...["also", "has", "had", "have", "then", "later", "recently", "previously", "once", "reportedly", "further"],
  ...["today", "yesterday", "now", "still", "already", "separately", "publicly", "repeatedly", "just", "again"],
  ...["has also", "had also", "has long", "had earlier", "earlier", "on", "last"],
];

/** Words of a courtesy or professional title before a name: "said Dr. Jane Roe". */
export const TITLES = [
  ...["dr", "mr", "mrs", "ms", "prof", "professor", "senator", "president", "premier", "minister"],
  ...["chairman", "chairwoman", "director", "sir", "dame", "judge", "governor", "mayor", "ambassador"],
];

/** Sources that are not named: a claim they carry has no one to be credited to in the sentence. */
export const UNNAMED_SOURCES = [
  ...["people familiar", "person familiar", "sources familiar", "people with knowledge", "person with knowledge"],
  ...["sources said", "a source", "sources close", "who asked not to be named", "who declined to be named"],
  ...["seen by", "obtained by", "reviewed by", "who spoke on condition", "speaking on condition"],
];

// ---------------------------------------------------------------------------------------------------
// structure: who speaks where on a page.

/** Badges a comment system prints after a commenter's name: "Jane Roe Post author", "jroe (moderator)". */
export const ROLE_BADGES = [
  "author",
  "moderator",
  "mod",
  "admin",
  "administrator",
  "op",
  "staff",
  "editor",
  "verified",
];

/** Words of the first person singular: a byline's author speaks in them on a personal blog, not in a news report. */
export const FIRST_PERSON_SINGULAR = [
  "i",
  "i'm",
  "i’m",
  "i've",
  "i’ve",
  "i'd",
  "i’d",
  "i'll",
  "i’ll",
  "me",
  "my",
  "mine",
  "myself",
];

/** Labels of a transcript turn that name a role, not a person: "Q:", "HOST:", "Reporter from X:". */
export const TURN_ROLES = [
  ...["q", "a", "question", "answer", "host", "interviewer", "guest", "moderator", "reporter", "journalist"],
  ...["audience member", "audience", "caller", "panelist", "speaker", "correspondent"],
];

/** Footers a news agency signs its reports with: such a page speaks in its own voice, not its byline's. */
export const NEWS_FOOTERS = ["reporting by", "additional reporting by", "editing by", "writing by", "compiled by"];
