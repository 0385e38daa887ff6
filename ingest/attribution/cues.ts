// The explicit attribution cues of one sentence, each a declared rule: where it stands, whom it names
// (or that it names nobody: "people familiar with the matter"), and whether it stands after the
// clauses it governs ("..., the company said.").
import type { FoundEntity, FoundMention } from "../entities.ts";
import type { Span } from "../segment.ts";
import type { Rule } from "../rules.ts";
import {
  DESCRIBED_ORG,
  DESCRIBED_SAYS,
  DESCRIBED_WORK,
  ET_AL,
  OBJECT_OF,
  NO_COMPLEMENT,
  OWN_WORK,
  PEOPLE_OF,
  SAYS_AFTER,
  SAYS_ANYWHERE,
  SAYS_BEFORE,
  SOURCE_PHRASE,
  UNNAMED,
  WORK_BARE_SAYS,
  WORK_SAYS_AFTER,
} from "./patterns.ts";
import type { createResolver } from "./resolve.ts";

/** A cue: `at` is where its verb or phrase stands; `entity` null means the source is not named. */
export type Cue = {
  at: number;
  end: number;
  entity: FoundEntity | null;
  /** The named speaker's mention, when the cue names one. */
  mention?: FoundMention;
  rule: string;
  why: string;
  /** It closes the sentence after a comma: it governs the clauses before it. */
  postposed: boolean;
};

export type CueInput = {
  text: string;
  sentence: Span;
  /** The speakers named in the sentence, in order. */
  here: FoundMention[];
  resolve: ReturnType<typeof createResolver>;
};

/** Does nothing but punctuation, a closing quote or a footnote marker follow `at` in the sentence? */
const closes = (text: string, at: number, end: number) => /^[\s.!?;:”"’)*\]⁰¹²³⁴⁵⁶⁷⁸⁹]*$/.test(text.slice(at, end));
/** Does only an adjunct follow a cue's verb ("..., the firm said in a filing late on Monday, ...")? */
const closesClause = (text: string, at: number, end: number) =>
  closes(text, at, end) || NO_COMPLEMENT.test(text.slice(at, Math.min(end, at + 120)));
/** Is `at` just after a comma (or a dash or bracket), so what follows is a trailing phrase? */
const afterComma = (text: string, at: number) => /[,—–(]\s*(?:\*\*)?$/.test(text.slice(Math.max(0, at - 4), at));

/** Where a source phrase ends: the first comma, semicolon or full stop that is not inside a name. */
function phraseEnd(input: CueInput, from: number): number {
  const { text, sentence, here } = input;
  const re = /[,;:)]|\.(?:\s|$)/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < sentence.end; m = re.exec(text)) {
    if (here.some((x) => x.start < m!.index && m!.index < x.end)) continue;
    return m.index;
  }
  return sentence.end;
}

/** "according to X", "per X's figures", "by X's count", "as noted by X", "this comes from X". */
function sourcePhrases(input: CueInput): Cue[] {
  const { text, sentence, here, resolve } = input;
  const s = text.slice(sentence.start, sentence.end);
  const out: Cue[] = [];
  for (const m of s.matchAll(SOURCE_PHRASE)) {
    const at = sentence.start + m.index + (m[0].length - m[0].trimStart().length);
    const from = sentence.start + m.index + m[0].length;
    const end = phraseEnd(input, from);
    const phrase = text.slice(from, end);
    // ", according to X" after the clauses it sources, wherever the sentence goes on.
    const postposed = afterComma(text, at);
    const cue = (entity: FoundEntity | null, rule: string, why: string, mention?: FoundMention): Cue => ({
      at,
      end,
      entity,
      rule,
      why,
      postposed,
      ...(mention ? { mention } : {}),
    });
    const words = m[0]
      .replace(/^[\s,;:(—–*-]+/, "")
      .trim()
      .toLowerCase();
    if (UNNAMED.test(phrase)) {
      out.push(cue(null, "unnamed-source", `"${words} ${phrase.trim()}" names no source`));
      continue;
    }
    // "published in X": only a journal or other publication is where a result appeared.
    const venue = /^(?:published|appeared|appears)\b/.test(words);
    const named = here.find((x) => x.start >= from && x.start < end && (!venue || x.entity.type === "Publication"));
    if (venue && !named) continue;
    if (named) {
      out.push(cue(named.entity, "source-phrase", `"${words} ${named.surface}"`, named));
      continue;
    }
    const org = DESCRIBED_ORG.exec(phrase);
    const own = OWN_WORK.exec(phrase);
    const work = DESCRIBED_WORK.exec(phrase);
    const entity = org
      ? resolve.organisation(at, org[1]!)
      : own && (!work || own.index < work.index)
        ? (resolve.subjectIn(sentence.start, at) ?? resolve.organisation(at, "company"))
        : work
          ? resolve.work(at, work[1]!)
          : undefined;
    if (entity)
      out.push(
        cue(entity, "source-phrase-described", `"${words}${phrase.slice(0, 40).trimEnd()}" refers to ${entity.name}`),
      );
  }
  return out;
}

/** "X said", "X, based in Y, said", "X's website claims", "X et al. reported", "…," said X. */
function namedSpeakers(input: CueInput): Cue[] {
  const { text, sentence, here } = input;
  const out: Cue[] = [];
  for (const m of here) {
    const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 160));
    const subject = !OBJECT_OF.test(before) || PEOPLE_OF.test(before);
    const push = (rule: string, why: string, at: number, end: number) =>
      out.push({
        at,
        end,
        entity: m.entity,
        mention: m,
        rule,
        why,
        postposed: afterComma(text, m.start) && closes(text, end, sentence.end),
      });
    const etAl = ET_AL.exec(after);
    if (etAl) {
      push("et-al", `"${m.surface} et al." names the authors`, m.start, m.end + etAl[0].length);
      continue;
    }
    const work = subject ? (WORK_SAYS_AFTER.exec(after) ?? WORK_BARE_SAYS.exec(after)) : null;
    if (work) {
      push(
        "work-of-speaker",
        `what ${m.surface}'s ${work[0]
          .replace(/^['’]s?/, "")
          .trim()
          .split(/\s+/)
          .find((w) => !/^(?:own|latest|new|\d{4})$/i.test(w))} states`,
        m.end,
        m.end + work[0].length,
      );
      continue;
    }
    const says = subject ? SAYS_AFTER.exec(after) : null;
    if (says) {
      push(
        "speaker-says",
        `${m.surface} ${says[0].trim().split(/\s+/).at(-1)} it`,
        m.end + says[0].length - 1,
        m.end + says[0].length,
      );
      continue;
    }
    const said = SAYS_BEFORE.exec(before);
    if (said) {
      const verbAt = m.start - before.length + said.index;
      out.push({
        at: verbAt,
        end: m.end,
        entity: m.entity,
        mention: m,
        rule: "said-speaker",
        why: `${said[0].trim()} ${m.surface}`,
        postposed: afterComma(text, verbAt) || /[”"]\s*$/.test(text.slice(Math.max(0, verbAt - 3), verbAt)),
      });
    }
  }
  return out;
}

/** "the company said", "the report says", "she told", "it also says": a subject described, not named. */
function describedSpeakers(input: CueInput): Cue[] {
  const { text, sentence, here, resolve } = input;
  const s = text.slice(sentence.start, sentence.end);
  const out: Cue[] = [];
  // The costly pattern only where a verb of saying stands: it cannot match without one.
  if (!SAYS_WORD.test(s)) return out;
  for (const m of s.matchAll(DESCRIBED_SAYS)) {
    const at = sentence.start + m.index + m[0].length - m[4]!.length;
    const subjectAt = sentence.start + m.index + (m[0].length - m[0].trimStart().length);
    const subject = m[2] ?? m[3]!;
    const subjectEnd = sentence.start + m.index + m[0].indexOf(subject) + subject.length;
    // A named subject ("the Lowy Institute said") is read by the rule for names.
    if (here.some((x) => x.start >= subjectAt && x.start < subjectEnd)) continue;
    const head = m[2];
    const entity = m[3]
      ? resolve.pronoun(subjectAt, m[3], sentence.start)
      : head && DESCRIBED_WORK.test(`the ${head}`) && !DESCRIBED_ORG.test(head)
        ? resolve.work(subjectAt, head)
        : resolve.organisation(subjectAt, head!);
    if (!entity) continue;
    const end = at + m[4]!.length;
    out.push({
      at,
      end,
      entity,
      rule: m[3] ? "pronoun-says" : "described-speaker-says",
      why: `"${m[0].trim()}" refers to ${entity.name}`,
      postposed: afterComma(text, subjectAt) && closesClause(text, end, sentence.end),
    });
  }
  return out;
}

/** A verb of saying, with the flags of DESCRIBED_SAYS, so that it finds every one that pattern could. */
const SAYS_WORD = new RegExp(SAYS_ANYWHERE.source, "iu");

/** "4.1 TWh: estimated output in 2023 (Northgate Research)": a source in brackets closing a fragment. */
function bracketedSource(input: CueInput): Cue[] {
  const { text, sentence, here } = input;
  const m = /\(([^()]{2,80})\)[\s.*]*$/.exec(text.slice(sentence.start, sentence.end));
  if (!m) return [];
  const open = sentence.start + m.index;
  const named = here.find((x) => x.start === open + 1 && x.end === open + 1 + m[1]!.length);
  if (!named || named.entity.type === "Person") return [];
  return [
    {
      at: open,
      end: open + m[0].length,
      entity: named.entity,
      mention: named,
      rule: "bracketed-source",
      why: `"(${named.surface})" closes the line as its source`,
      postposed: true,
    },
  ];
}

/** The cue finders, in order; where two find a cue at the same place, the first wins. */
export const CUE_RULES: readonly Rule<CueInput, Cue[]>[] = [
  {
    id: "source-phrase",
    why: '"according to X", "per X", "by X\'s count", "as noted by X", "comes from X"',
    apply: sourcePhrases,
  },
  { id: "speaker-says", why: '"X said", "X\'s report shows", "X et al. reported", "…," said X', apply: namedSpeakers },
  { id: "described-speaker-says", why: '"the company said", "the report says", "she told"', apply: describedSpeakers },
  { id: "bracketed-source", why: "a source named in brackets at the end of a line", apply: bracketedSource },
];

export function cuesIn(input: CueInput): Cue[] {
  const all: Cue[] = [];
  for (const rule of CUE_RULES)
    for (const c of rule.apply(input) ?? [])
      if (!all.some((o) => o.at <= c.at && c.at < Math.max(o.end, o.at + 1))) all.push(c);
  return all.sort((a, b) => a.at - b.at);
}
