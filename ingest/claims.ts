// Which stretches of text are claims: atomic, checkable assertions (numbers, rankings, comparisons,
// events, findings), not questions, greetings, headings, opinions or predictions. Sentences are split
// where they join two assertions (": ", "; ").
import { lexicon } from "./lexicon.ts";
import type { Sentence, Span } from "./segment.ts";
import { quotedEarlier } from "./structure/quotes.ts";
import { tokenize } from "./tokens.ts";
import { appositions } from "./appositions.ts";
import type { Decision, Rejection } from "./extraction.ts";
import { firstRule, type Rule } from "./rules.ts";
import {
  alternation,
  CONNECTIVES,
  EVALUATIVE,
  FURNITURE_LABELS,
  GREETINGS,
  HEDGES,
  IMPRESSION_VERBS,
  INTERJECTIONS,
  MODAL,
  REFORMULATIONS,
  PLAN_PARTICIPLES,
  PREDICTION,
  SAYING,
  STANCE,
  BELIEF,
  MONTHS,
  ROLE_HEADS,
  ACTIVITY_HEADS,
} from "./word-classes.ts";

export type ClaimUnit = Span & { text: string; hedged: boolean; confidence: number; decision: Decision };

let verbs: Set<string> | undefined;
/** Finite verb forms from compromise's lexicon, plus the contractions that carry "is"/"are"/"has". */
function verbForms(): Set<string> {
  if (verbs) return verbs;
  const words = lexicon().tagged;
  verbs = new Set(
    [...words]
      .filter(([, tags]) => tags.some((t) => /^(?:PastTense|PresentTense|Copula|Modal|Verb|Participle)$/.test(t)))
      .map(([w]) => w),
  );
  // Irregular past forms; regular ones ("invested") are recognised by their ending.
  for (const w of "lost built made said took gave went saw won led held sold bought brought thought found got paid ran rose fell grew began became came kept left meant met put set told wrote spent sent shot stood understood knew drew drove chose broke spoke bore overtook outpaced overtaken".split(
    " ",
  ))
    verbs.add(w);
  for (const w of [
    "it's",
    "that's",
    "there's",
    "he's",
    "she's",
    "they're",
    "we're",
    "you're",
    "i'm",
    "what's",
    "here's",
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "aren't",
    "wasn't",
    "can't",
    "won't",
  ])
    verbs.add(w);
  return verbs;
}

const CONTRACTED_VERB =
  /\b(?:(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ww]ho|[Hh]e|[Ss]he)['’]s\s+\p{Ll}|\p{L}+['’](?:s\s+(?!\p{Ll}+est\b|most\b|worst\b|least\b)|re\s+|ve\s+|m\s+|d\s+|ll\s+)\p{Ll})/u;

/** The same stretch is asked about by several rules and by the clause splitter: the last few answers are kept. */
function hasFiniteVerb(text: string): boolean {
  let has = verbMemo.get(text);
  if (has === undefined) {
    has = findsFiniteVerb(text);
    if (verbMemo.size >= 256) verbMemo.clear();
    verbMemo.set(text, has);
  }
  return has;
}
const verbMemo = new Map<string, boolean>();

const PLAIN_WORD = /(?<![^ ])[a-z]+(?![^ ])/g;
function findsFiniteVerb(text: string): boolean {
  const forms = verbForms();
  const infinitives = lexicon().infinitives;
  // Contractions carry the verb: "It's", "he's invoking", "they're".
  // ("Korea's leading" is a verb; "Korea's Chip Strategy" and "the world's largest" are possessives.)
  if ((text.includes("'") || text.includes("’")) && (CONTRACTED_VERB.test(text) || /n['’]t\b/.test(text))) return true;
  // A verb form in lower case between spaces is a token of its own: most sentences have one, found
  // without tokenizing them.
  for (const m of text.matchAll(PLAIN_WORD)) if (forms.has(m[0])) return true;
  const toks = tokenize(text);
  // A list item that starts with a third-person verb: "- Excels at coding (...)".
  if (
    toks.length > 1 &&
    /^\p{Lu}\p{Ll}+s$/u.test(toks[0]!.text) &&
    !lexicon().tagged.get(toks[0]!.lower)?.includes("Plural")
  )
    return true;
  // Any word that is a verb form by itself; only then (the costlier test) a word that is one by its place.
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.lower.includes("’") ? toks[i]!.lower.replace(/’/g, "'") : toks[i]!.lower;
    if (forms.has(w)) return true;
    // Plural present forms are spelled like infinitives: "effects break", "analysts dismiss".
    if (i > 0 && infinitives.has(w) && !lexicon().tagged.get(w)?.includes("Noun")) return true;
    // "rivals", "dominates", "invested": regular forms of a known verb.
    const cut = w.endsWith("es") || w.endsWith("ed") ? 2 : w.endsWith("s") || w.endsWith("d") ? 1 : 0;
    if (cut > 0 && (infinitives.has(w.slice(0, -cut)) || infinitives.has(w.slice(0, -1)))) return true;
    if (w.length > 5 && w.endsWith("ed")) return true;
  }
  for (let i = 1; i < toks.length; i++) if (presentVerbByPlace(toks, i)) return true;
  return false;
}

/** Words that open a noun phrase or a prepositional phrase: what follows a verb, not what precedes it. */
const AFTER_VERB =
  /^(?:on|in|at|to|for|with|from|by|into|over|under|about|up|down|out|off|the|a|an|its|their|his|her|our|more|less|most|all|as)$/;
const OBJECT_PRONOUN = /^(?:it|them|us|him|her|me|you|this|that|these|those)$/;
const BEFORE_NOUN =
  /^(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|of|in|on|at|to|for|with|from|by|and|or|many|some|few|most|all)$/;

/**
 * "The controller runs on ...", "the part cuts the cost": a word the lexicon knows only as a
 * plural noun is a verb when a noun stands before it and a preposition or article after it.
 */
function presentVerbByPlace(toks: ReturnType<typeof tokenize>, i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1]?.lower;
  const prev = toks[i - 1]!;
  // "Quantum effects break transistors", "analysts dismiss it": a base form after a plural noun, before an object.
  if (
    next !== undefined &&
    lexicon().infinitives.has(t.lower) &&
    /^\p{L}+s$/u.test(prev.text) &&
    !/ss$/.test(prev.lower) &&
    !BEFORE_NOUN.test(prev.lower) &&
    (AFTER_VERB.test(next) || OBJECT_PRONOUN.test(next) || /^\p{Ll}+$/u.test(toks[i + 1]!.text))
  )
    return true;
  // "Heat throttles performance": a sentence's first noun, then an -s form, then its object.
  if (
    i === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
    !BEFORE_NOUN.test(prev.lower) &&
    /^\p{Ll}{3,}s$/u.test(t.text) &&
    !/ss$/.test(t.text) &&
    next !== undefined &&
    /^\p{Ll}+$/u.test(toks[i + 1]!.text) &&
    !BEFORE_NOUN.test(next) &&
    lexicon().tagged.get(t.lower)?.includes("Plural")
  )
    return true;
  if (!/^\p{Ll}{2,}s$/u.test(t.text) || /ss$/.test(t.text) || next === undefined || !AFTER_VERB.test(next))
    return false;
  if (!lexicon().tagged.get(t.lower)?.includes("Plural")) return false;
  return /^\p{Ll}+$/u.test(prev.text) && !BEFORE_NOUN.test(prev.lower) && !/s$/.test(prev.lower);
}

/**
 * Headlines and list items state things with a participle, with its subject named just before or
 * understood from the lead-in: "Korvath Building New Plant", "- Funding new labs in Lyon".
 */
function hasParticiplePredicate(text: string): boolean {
  const toks = tokenize(text);
  return toks.some(
    (t, i) =>
      i < toks.length - 1 &&
      /^\p{L}{3,}ing$/u.test(t.text) &&
      (i === 0 || /^\p{Lu}/u.test(toks[i - 1]!.text)) &&
      !lexicon()
        .tagged.get(t.lower)
        ?.some((tag) => /Noun|Singular|Plural/.test(tag)),
  );
}

/**
 * Does a note state something, or only cite? Titles in a reference are capitalised and often hold
 * words that could be verbs ("Report", "Tooling"), and "accessed June 2024" is a participle after a
 * comma; a stated fact has a lower-case finite verb right after its subject.
 */
function statesSomething(t: string): boolean {
  return hasNounFreeVerb(t.replace(/\b\p{Lu}[\p{L}-]*/gu, "X")) || /[\p{L}.”"]\s+\p{Ll}{3,}(?:ed|es)\b/u.test(t);
}

/** A finite verb that is not also a compound adjective ("state-backed") or a noun ("runs"). */
function hasNounFreeVerb(t: string): boolean {
  return tokenize(t).some((tok) => {
    const tags = lexicon().tagged.get(tok.lower);
    return (
      !tok.text.includes("-") &&
      verbForms().has(tok.lower) &&
      !(tags ?? []).some((x) => /Noun|Singular|Plural|Adjective|Participle/.test(x)) &&
      !/^(?:that|which|who|a|an|the)$/.test(tok.lower)
    );
  });
}

/** A finite verb, or the participle of a headline or list item. */
export const hasPredicate = (text: string) => hasFiniteVerb(text) || hasParticiplePredicate(text);

const QUESTION = /\?[”"')\]]*\s*$/;
const INTRODUCER = /:\s*$/;
/**
 * A lead-in that only announces ("The figures are:", "Highlights include:", "as follows:") says
 * nothing itself; one that states something before its list ("It's building new ecosystems:") does.
 */
const LEAD_IN_ONLY =
  /\b(?:is|are|was|were|include|includes|including|follows|following|below|these|here|this|like|say|says|said|shows?|note|notes|explains?|e\.g|i\.e|such as|namely|\w+ing)\s*:\s*$|^(?:here|these|the following)\b/i;
/** "Speakers:", "Key specifications of X:": a label that ends in a colon. */
const isLabelled = (t: string) => /^(?:[\p{Lu}\d][\p{L}\d-]*\s*){1,6}:\s*$/u.test(t);
/** "Yes.", "Exactly!": a one-word reply; "Yes, the chip ships in May" goes on to assert something. */
const INTERJECTION = new RegExp(`^(?:${alternation(INTERJECTIONS)})\\b[\\s,.!]*$`, "i");
/** A greeting, also after the name of the one greeted ("Jane, thank you."). */
const GREETING = new RegExp(`^(?:\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,2},\\s+)?(?:${alternation(GREETINGS)})\\b`, "iu");
/**
 * A first person with a verb of stance, at the start or after a fronted phrase: "I think ...", "we
 * believe ..." (for "we" only verbs of belief: "we disagree" reports a position).
 */
const FIRST_PERSON_STANCE = new RegExp(
  `(?:^|,\\s+|\\s)i (?:(?:really|just|do|don['’]t|honestly|still|also|kind of|sort of) ){0,2}(?:${alternation(STANCE)})\\b|(?:^|,\\s+|\\s)we (?:(?:really|truly|firmly|still|also) )?(?:${alternation(BELIEF)})\\b|\\bi['’]m (?:all )?(?:for|against)\\b|^i['’](?:m|ve|d)\\b|^i (?:can|can['’]t|don['’]t|would)\\b|\\b(?:in my|in our) (?:opinion|view)\\b|\\bmy (?:point|guess|take|sense) is\\b|^my (?:\\w+ )?(?:take|view|opinion|guess|hunch)\\b|^i am (?:so |very |really )?(?:happy|glad|pleased|delighted|sorry|afraid|sure|confident)\\b|\\bi['’]d say\\b`,
  "i",
);
/** Stance with its subject dropped: "Hate how ...", "Like that ...". */
const DROPPED_SUBJECT_STANCE = new RegExp(`^(?:${alternation(STANCE)}) (?:how|that|it when)\\b`, "i");
/** An impression, not a finding: "It seems ...", "This sounds like ...", "Really feels like ...". */
const IMPRESSION = new RegExp(
  `^(?:(?:it|this|that|really|which|all)\\s+){0,2}(?:${alternation(IMPRESSION_VERBS)})\\b|\\bit['’]?s (?:\\w+ )?\\w+ to (?:watch|see|think|imagine|read|hear)\\b`,
  "i",
);
/** Restating or drawing a lesson ("In other words, ...", "Which means ..."): the writer's reading of a fact. */
const REFORMULATION = new RegExp(`^(?:${alternation(REFORMULATIONS)})\\b`, "i");
/**
 * A costly pattern tested only where a cheap one finds what every alternative of it contains ("you"
 * or "let"; an opening "th"/"he" or "as the"): most sentences are spared it. Keep the two in step.
 */
const gated = (cheap: RegExp, pattern: RegExp) => ({ test: (t: string) => cheap.test(t) && pattern.test(t) });
/** Words to the reader: "you should ...", "let's ...", and imperatives ("Remember ...", "Make up your own mind"). */
const TO_THE_READER = gated(
  /you|let/iu,
  /^(?:let['’]s|let me|(?:\p{Lu}\p{Ll}+,\s+|now\s+)?you\s+(?:are|tell|know|see|just|don['’]t|do not|will|would|['’]ll|can(?:not|['’]t)?\s+(?:see|try|read|find|check|imagine|tell|deny|bet|say|argue|thank))\b)|\b(?:your own|yourself|makes? you)\b|\byou (?:have to|need to|should|must|cannot|can['’]t)\b/iu,
);
const EVALUATIVE_WORD = new RegExp(`\\b(?:${alternation(EVALUATIVE)})\\b`, "i");
/** Pointers to elsewhere ("go here", "can be found here") carry no claim. */
const POINTER = /\bhere\b[.)!]*\s*$/i;
/** An exclamation without a figure is rhetoric: "They did it again!", "Wow!!". */
const EXCLAMATION = /!["”’)\]]*\s*$/;
/** Predictions, possibilities and duties: what may or must happen is not yet a claim about what is. */
const SPECULATION = new RegExp(
  `\\b(?:${alternation(MODAL)})\\b(?! not be surprised)|\\b(?:${alternation(PREDICTION)})\\b|\\b(?:is|are|am|was|were|['’]s|['’]re|['’]m) (?:${alternation(PLAN_PARTICIPLES)}) to\\b|\\bexpects? (?:\\w+ ){1,3}to\\b`,
  "i",
);
/**
 * Where a modal does not make the sentence speculative: inside a quotation, in what someone is
 * reported to say or hold ("X said it should ...", "X maintains that ... should"), or in an aside to
 * the reader ("as you may know").
 */
const NOT_THE_WRITERS_MODAL = new RegExp(
  `[“"][^”"]*[”"]|\\b(?:${alternation(SAYING.filter((w) => !/^tell|^told/.test(w)))}) (?:that|it|they|he|she|we|the|its|their)\\b.*$|\\btold (?!by\\b)\\w+ (?:that|it|they|he|she|we|the|its|their)\\b.*$|\\bas you (?:may|might) (?:know|have \\w+)\\b`,
  "gi",
);
/** Connectives that open a sentence without changing what it asserts ("And maybe ...", "But if ..."). */
const CONNECTIVE = new RegExp(`^(?:${alternation(CONNECTIVES)})\\b,?\\s+`, "i");
/** A conditional is not an assertion: "If X, Y" says neither X nor Y. */
const CONDITIONAL = /^(?:if|unless)\b/i;
/**
 * The text talking about itself or its pictures: "This post provides some details", "as the above
 * report shows", "This is an artist's impression".
 */
const SELF_REFERENCE = gated(
  /^(?:th|he)|as the/iu,
  /^(?:[Tt]his|[Tt]he above|[Tt]he following)(?: \p{Lu}[\p{L}.]*)*(?: \p{Ll}+)? (?:post|article|thread|piece|essay|blog|story|graphic|chart|video|paper|report|release|episode|section)\b(?! (?:found|finds|shows|estimates))|\bas the (?:above|following|below) \w+ shows?\b|^(?:[Tt]his|[Tt]hat|[Hh]ere) is (?:an? |the )?(?:artist['’]s (?:representation|impression|rendering)|screenshot|illustration|photo|picture|image|map)\b|^the remainder of this\b/iu,
);
/** A newsroom's note that someone would not speak is not a claim about the world. */
const NO_COMMENT =
  /\b(?:declined|refused) to comment\b|\bdid not (?:immediately )?(?:respond|reply) to (?:a |our )?requests? for comment\b|\bcould not (?:immediately )?be reached for comment\b|\bnot in a position to comment\b|\bno information to (?:release|share)\b/i;
/** A line that breaks off ("Quantum links, photonics, edge AI—") asserts nothing; nor does a formula without figures ("A/B = C"). */
const UNFINISHED = /[-–—]\s*$/;
const FORMULA = /\s=\s/;
/** A line of a page's furniture: "Keywords: ...", "Reporting by ...", "Share: ...", "Copyright ...". */
const FURNITURE = new RegExp(`^[\\s*_#>^]*(?:${alternation(FURNITURE_LABELS)})\\b\\s*[:·|]?`, "i");
/**
 * An indirect question is still a question: "The question is whether ...", "Whether it pays off is
 * unclear"; so is a clause cut from a question before its "?": "will it strengthen our schools".
 */
const INDIRECT_QUESTION =
  /^(?:the (?:question|issue) (?:now |here )?is (?:whether|how|why|what|who)|whether|(?:will|would|can|could|does|do|did|is|are|was|were|should|has|have) (?:it|we|they|you|he|she|i|this|that|there)\b)\b/i;
/** A figure to check: a digit that begins a number, not one in a name like "G2", "V3", "2D" or "5G". */
const FIGURE = /(?<!\p{L})(?!\d[DG]\b)\d/u;
const outsideQuotes = (t: string) => t.replace(/[“"][^”"]*[”"]/g, " ");
/** A relative clause, from its pronoun to the next comma: its verb is not the sentence's. */
const RELATIVE_CLAUSE = /\s(?:that|which|who|what)\b[^,;]*/gi;
const ENDS_LIKE_A_SENTENCE = /[.!?…]["”’)\]]*$/;
const HEDGE = new RegExp(`\\b(?:${alternation(HEDGES)})\\b`, "i");
const FINDING =
  /\d|%|\b(?:leads?|led|leading|ranks?|ranked|dominat\w*|monopol\w*|ahead|behind|first|largest|fastest|more than|less than|times|percent|billion|million|found|reported|announced|released|built|launched|published|invest\w*|develop\w*)\b/i;

/** "Smith said A, while Jones argued B": two speakers, so two claims with their own sources. */
const TWO_SPEAKERS =
  /\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)*\s(?:said|says|told|argued|argues|claimed|claims|reported|reports|found|insisted|countered)\b/gu;
const SPEAKER_SEAM = /(?:,\s+(?:while|whereas|but)\s+|;\s+)/g;

function speakerClauses(text: string, s: Sentence): Span[] | undefined {
  const body = text.slice(s.start, s.end);
  if ((body.match(TWO_SPEAKERS) ?? []).length < 2) return undefined;
  const out: Span[] = [];
  let start = s.start;
  for (const m of body.matchAll(SPEAKER_SEAM)) {
    out.push({ start, end: s.start + m.index });
    start = s.start + m.index + m[0].length;
  }
  out.push({ start, end: s.end });
  return out.length > 1 ? out : undefined;
}

/**
 * Seams where a long sentence joins full clauses that can be checked apart: a semicolon, a colon
 * opening a quotation, "but", an ellipsis, ", and it ...", ", while"/"(while" (and LEADING_WHILE).
 */
const COORDINATION =
  /(?:;|:(?=\s*[“"])|,?\s+but(?!\s+(?:also|not|rather|still|for)\b)|\s?(?:…\.?|\.{3,4})(?=\s*[\p{L}“"])|,\s+and(?=\s+(?:it|it['’]s|they|they['’]re|he|she)\s)|(?:,|\s+\()\s*(?:while|whereas)\b)\s*/giu;
/**
 * Seams of any sentence, long or short: a semicolon, ", and" / ", but" / ", yet" / ", while"
 * before a clause with its own subject and verb ("X rose 5%, while Y fell 3%"), and ", which"
 * opening a relative clause that states a figure of its own ("..., which cut costs by 40%").
 */
const CLAUSE_SEAMS = /(?:;|,\s+(?:and|but|yet|while|whereas)(?:\s+that)?(?=\s)|,(?=\s+which\s))\s*/giu;
/** "While X, Y" and "And while X, Y": the comma after the opening clause. */
const LEADING_WHILE = /^(?:(?:and|but)\s+)?(?:while|whereas)\b[^,]{10,}(,\s*)/i;
/** A sentence this long usually joins several assertions; shorter ones are left whole. */
const LONG_SENTENCE = 30;

/**
 * Splits a sentence where a colon or semicolon (or only a semicolon, or any coordination seam)
 * joins two full clauses. Coordination needs a verb on both sides.
 */
function clauses(text: string, s: Span, re = /(?::|;)\s+/g): Span[] {
  const body = text.slice(s.start, s.end);
  const coordination = re === COORDINATION || re === CLAUSE_SEAMS;
  // A seam inside parentheses ("(ABCD; French: ...)") joins nothing: depth is counted in one pass.
  const depthAt = parenthesisDepth(body);
  const seams = [...body.matchAll(re)]
    .filter((m) => depthAt[m.index] === 0)
    .map((m) => ({ at: s.start + m.index, end: s.start + m.index + m[0].length, semicolon: m[0][0] === ";" }));
  const lead = re === COORDINATION ? LEADING_WHILE.exec(body) : null;
  if (lead)
    seams.unshift({ at: s.start + lead[0].length - lead[1]!.length, end: s.start + lead[0].length, semicolon: false });
  if (seams.length === 0) return [{ start: s.start, end: s.end }];
  // Words and verbs are counted once per piece between seams and summed, so a sentence with
  // thousands of semicolons costs linear time, not quadratic.
  const pieces = seams.map((m, k) => ({ start: k === 0 ? s.start : seams[k - 1]!.end, end: m.at }));
  pieces.push({ start: seams.at(-1)!.end, end: s.end });
  const pieceWords = pieces.map((p) => words(text.slice(p.start, p.end)));
  const pieceVerb = pieces.map((p) => hasFiniteVerb(text.slice(p.start, p.end)));
  const restWords = [...pieceWords];
  const restVerb = [...pieceVerb];
  for (let k = pieces.length - 2; k >= 0; k--) {
    restWords[k]! += restWords[k + 1]!;
    restVerb[k] ||= restVerb[k + 1]!;
  }
  const out: Span[] = [];
  let start = s.start;
  let leftWords = 0;
  let leftVerb = false;
  seams.forEach((m, i) => {
    leftWords += pieceWords[i]!;
    leftVerb ||= pieceVerb[i]!;
    const [rightWords, rightVerb] = [restWords[i + 1]!, restVerb[i + 1]!];
    const right = text.slice(m.end, Math.min(s.end, m.end + 40));
    const next = text.slice(m.end, pieces[i + 1]!.end);
    // "X rose 5%, while Y fell 3%": clauses that each state a figure may be short.
    const minWords = re === CLAUSE_SEAMS && FIGURE.test(next) && FIGURE.test(text.slice(start, m.at)) ? 2 : 4;
    // ", which cuts the part count by 40%": a relative clause after a common noun that brings a figure of its own.
    const relative =
      re === CLAUSE_SEAMS && /^which\s/.test(right) && FIGURE.test(next) && /\p{Ll}$/u.test(text.slice(start, m.at));
    if (
      leftWords >= minWords &&
      rightWords >= minWords &&
      rightVerb &&
      (relative || !/^(?:who|whom|whose|which|where)\b/i.test(right)) &&
      (!coordination ||
        relative ||
        (leftVerb &&
          leftWords >= minWords + 1 &&
          rightWords >= minWords + 1 &&
          hasSubject(right) &&
          (re !== CLAUSE_SEAMS ||
            (hasFiniteVerb(right.replace(/^\S+\s*/, "") + text.slice(m.end + 40, pieces[i + 1]!.end)) &&
              (m.semicolon || FIGURE.test(text.slice(start, pieces[i + 1]!.end))))))) &&
      !/\b(?:are|is|was|were|include|including|as follows|e\.g|i\.e|where|when|which|that|who|because|as|if)$/i.test(
        text.slice(start, m.at).slice(-40).trim(),
      )
    ) {
      out.push({ start, end: m.at });
      start = m.end;
      leftWords = 0;
      leftVerb = false;
    }
  });
  out.push({ start, end: s.end });
  return out;
}

/** How many parentheses and brackets are open at each position of a text. */
function parenthesisDepth(body: string): Uint16Array {
  const depth = new Uint16Array(body.length + 1);
  let d = 0;
  for (let i = 0; i < body.length; i++) {
    depth[i] = d;
    if (body[i] === "(" || body[i] === "[") d++;
    else if ((body[i] === ")" || body[i] === "]") && d > 0) d--;
  }
  depth[body.length] = d;
  return depth;
}

/** "but is most dominant in X" joins a second verb to the same subject: not a clause of its own. */
const hasSubject = (clause: string) => {
  const first = tokenize(clause)[0]?.lower;
  return first !== undefined && !verbForms().has(first) && !/^(?:still|also|then|not)$/.test(first);
};

/**
 * How many words: runs between white space (or ellipses) with a letter or digit in them. A scan by
 * hand, since splitting and filtering every candidate was a large share of the rejection rules' time.
 */
function words(t: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : c === 0x2026 || SPACE.test(t[i]!)) counted = false;
    else if (!counted && (c < 128 ? ASCII_WORD_CHAR[c] === 1 : letterOrDigitAt(t, i))) {
      n++;
      counted = true;
    }
  }
  return n;
}
const letterOrDigitAt = (t: string, i: number) => LETTER_OR_DIGIT.test(String.fromCodePoint(t.codePointAt(i)!));
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII_WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) =>
  /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0,
);

/** What the rejection rules look at: the stretch of text, without an opening connective, and whether it has a figure. */
export type Candidate = { text: string; core: string; figure: boolean; verb: () => boolean };

const candidate = (t: string): Candidate => {
  let verb: boolean | undefined;
  // Whether it has a predicate is asked by several rules and costs the most: asked once.
  return { text: t, core: t.replace(CONNECTIVE, ""), figure: FIGURE.test(t), verb: () => (verb ??= hasPredicate(t)) };
};
const when = (test: boolean) => (test ? true : undefined);

/**
 * Why a stretch of text is not a claim: the first of these rules that applies rejects it. Opinion,
 * rhetoric and speculation are rejected only without a figure: a prediction, target or judgement
 * that states a number can be checked.
 */
export const REJECTION_RULES: readonly Rule<Candidate, true>[] = [
  { id: "too-short", why: "fewer than three words", apply: (c) => when(words(c.text) < 3) },
  {
    id: "question",
    why: "a question, direct or indirect",
    apply: (c) => when(QUESTION.test(c.text) || INDIRECT_QUESTION.test(c.core)),
  },
  {
    id: "introducer",
    why: "ends with a colon: it introduces what follows",
    apply: (c) =>
      when(
        INTRODUCER.test(c.text) && (words(c.text) < 4 || LEAD_IN_ONLY.test(c.text) || !c.verb() || isLabelled(c.text)),
      ),
  },
  {
    id: "greeting",
    why: "a greeting, thanks or a one-word reply",
    apply: (c) => when(GREETING.test(c.core) || INTERJECTION.test(c.core)),
  },
  {
    id: "furniture",
    why: "a line of the page's furniture (front matter, byline, sharing, legal)",
    apply: (c) => when(FURNITURE.test(c.text)),
  },
  {
    id: "reference",
    why: "a footnote or a reference-list entry (opens with a note mark)",
    apply: (c) => when(REFERENCE.test(c.text) && !statesSomething(c.text.replace(REFERENCE, ""))),
  },
  {
    id: "exchange-rate",
    why: "an exchange-rate note ('$1 = 7.25 yuan') explains a conversion; it is no claim",
    apply: (c) => when(EXCHANGE_RATE.test(c.text)),
  },
  {
    id: "timestamp",
    why: "a line that gives only a date or a time (a dateline or a post's time)",
    apply: (c) => when(TIMESTAMP.test(c.text)),
  },
  {
    id: "navigation",
    why: "a menu of links separated by bars, not a sentence",
    apply: (c) => when(navigation(c.text)),
  },
  {
    id: "post-metadata",
    why: "a post's score, age or reply marker (forum and social layouts)",
    apply: (c) => when(POST_METADATA.test(c.text)),
  },
  {
    id: "first-person-stance",
    why: "the writer's stance: a first person with a verb of opinion",
    apply: (c) => when(FIRST_PERSON_STANCE.test(outsideQuotes(c.core)) || DROPPED_SUBJECT_STANCE.test(c.core)),
  },
  {
    id: "impression",
    why: "an impression ('it seems', 'sounds like', 'it's sad to watch'), not a finding",
    apply: (c) => when(IMPRESSION.test(c.core)),
  },
  {
    id: "reformulation",
    why: "the writer restating or drawing a lesson, without a figure",
    apply: (c) => when(!c.figure && REFORMULATION.test(c.core)),
  },
  {
    id: "to-the-reader",
    why: "addressed to the reader: an instruction or a wish",
    apply: (c) => when(TO_THE_READER.test(c.core) || imperative(c.core)),
  },
  {
    id: "condition",
    why: "a condition ('if ...') asserts neither of its parts",
    apply: (c) => when(CONDITIONAL.test(c.core)),
  },
  { id: "pointer", why: "points elsewhere", apply: (c) => when(POINTER.test(c.text)) },
  { id: "self-reference", why: "about the text itself", apply: (c) => when(SELF_REFERENCE.test(c.core)) },
  { id: "no-comment", why: "a note that someone did not comment", apply: (c) => when(NO_COMMENT.test(c.text)) },
  { id: "unfinished", why: "breaks off", apply: (c) => when(UNFINISHED.test(c.text)) },
  {
    id: "formula",
    why: "a formula without figures ('A/B = C')",
    apply: (c) => when(!c.figure && FORMULA.test(c.text)),
  },
  {
    id: "evaluative",
    why: "judges rather than reports, and has no figure to check",
    apply: (c) => when(!c.figure && (EVALUATIVE_WORD.test(outsideQuotes(c.text)) || EXCLAMATION.test(c.text))),
  },
  {
    id: "speculation",
    why: "a prediction, possibility or duty without a figure",
    apply: (c) => when(!c.figure && SPECULATION.test(c.text.replace(NOT_THE_WRITERS_MODAL, " "))),
  },
  {
    id: "no-verb",
    why: "has no verb (and is no line of figures)",
    apply: (c) => when(!c.verb() && !(c.figure && words(c.text) >= 4)),
  },
  {
    // "Chips that mimic the brain": a label in a list, not a sentence, when only a relative clause has a verb.
    id: "label",
    why: "a label: only a relative clause has a verb",
    apply: (c) =>
      when(
        !ENDS_LIKE_A_SENTENCE.test(c.text.trim()) && c.verb() && !hasPredicate(c.text.replace(RELATIVE_CLAUSE, " ")),
      ),
  },
];

/** "Remember that ...", "Make up your own mind": a sentence that opens with a bare verb tells the reader to do something. */
function imperative(core: string): boolean {
  const first = /^(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)/u.exec(core);
  if (!first) return false;
  const w = first[1]!.toLowerCase();
  const tags = lexicon().tagged.get(w);
  return (
    lexicon().infinitives.has(w) &&
    !(tags ?? []).some((t) => /Noun|Singular|Plural|Adjective|Preposition|Conjunction|Determiner|Pronoun/.test(t)) &&
    /^(?:your|the|that|this|these|those|how|what|me|us|it|them|a|an|about|to|all|every|any)$/.test(first[2]!)
  );
}

/** "¹ School of ...", "^ Smith, J. (2020)", "[3] A. Author": a note or a reference without a verb, not a claim. */
const REFERENCE = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\^|\[\d+\])\s/u;
/** "Sep 09, 2025, 08:30 CST", "12 March 2025", "2025-03-12 09:30": a date or time alone. */
const MONTH = `(?:${alternation(MONTHS)}|${alternation(MONTHS.map((m) => m.slice(0, 3)))})\\.?`;
const TIMESTAMP = new RegExp(
  `^(?:\\p{L}+,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+\\d{1,2}:\\d{2}(?:\\s*[AP]M)?(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2})?)?)?\\s*$`,
  "u",
);
/** "($1 = 7.2580 yuan)": the conversion rate a report used. */
const EXCHANGE_RATE = /^\(?\s*(?:US|HK|S|A|C)?[$€£¥]\s?1\s*=\s*[\p{Sc}\d]/u;

/** "user 12 points 3 hours ago | parent | next", "Replying to @user": the furniture of a forum or a social post. */
const POST_METADATA =
  /\b\d+\s+(?:points?|likes?|upvotes?|votes?|comments?|replies|retweets?|reposts?)\b.*\b(?:ago|\d+\s*[smhd])\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\s*(?:\||$)|^replying to @\w+|^@\w+\s*[·•]/i;

/** Three or more short pieces between bars, most of them a word or two without figures: a menu. */
function navigation(t: string): boolean {
  const pieces = t.split(/\s[|·•]\s/);
  if (pieces.length < 3) return false;
  const short = pieces.filter((p) => p.trim().split(/\s+/).length <= 3 && !/\d/.test(p)).length;
  return short * 2 >= pieces.length;
}

/**
 * The rule that rejects a stretch of text, or undefined when it is a claim. claimUnits asks this of
 * the same sentence several times (for its appositions, as a whole, for its clauses), so the answers
 * for the last few texts are remembered: the rules are pure functions of the text.
 */
export function rejection(t: string): Rule<Candidate, true> | undefined {
  let rule = rejectionMemo.get(t);
  if (rule === undefined) {
    rule = firstRule(REJECTION_RULES, candidate(t))?.rule ?? null;
    if (rejectionMemo.size >= MEMO_SIZE) rejectionMemo.clear();
    rejectionMemo.set(t, rule);
  }
  return rule ?? undefined;
}
const MEMO_SIZE = 256;
const rejectionMemo = new Map<string, Rule<Candidate, true> | null>();

/**
 * The writer's framing around a fact ("Note how ...", "It's fascinating to see that ...") is not
 * part of the claim; what it frames is.
 */
const FRAMING =
  /^(?:it['’]s (?:fascinating|interesting|striking|remarkable|telling|worth noting) (?:to see )?that|(?:note|notice|remember) (?:that|how)|interestingly,?|turns out(?: that)?)\s+/i;

/**
 * A news dateline: a place in capitals with an agency in parentheses or a date ("BEIJING, March 3
 * (Reuters) - ", "SEOUL, May 4 - ", "HEFEI, Dec. 3 (Xinhua) -- "), or a capitalised place of five letters or more before a dash
 * ("WASHINGTON — "). "NATO - Russia talks" is not one.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu} .'-]+(?:, \p{Lu}\p{Ll}+\.? \d{1,2})? \([^)]{2,30}\) (?:--|[-–—]) |\p{Lu}[\p{Lu} .'-]+, \p{Lu}\p{Ll}+\.? \d{1,2} (?:--|[-–—]) |\p{Lu}{5,}(?: \p{Lu}{2,})* (?:--|[–—]) )/u;

/**
 * A transcript's speaker label at the start of a turn: "JANE DOE: ", "Jane Doe: ", "Q: ". What
 * follows is the speaker's turn; the label is not part of it.
 */
const SPEAKER_LABEL =
  /^(?:\p{Lu}[\p{Lu}.'-]+(?: \p{Lu}[\p{Lu}.'-]+){0,3}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}|Q|A):\s+(?=\S)/u;

/** Leading list bullets, a dateline, a speaker label, quotation marks and framing words are not part of the claim. */
function trimLead(text: string, span: Span): Span {
  const opening = text.slice(span.start, span.end);
  const dateline =
    opening.match(DATELINE)?.[0].length ??
    (atLineStart(text, span.start) ? opening.match(SPEAKER_LABEL)?.[0].length : 0) ??
    0;
  const lead =
    dateline +
    text.slice(span.start + dateline, span.end).match(/^(?:[-•*–]\s+|\d{1,2}[.)]\s+|[“"‘'(]\s*)*/)![0].length;
  const framing = text.slice(span.start + lead, span.end).match(FRAMING)?.[0].length ?? 0;
  return { start: span.start + lead + framing, end: span.end };
}

const atLineStart = (text: string, at: number) => at === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, at - 20), at));

/** Trims "And while" opening a clause cut from a long sentence, and a parenthesis or quote it never opened. */
function trimJoint(text: string, span: Span): Span {
  const t = text.slice(span.start, span.end);
  const lead = t.match(/^(?:(?:and|but)\s+)?(?:while|whereas)\s+|^that\s+/i)?.[0].length ?? 0;
  const unopened = (t.endsWith(")") && !t.includes("(")) || (t.endsWith("”") && !t.includes("“")) ? 1 : 0;
  return { start: span.start + lead, end: span.end - unopened };
}

/** How a claim was accepted: the decisions a claim records. */
const ASSERTION = { id: "assertion", why: "a sentence with a predicate that no rule rejects" };
const CLAUSE = { id: "clause", why: "a full clause with its own subject and fact, cut from a longer sentence" };
const HEADING = { id: "heading", why: "a heading or a name line" };
const REFERENCE_LINE = { id: "reference", why: "part of a footnote or a reference-list entry" };
/**
 * A sentence without a verb on a line that opens with a note mark ("^ Smith (2020). Title.
 * Publisher.") belongs to that reference; a note's sentence that states something is a claim.
 */
function inReferenceLine(text: string, s: Span, lineStart: number): boolean {
  return (
    lineStart < s.start &&
    REFERENCE.test(text.slice(lineStart, Math.min(s.end, lineStart + 8))) &&
    !statesSomething(text.slice(s.start, s.end))
  );
}
/**
 * Where the line of a position starts (`text.lastIndexOf("\n", at - 1) + 1`), for positions asked in
 * increasing order: each newline is passed once, where a backward search per sentence was quadratic
 * in a long line (a speech in one line).
 */
function lineStarts(text: string): (at: number) => number {
  let start = 0;
  let next = text.indexOf("\n");
  let last = 0;
  return (at) => {
    if (at < last || at === 0) return text.lastIndexOf("\n", at - 1) + 1;
    last = at;
    while (next >= 0 && next < at) {
      start = next + 1;
      next = text.indexOf("\n", next + 1);
    }
    return start;
  };
}
const FACT_LINE = {
  id: "fact-line",
  why: "a 'Label: value' line (an infobox or a specification list) states one fact",
};
/** A cheap test before the apposition patterns: a name before a comma, or a role word before a name. */
const MAY_HAVE_APPOSITION = new RegExp(
  `[\\p{L}*)]\\s*,\\s+\\S|\\b(?:${alternation([...ROLE_HEADS, ...ACTIVITY_HEADS])})\\s+\\p{Lu}`,
  "iu",
);
const APPOSITION = {
  id: "apposition",
  why: "an apposition states what a name is ('X, a Lyon start-up'; 'chief executive Y')",
};
/** Lines whose appositions are not claims either: the page's furniture, not its text. */
const NO_APPOSITIONS = new Set([
  "furniture",
  "navigation",
  "post-metadata",
  "too-short",
  "question",
  "formula",
  "unfinished",
  "reference",
  "exchange-rate",
]);
const QUOTED_REPLY = { id: "quoted-reply", why: "a reply's '>' quotation of something said earlier in the thread" };

/**
 * "Founded: 2016", "- Nominal capacity: 160 Ah", "**Cathode:** nickel oxide": a short label in
 * sentence case, a colon and a value without a verb. (A label in Title Case is more often a
 * speaker's name or a heading's.)
 */
const FACT = /^(?:\*\*|__)?(\p{Lu}[\p{Ll}\p{N}-]*(?: [\p{Ll}\p{N}()-]+){0,3}):(?:\*\*|__)?\s+(\S.*)$/su;
function isFactLine(t: string): boolean {
  const m = FACT.exec(t);
  if (!m || FURNITURE.test(t)) return false;
  const value = m[2]!;
  return (
    words(value) <= 12 &&
    !value.includes("\n") &&
    !/^(?:\p{Lu}\p{L}*\s*)+$/u.test(value) &&
    !hasPredicate(value) &&
    !/:\s*$/.test(value)
  );
}

/** "> they fit 3 layers on one die": a reply quoting an earlier post repeats its claim; it does not make it again. */
function quotesEarlierPost(text: string, s: Span): boolean {
  if (text[s.start] !== ">" || !atLineStart(text, s.start)) return false;
  const quoted = text.slice(s.start + 1, s.end).trim();
  return quoted.length > 0 && quotedEarlier(text, quoted, s.start) >= 0;
}

/**
 * A sentence is one claim when it reads as one; a long one (LONG_SENTENCE words) is cut at the seams
 * of the full clauses it joins. When the whole is no claim (an opinion leading into a fact: "This is
 * arguably huge: X rivals Y"), its clauses get a chance on their own.
 */
export function claimUnits(
  text: string,
  sentences: Sentence[],
  isHeaderLine: (span: Span) => boolean,
  rejected: Rejection[] = [],
): ClaimUnit[] {
  const out: ClaimUnit[] = [];
  const emit = (span: Span, rule: Rule<never, unknown> | { id: string; why: string } = ASSERTION) => {
    const t = text.slice(span.start, span.end);
    const hedged = HEDGE.test(t);
    const confidence = Math.min(1, 0.5 + (FINDING.test(t) ? 0.3 : 0) + (/\d/.test(t) ? 0.1 : 0) - (hedged ? 0.2 : 0));
    const decision: Decision = { stage: "claims", rule: rule.id, why: rule.why };
    out.push({ ...span, text: t, hedged, confidence, decision });
  };
  const reject = (span: Span, rule: { id: string; why: string }) =>
    rejected.push({
      ...span,
      text: text.slice(span.start, span.end),
      decision: { stage: "claims", rule: rule.id, why: rule.why },
    });
  const consider = (span: Span, accept: { id: string; why: string } = CLAUSE) => {
    const rule = rejection(text.slice(span.start, span.end));
    if (rule) reject(span, rule);
    else emit(span, accept);
  };
  const lineStartOf = lineStarts(text);
  for (const s of sentences) {
    if (inReferenceLine(text, s, lineStartOf(s.start))) {
      reject(s, REFERENCE_LINE);
      continue;
    }
    if (quotesEarlierPost(text, s)) {
      reject(s, QUOTED_REPLY);
      continue;
    }
    const lead = trimLead(text, s);
    if (atLineStart(text, s.start) && isFactLine(text.slice(lead.start, lead.end))) {
      emit(lead, FACT_LINE);
      continue;
    }
    if (isHeaderLine(s)) {
      reject(s, HEADING);
      continue;
    }
    // The whole sentence's verdict, taken once.
    const whole = lead;
    const wholeRule = rejection(text.slice(whole.start, whole.end));
    const why = wholeRule?.id;
    // Appositions first, so the sentence's own claims stay last for a fragment that follows to join.
    // (Only where a comma or a role word can make one: most sentences are passed over at once.)
    if (!NO_APPOSITIONS.has(why ?? "") && MAY_HAVE_APPOSITION.test(text.slice(lead.start, lead.end)))
      for (const a of appositions(text, lead, hasNounFreeVerb)) emit(a, APPOSITION);
    const bySpeaker = speakerClauses(text, s);
    if (bySpeaker) {
      for (const part of bySpeaker) consider(part);
      continue;
    }
    // "Millions starved. The worst famine on record.": a short fragment right after a claim adds to it.
    const last = out.at(-1);
    if (
      why === "no-verb" &&
      last &&
      words(text.slice(whole.start, whole.end)) <= 8 &&
      /^\s*$/.test(text.slice(last.end, whole.start)) &&
      !text.slice(last.end, whole.start).includes("\n")
    ) {
      out[out.length - 1] = { ...last, end: whole.end, text: text.slice(last.start, whole.end) };
      continue;
    }
    if (!why) {
      // A semicolon joins independent clauses: each is a claim of its own ("First, ...; Second, ...").
      // So do the seams of a long sentence; the word that joined a clause is not part of it.
      const long = words(text.slice(whole.start, whole.end)) >= LONG_SENTENCE;
      const parts = clauses(text, whole, long ? COORDINATION : CLAUSE_SEAMS).map((c) =>
        trimJoint(text, trimLead(text, c)),
      );
      if (parts.length > 1) for (const p of parts) consider(p);
      if (parts.length === 1) emit(whole);
      continue;
    }
    const parts = clauses(text, s).map((c) => trimLead(text, c));
    if (parts.length > 1) for (const p of parts) consider(p);
    else reject(whole, wholeRule!);
  }
  return out;
}
