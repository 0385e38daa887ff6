// Which stretches of text are claims: atomic, checkable assertions (numbers, rankings, comparisons,
// events, findings), not questions, greetings, headings, opinions or predictions. Sentences are split
// where they join two assertions (": ", "; ").
import { lexicon } from "./lexicon.ts";
import type { Sentence, Span } from "./segment.ts";
import { tokenize } from "./tokens.ts";

export type ClaimUnit = Span & { text: string; hedged: boolean; confidence: number };

let verbs: Set<string> | undefined;
/** Finite verb forms from compromise's lexicon, plus the contractions that carry "is"/"are"/"has". */
function verbForms(): Set<string> {
  if (verbs) return verbs;
  const words = lexicon().tagged;
  verbs = new Set(
    [...words].filter(([, tags]) => tags.some((t) => /^(?:PastTense|PresentTense|Copula|Modal|Verb|Participle)$/.test(t))).map(([w]) => w),
  );
  for (const w of ["it's", "that's", "there's", "he's", "she's", "they're", "we're", "you're", "i'm", "what's", "here's", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "can't", "won't"])
    verbs.add(w);
  return verbs;
}

function hasFiniteVerb(text: string): boolean {
  const forms = verbForms();
  const infinitives = lexicon().infinitives;
  return tokenize(text).some((t) => {
    const w = t.lower.replace(/’/g, "'");
    if (forms.has(w)) return true;
    // "rivals", "dominates", "invested": regular forms of a known verb.
    const stem = w.replace(/(?:es|s|ed|d)$/, "");
    return stem !== w && (infinitives.has(stem) || infinitives.has(w.replace(/(?:s|d)$/, "")));
  });
}

const QUESTION = /\?[”"')\]]*\s*$/;
const INTRODUCER = /:\s*$/;
const GREETING = /^(?:thank(?:s| you)|hi|hello|dear|wow|lol|great (?:post|piece)|agreed|exactly|yes|no)\b/i;
/** The writer's own stance, a wish or an instruction to the reader: not a checkable assertion. */
const OPINION =
  /^(?:i|i'm|i’m|i've|i’ve|in my (?:opinion|view)|imho|let's|let’s|let me|remember|forget|notice|imagine|expect|hopefully|perhaps|maybe|really|draw your|you (?:don’t|don't|just|can|should|may)|love how|this sounds|it (?:seems|looks like)|now let)\b/i;
/** Predictions and possibilities: what may happen is not yet a claim about what is. */
const SPECULATION = /\b(?:may|might|could|would|should)\b(?! not be surprised)|\bwill (?:likely|probably|soon)\b|\bwill be\b/i;
const HEDGE = /\b(?:reportedly|allegedly|rumou?red|appears? to|seems? to|likely|probably|arguably|apparently|estimated)\b/i;
const FINDING = /\d|%|\b(?:leads?|led|leading|ranks?|ranked|dominat\w*|monopol\w*|ahead|behind|first|largest|fastest|more than|less than|times|percent|billion|million|found|reported|announced|released|built|launched|published|invest\w*|develop\w*)\b/i;

/** Splits a sentence where a colon or semicolon joins two full clauses. */
function clauses(text: string, s: Sentence): Span[] {
  const out: Span[] = [];
  let start = s.start;
  const re = /(?::|;)\s+/g;
  const body = text.slice(s.start, s.end);
  for (const m of body.matchAll(re)) {
    const cut = s.start + m.index;
    const left = text.slice(start, cut);
    const right = text.slice(cut + m[0].length, s.end);
    if (words(left) >= 4 && words(right) >= 4 && hasFiniteVerb(right) && !/\b(?:are|is|was|were|include|including|as follows|e\.g|i\.e)$/i.test(left.trim())) {
      out.push({ start, end: cut });
      start = cut + m[0].length;
    }
  }
  out.push({ start, end: s.end });
  return out;
}

const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function claimUnits(text: string, sentences: Sentence[], isHeaderLine: (span: Span) => boolean): ClaimUnit[] {
  const out: ClaimUnit[] = [];
  for (const s of sentences) {
    if (isHeaderLine(s)) continue;
    for (const span of clauses(text, s)) {
      const raw = text.slice(span.start, span.end);
      // Leading list bullets and quotation marks are not part of the claim.
      const lead = raw.match(/^(?:[-•*–]\s+|\d{1,2}[.)]\s+|[“"‘'(]\s*)*/)![0].length;
      const unit = { start: span.start + lead, end: span.end };
      const t = text.slice(unit.start, unit.end);
      if (words(t) < 3 || QUESTION.test(t) || INTRODUCER.test(t) || GREETING.test(t) || OPINION.test(t)) continue;
      if (SPECULATION.test(t) && !/\d/.test(t)) continue;
      if (!hasFiniteVerb(t)) continue;
      const hedged = HEDGE.test(t);
      const confidence = Math.min(1, 0.5 + (FINDING.test(t) ? 0.3 : 0) + (/\d/.test(t) ? 0.1 : 0) - (hedged ? 0.2 : 0));
      out.push({ ...unit, text: t, hedged, confidence });
    }
  }
  return out;
}
