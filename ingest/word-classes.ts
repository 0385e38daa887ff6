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
// shared: classes more than one stage reads (claims and attribution).

/** Verbs of saying and reporting, in the forms a reported statement uses ("X said", "X says that"). */
export const SAYING = [
  "say",
  "says",
  "said",
  "tell",
  "tells",
  "told",
  "state",
  "states",
  "stated",
  "claim",
  "claims",
  "claimed",
  "argue",
  "argues",
  "argued",
  "insist",
  "insists",
  "insisted",
  "maintain",
  "maintains",
  "maintained",
  "write",
  "writes",
  "wrote",
  "warn",
  "warns",
  "warned",
  "report",
  "reports",
  "reported",
  "note",
  "notes",
  "noted",
  "add",
  "adds",
  "added",
  "explain",
  "explains",
  "explained",
  "announce",
  "announces",
  "announced",
  "estimate",
  "estimates",
  "estimated",
  "counter",
  "counters",
  "countered",
  "reply",
  "replies",
  "replied",
  "describe",
  "describes",
  "described",
] as const;

/** Days and months: capitalised, but names of no entity. */
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

// ---------------------------------------------------------------------------------------------------
// claims: what makes a sentence a checkable assertion, or keeps it from being one.

/** Verbs of the writer's own stance: with a first person ("I think", "we believe") they mark an opinion. */
export const STANCE = [
  "think",
  "believe",
  "feel",
  "guess",
  "suspect",
  "suppose",
  "wonder",
  "hope",
  "doubt",
  "love",
  "hate",
  "like",
  "prefer",
  "agree",
  "disagree",
  "bet",
  "reckon",
  "mean",
  "want",
  "wish",
] as const;

/** Modal verbs and prediction markers: what may, must or will happen is not yet a fact. */
export const MODAL = [
  "may",
  "might",
  "could",
  "would",
  "should",
  "must",
  "probably",
  "potentially",
  "maybe",
  "perhaps",
] as const;
export const PREDICTION = ["will likely", "will probably", "will soon", "will be"] as const;
/** "is expected to", "are set to": a plan or forecast when no figure is stated. */
export const PLAN_PARTICIPLES = ["going", "expected", "set", "likely", "poised", "slated"] as const;

/** Hedges: the writer does not vouch for what follows. */
export const HEDGES = [
  "reportedly",
  "allegedly",
  "rumoured",
  "rumored",
  "appears to",
  "appear to",
  "seems to",
  "seem to",
  "likely",
  "probably",
  "arguably",
  "apparently",
  "estimated",
] as const;

/**
 * Words that judge rather than report: evaluative adjectives, exclamatory nouns and the writer's
 * comment adverbs. Without a figure to check, a sentence built on one is an opinion.
 */
export const EVALUATIVE = [
  "amazing",
  "awesome",
  "brilliant",
  "fantastic",
  "wonderful",
  "beautiful",
  "terrible",
  "awful",
  "horrible",
  "ridiculous",
  "absurd",
  "stupid",
  "dumb",
  "silly",
  "idiotic",
  "insane",
  "crazy",
  "pathetic",
  "disgraceful",
  "shameful",
  "laughable",
  "hilarious",
  "nonsense",
  "pointless",
  "overrated",
  "overhyped",
  "hype",
  "theatre",
  "theater",
  "unfortunately",
  "fortunately",
  "hopefully",
  "frankly",
  "honestly",
  "arguably",
  "sadly",
  "imo",
  "imho",
] as const;

/** Verbs of appearance: "it seems", "sounds like" give an impression, not a finding. */
export const IMPRESSION_VERBS = [
  "seems",
  "seem",
  "looks like",
  "sounds like",
  "feels like",
  "sounds",
  "feels",
] as const;

/** Markers of restatement and inference: what follows is the writer's reading of a fact. */
export const REFORMULATIONS = [
  "in other words",
  "which means",
  "this means",
  "that means",
  "concretely",
  "simply put",
  "put simply",
  "in short",
  "basically",
  "as the saying goes",
  "needless to say",
] as const;

/** Greetings, thanks and one-word replies that open a turn and assert nothing. */
export const GREETINGS = [
  "thanks",
  "thank you",
  "hi",
  "hello",
  "dear",
  "good morning",
  "good afternoon",
  "good evening",
  "welcome",
] as const;
/** One-word replies and exclamations: a turn of their own when nothing follows them. */
export const INTERJECTIONS = [
  "wow",
  "lol",
  "agreed",
  "exactly",
  "yes",
  "no",
  "indeed",
  "true",
  "this",
  "same",
] as const;

/** Connectives that open a sentence without changing what it asserts ("And ...", "But ..."). */
export const CONNECTIVES = ["and", "but", "so", "yet", "or", "now", "still", "also"] as const;

/**
 * Labels of a page's furniture: front matter of papers, bylines, sharing and navigation lines,
 * legal notes. A line that opens with one is not a claim.
 */
export const FURNITURE_LABELS = [
  "keywords",
  "key words",
  "index terms",
  "received",
  "revised",
  "accepted",
  "published online",
  "reporting by",
  "editing by",
  "writing by",
  "additional reporting by",
  "posted on",
  "posted by",
  "published on",
  "updated",
  "news provided by",
  "share",
  "share to",
  "related",
  "see also",
  "read more",
  "copyright",
  "categories",
  "category",
  "tags",
  "retrieved",
  "archived",
  "editor",
  "media contact",
  "contact",
  "tel",
  "phone",
  "fax",
  "email",
  "e-mail",
  "source",
  "photo",
  "image",
  "credit",
] as const;

/** Head nouns of a person's role: "chief executive X", "X, an analyst at Y". */
export const ROLE_HEADS = [
  "executive",
  "officer",
  "president",
  "chairman",
  "chairwoman",
  "chair",
  "founder",
  "co-founder",
  "director",
  "manager",
  "head",
  "chief",
  "analyst",
  "economist",
  "strategist",
  "professor",
  "researcher",
  "scientist",
  "engineer",
  "fellow",
  "host",
  "editor",
  "reporter",
  "correspondent",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "minister",
  "secretary",
  "lawyer",
  "colleague",
  "adviser",
  "advisor",
  "consultant",
  "trader",
  "student",
] as const;

/** Head nouns of a kind of organisation by what it does: "AI chip designer X", "X, a grid-storage integrator". */
export const ACTIVITY_HEADS = [
  "maker",
  "developer",
  "designer",
  "supplier",
  "manufacturer",
  "producer",
  "provider",
  "integrator",
  "operator",
  "seller",
  "retailer",
  "distributor",
  "unit",
  "subsidiary",
  "start-up",
  "startup",
  "chipmaker",
  "carmaker",
  "automaker",
  "foundry",
  "consultancy",
  "regulator",
] as const;
