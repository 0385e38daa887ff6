// Which stretches of text are claims: atomic, checkable assertions (numbers, rankings, comparisons,
// events, findings), not questions, greetings, headings, opinions or predictions. Sentences are split
// where they join two assertions (": ", "; ").
import { lexicon } from "./lexicon.ts";
import type { Sentence, Span } from "./segment.ts";
import { tokenize } from "./tokens.ts";
import type { Decision, Rejection } from "./extraction.ts";

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

function hasFiniteVerb(text: string): boolean {
  const forms = verbForms();
  const infinitives = lexicon().infinitives;
  // Contractions carry the verb: "It's", "he's invoking", "they're".
  // ("Korea's leading" is a verb; "Korea's Chip Strategy" and "the world's largest" are possessives.)
  if (CONTRACTED_VERB.test(text) || /n['’]t\b/.test(text)) return true;
  const toks = tokenize(text);
  // A list item that starts with a third-person verb: "- Excels at coding (...)".
  if (
    toks.length > 1 &&
    /^\p{Lu}\p{Ll}+s$/u.test(toks[0]!.text) &&
    !lexicon().tagged.get(toks[0]!.lower)?.includes("Plural")
  )
    return true;
  return toks.some((t, i) => {
    const w = t.lower.replace(/’/g, "'");
    if (forms.has(w)) return true;
    // Plural present forms are spelled like infinitives: "effects break", "analysts dismiss".
    if (i > 0 && infinitives.has(w) && !lexicon().tagged.get(w)?.includes("Noun")) return true;
    // "rivals", "dominates", "invested": regular forms of a known verb.
    const stem = w.replace(/(?:es|s|ed|d)$/, "");
    return (
      (stem !== w && (infinitives.has(stem) || infinitives.has(w.replace(/(?:s|d)$/, "")))) ||
      (w.length > 5 && w.endsWith("ed"))
    );
  });
}

/**
 * Headlines and list items state things with a participle, with its subject named just before or
 * understood from the lead-in: "Fudan Building New Memory", "- Funding new labs in Hefei".
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

/** A finite verb, or the participle of a headline or list item. */
export const hasPredicate = (text: string) => hasFiniteVerb(text) || hasParticiplePredicate(text);

const QUESTION = /\?[”"')\]]*\s*$/;
const INTRODUCER = /:\s*$/;
const GREETING = /^(?:thank(?:s| you)|hi|hello|dear|wow|lol|great (?:post|piece)|agreed|exactly|yes|no)\b/i;
/** The writer's own stance, a wish or an instruction to the reader: not a checkable assertion. */
const OPINION =
  /^(?:i (?:think|believe|feel|wonder|guess|hope|suspect|doubt|suppose|mean|really|just|can|can['’]t|don['’]t|would|'d|love|hate|want|tell|agree|disagree)|i'm|i’m|i've|i’ve|in my (?:opinion|view)|imho|let's|let’s|let me|remember|forget|notice|imagine|expect|think|wait|hopefully|perhaps|maybe|really|draw your|you (?:don’t|don't|just|should|may)|you can(?:['’]t|not)? (?:see|try|read|find|check|imagine|tell|deny|bet|say|argue|thank)|love how|this sounds|this is (?:crazy|huge|amazing)|it (?:seems|looks like)|now let|as such|in other words|which means|concretely|as the saying|anyone|everyone|developers|companies|people|interesting|for more|there['’]s more)\b/i;
/** Words that judge rather than report; without a figure to check, such a sentence is an opinion. */
const EVALUATIVE =
  /\b(?:comical|delusions?|hubris|nonsense|stupid|dumb|idiotic|ridiculous|absurd|shameless|pathetic|depress\w*|tragic|crass|beautiful|insane|crazy|awesome|unfortunately|hopefully|frankly|honestly|you bet|good luck|wonder(?:ful)?|arguably)\b/i;
/** Pointers to elsewhere ("go here", "can be found here") and exclamations carry no claim. */
const POINTER = /\bhere\b[.)!]*\s*$|\b(?:crazy|wow|lol)\b.*[.!]{2,}\s*$/i;
/** Predictions, possibilities and duties: what may or must happen is not yet a claim about what is. */
const SPECULATION =
  /\b(?:may|might|could|would|should|must|probably|potentially)\b(?! not be surprised)|\bwill (?:likely|probably|soon)\b|\bwill be\b|\b(?:is|are|am|was|were|['’]s|['’]re|['’]m) (?:going|expected|set|likely) to\b|\bexpects? (?:\w+ ){1,3}to\b/i;
/**
 * Where a modal does not make the sentence speculative: inside a quotation, in what someone is
 * reported to say or hold ("X said it should ...", "X maintains that ... should"), or in an aside to
 * the reader ("as you may know").
 */
const NOT_THE_WRITERS_MODAL =
  /[“"][^”"]*[”"]|\b(?:maintains?|maintained|says?|said|argues?|argued|insists?|insisted|claims?|claimed|states?|stated|writes?|wrote|told (?!by\b)\w+|warned|warns) (?:that|it|they|he|she|we|the|its|their)\b.*$|\bas you (?:may|might) (?:know|have \w+)\b/gi;
/** Connectives that open a sentence without changing what it asserts ("And maybe ...", "But if ..."). */
const CONNECTIVE = /^(?:and|but|so|yet|or|now|still)\b,?\s+/i;
/** A conditional is not an assertion: "If X, Y" says neither X nor Y. */
const CONDITIONAL = /^(?:if|unless)\b/i;
/** The writer's own stance inside the sentence, after a fronted phrase or between clauses. */
const INNER_STANCE =
  /(?:^|,\s+|\s)(?:I (?:think|believe|feel|guess|suspect|suppose)|I['’]d say|I['’]m all for|[Mm]y (?:point|guess|take|sense) is)\b|\btbh\b/;
/**
 * The text talking about itself or its pictures: "This post provides some details", "as the above
 * report shows", "This is an artist's impression".
 */
const SELF_REFERENCE =
  /^(?:[Tt]his|[Tt]he above|[Tt]he following)(?: \p{Lu}[\p{L}.]*)*(?: \p{Ll}+)? (?:post|article|thread|piece|essay|blog|story|graphic|chart|video)\b|\bas the (?:above|following|below) \w+ shows?\b|^(?:[Tt]his|[Tt]hat|[Hh]ere) is (?:an? |the )?(?:artist['’]s (?:representation|impression|rendering)|screenshot|illustration|photo|picture|image|map)\b/u;
/** A newsroom's note that someone would not speak is not a claim about the world. */
const NO_COMMENT =
  /\b(?:declined|refused) to comment\b|\bdid not (?:immediately )?(?:respond|reply) to (?:a |our )?requests? for comment\b|\bcould not (?:immediately )?be reached for comment\b/i;
/** A line that breaks off ("Quantum links, photonics, edge AI—") or a formula ("A/B = C") asserts nothing. */
const UNFINISHED = /[-–—]\s*$|\s=\s/;
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
const HEDGE =
  /\b(?:reportedly|allegedly|rumou?red|appears? to|seems? to|likely|probably|arguably|apparently|estimated)\b/i;
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
  const coordination = re === COORDINATION;
  const seams = [...body.matchAll(re)].map((m) => ({ at: s.start + m.index, end: s.start + m.index + m[0].length }));
  const lead = coordination ? LEADING_WHILE.exec(body) : null;
  if (lead) seams.unshift({ at: s.start + lead[0].length - lead[1]!.length, end: s.start + lead[0].length });
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
    if (
      leftWords >= 4 &&
      rightWords >= 4 &&
      rightVerb &&
      !/^(?:who|whom|whose|which|where)\b/i.test(right) &&
      (!coordination || (leftVerb && leftWords >= 5 && rightWords >= 5 && hasSubject(right))) &&
      !/\b(?:are|is|was|were|include|including|as follows|e\.g|i\.e)$/i.test(text.slice(start, m.at).slice(-40).trim())
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

/** "but is most dominant in X" joins a second verb to the same subject: not a clause of its own. */
const hasSubject = (clause: string) => {
  const first = tokenize(clause)[0]?.lower;
  return first !== undefined && !verbForms().has(first) && !/^(?:still|also|then|not)$/.test(first);
};

const words = (t: string) => t.split(/[\s…]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Why a stretch of text is not a claim, or undefined when it is one. */
export function rejection(t: string): string | undefined {
  if (words(t) < 3) return "too short";
  const core = t.replace(CONNECTIVE, "");
  if (QUESTION.test(t) || INDIRECT_QUESTION.test(core)) return "a question";
  if (INTRODUCER.test(t)) return "introduces what follows";
  if (GREETING.test(t)) return "a greeting";
  if (OPINION.test(core) || INNER_STANCE.test(outsideQuotes(t))) return "the writer's stance";
  if (CONDITIONAL.test(core)) return "a condition";
  if (POINTER.test(t)) return "points elsewhere";
  if (SELF_REFERENCE.test(core)) return "about the text itself";
  if (NO_COMMENT.test(t)) return "no comment";
  if (UNFINISHED.test(t)) return "unfinished, or a formula";
  const figure = FIGURE.test(t);
  if (EVALUATIVE.test(t) && !figure) return "judges rather than reports";
  if (SPECULATION.test(t.replace(NOT_THE_WRITERS_MODAL, " ")) && !figure) return "a prediction or possibility";
  const verb = hasPredicate(t);
  if (!verb && !(figure && words(t) >= 4)) return "no verb";
  // "Chips that mimic the brain": a label in a list, not a sentence, when only a relative clause has a verb.
  if (verb && !ENDS_LIKE_A_SENTENCE.test(t.trim()) && !hasPredicate(t.replace(RELATIVE_CLAUSE, " "))) return "a label";
  return undefined;
}

/**
 * The writer's framing around a fact ("Love how ...", "It's fascinating to see that ...") is not
 * part of the claim; what it frames is.
 */
const FRAMING =
  /^(?:love how|it['’]s (?:fascinating|interesting|striking|remarkable|telling|worth noting) (?:to see )?that|(?:note|notice|remember) (?:that|how)|interestingly,?|turns out(?: that)?)\s+/i;

/**
 * A news dateline: a place in capitals with an agency in parentheses or a date ("BEIJING, March 3
 * (Reuters) - ", "SEOUL, May 4 - ", "HEFEI, Dec. 3 (Xinhua) -- "), or a capitalised place of five letters or more before a dash
 * ("WASHINGTON — "). "NATO - Russia talks" is not one.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu} .'-]+(?:, \p{Lu}\p{Ll}+\.? \d{1,2})? \([^)]{2,30}\) (?:--|[-–—]) |\p{Lu}[\p{Lu} .'-]+, \p{Lu}\p{Ll}+\.? \d{1,2} (?:--|[-–—]) |\p{Lu}{5,}(?: \p{Lu}{2,})* (?:--|[–—]) )/u;

/** Leading list bullets, a dateline, quotation marks and framing words are not part of the claim. */
function trimLead(text: string, span: Span): Span {
  const dateline = text.slice(span.start, span.end).match(DATELINE)?.[0].length ?? 0;
  const lead =
    dateline +
    text.slice(span.start + dateline, span.end).match(/^(?:[-•*–]\s+|\d{1,2}[.)]\s+|[“"‘'(]\s*)*/)![0].length;
  const framing = text.slice(span.start + lead, span.end).match(FRAMING)?.[0].length ?? 0;
  return { start: span.start + lead + framing, end: span.end };
}

/** Trims "And while" opening a clause cut from a long sentence, and a parenthesis or quote it never opened. */
function trimJoint(text: string, span: Span): Span {
  const t = text.slice(span.start, span.end);
  const lead = t.match(/^(?:(?:and|but)\s+)?(?:while|whereas)\s+/i)?.[0].length ?? 0;
  const unopened = (t.endsWith(")") && !t.includes("(")) || (t.endsWith("”") && !t.includes("“")) ? 1 : 0;
  return { start: span.start + lead, end: span.end - unopened };
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
  const emit = (span: Span) => {
    const t = text.slice(span.start, span.end);
    const hedged = HEDGE.test(t);
    const confidence = Math.min(1, 0.5 + (FINDING.test(t) ? 0.3 : 0) + (/\d/.test(t) ? 0.1 : 0) - (hedged ? 0.2 : 0));
    const decision: Decision = {
      stage: "claims",
      rule: "assertion",
      why: "a sentence with a predicate that no rule rejects",
    };
    out.push({ ...span, text: t, hedged, confidence, decision });
  };
  const reject = (span: Span, why: string) =>
    rejected.push({
      ...span,
      text: text.slice(span.start, span.end),
      decision: {
        stage: "claims",
        rule: why
          .replace(/[^a-z]+/gi, "-")
          .replace(/^-|-$/g, "")
          .toLowerCase(),
        why,
      },
    });
  const consider = (span: Span) => {
    const why = rejection(text.slice(span.start, span.end));
    if (why) reject(span, why);
    else emit(span);
  };
  for (const s of sentences) {
    if (isHeaderLine(s)) {
      reject(s, "a heading or a name line");
      continue;
    }
    const bySpeaker = speakerClauses(text, s);
    if (bySpeaker) {
      for (const part of bySpeaker) consider(part);
      continue;
    }
    const whole = trimLead(text, s);
    const why = rejection(text.slice(whole.start, whole.end));
    // "Millions starved. The worst famine on record.": a short fragment right after a claim adds to it.
    const last = out.at(-1);
    if (
      why === "no verb" &&
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
      const parts = clauses(text, whole, long ? COORDINATION : /;\s+/g).map((c) => trimJoint(text, trimLead(text, c)));
      if (parts.length > 1) for (const p of parts) consider(p);
      if (parts.length === 1) emit(whole);
      continue;
    }
    const parts = clauses(text, s).map((c) => trimLead(text, c));
    if (parts.length > 1) for (const p of parts) consider(p);
    else reject(whole, why);
  }
  return out;
}
