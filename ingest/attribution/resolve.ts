// What a described or pronoun subject refers back to: "the company" is the organisation the text is
// about (or the last one whose name has that head: "the institute" -> "... Institute"), "the report"
// the work named last, "it"/"she" the last source credited. Look-ups go through sorted mentions by
// binary search and stop at a fixed window, so each costs the same on any length of document.
import type { EntityType } from "../../graph/model.ts";
import type { FoundEntity, FoundMention } from "../entities.ts";
import { opensSentence } from "../segment.ts";
import { firstAtOrAfter } from "../spans.ts";
import { REPORT_NOUNS, alternation } from "../word-classes.ts";

const REPORT_NOUN = new RegExp(`^(?:${alternation(REPORT_NOUNS)})$`, "i");
/** How far back a described subject may point (characters). */
const WINDOW = 2500;
/** How many candidates back a look-up considers. */
const MAX_BACK = 60;

export type Credit = { entity: FoundEntity; at: number };

export function createResolver(text: string, speakers: FoundMention[]) {
  const times = new Map<FoundEntity, number>();
  // How often each is named as an actor: not as the outlet told something or credited in brackets.
  for (const m of speakers)
    if (!/(?:\btold|\(|\bby)\s*$/.test(text.slice(Math.max(0, m.start - 6), m.start)))
      times.set(m.entity, (times.get(m.entity) ?? 0) + 1);
  const credited: Credit[] = [];

  /** Speakers of a type named before `at`, nearest first. */
  function* before(at: number, type?: EntityType): Generator<FoundMention> {
    let n = 0;
    for (let i = firstAtOrAfter(speakers, at, (m) => m.start) - 1; i >= 0 && n < MAX_BACK; i--, n++) {
      const m = speakers[i]!;
      if (at - m.end > WINDOW) return;
      if (m.end <= at && (!type || m.entity.type === type)) yield m;
    }
  }

  const hasHead = (e: FoundEntity, head: string) =>
    [e.name, ...e.aliases].some((n) => new RegExp(`\\b${head.replace(/[-\s]+/g, "[-\\s]*")}\\b`, "i").test(n));

  /** "the company", "the institute", "the research firm": the organisation meant. */
  function organisation(at: number, head: string): FoundEntity | undefined {
    const near = [...before(at, "Organization")];
    const named = near.find((m) => hasHead(m.entity, head));
    if (named) return named.entity;
    // The organisation the text is about: of those that open a sentence nearby, the one named most often.
    const subjects = near.filter((m) => opensSentence(text, m.start));
    const pool = subjects.length > 0 ? subjects : near;
    let best: FoundEntity | undefined;
    for (const m of pool) if ((times.get(m.entity) ?? 0) > (best ? (times.get(best) ?? 0) : 0)) best = m.entity;
    return best;
  }

  /** "the report", "the same survey": a work named before, or the source credited last. */
  function work(at: number, noun: string): FoundEntity | undefined {
    if (REPORT_NOUN.test(noun)) {
      const pub = before(at, "Publication").next();
      if (!pub.done) return pub.value.entity;
    }
    return lastCredited(at);
  }

  /** "she said": the person credited or named last; "it says": the source credited last. */
  function pronoun(at: number, word: string, sentenceStart: number): FoundEntity | undefined {
    if (/^(?:he|she)$/i.test(word)) {
      const credited = lastCredited(at, (e) => e.type === "Person");
      if (credited) return credited;
      return before(at, "Person").next().value?.entity;
    }
    // "X supplies cells; it says ...": the organisation named first in the sentence.
    return subjectIn(sentenceStart, at) ?? lastCredited(at, (e) => e.type !== "Person");
  }

  function lastCredited(at: number, fits: (e: FoundEntity) => boolean = () => true): FoundEntity | undefined {
    for (let i = credited.length - 1; i >= 0 && credited.length - i <= 20; i--) {
      const c = credited[i]!;
      if (at - c.at > WINDOW) return undefined;
      if (fits(c.entity)) return c.entity;
    }
    return undefined;
  }

  /** The first organisation or work named in a span (the subject of "per their annual filing"). */
  function subjectIn(from: number, to: number): FoundEntity | undefined {
    for (let i = firstAtOrAfter(speakers, from, (m) => m.start); i < speakers.length && speakers[i]!.start < to; i++)
      if (speakers[i]!.entity.type !== "Person") return speakers[i]!.entity;
    return undefined;
  }

  return {
    organisation,
    work,
    pronoun,
    subjectIn,
    credit: (entity: FoundEntity, at: number) => credited.push({ entity, at }),
  };
}
