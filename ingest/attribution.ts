// Who a claim comes from, most specific evidence first:
//   1. the sentence says so: "according to X", "X said/found ...", a quotation introduced by "X told Y:";
//   2. it is a finding stated while a report is being discussed: the report's publisher;
//   3. the stretch of text it stands in: a comment's author, an introduction's writer, the byline's
//      author, or the person who introduces a quoted block.
import type { EntityType } from "../graph/model.ts";
import type { FoundEntity, FoundMention } from "./entities.ts";
import { opensSentence, type Span } from "./segment.ts";
import { countBetween, lastBefore, within as inSpan } from "./spans.ts";
import { regionAt, type Structure } from "./structure.ts";

export type Attribution = { entity: FoundEntity; why: string };

const CAN_SPEAK: EntityType[] = ["Person", "Organization", "Publication"];
// With the plain forms that follow a plural speaker: "analysts at X estimate", "researchers argue".
const SAYS =
  "said|says|say|told|tells|found|finds|reported|reports|report|argued|argues|argue|claimed|claims|warned|warns|warn|estimated|estimates|estimate|concluded|concludes|conclude|announced|announces|stated|states|wrote|writes|noted|notes|note|believes|believed|believe|explained|explains|insisted|insists|admitted|admits|added|adds|revealed|reveals|showed|shows|identified|identifies";
const REPORT_WORDS = /\b(?:report|study|survey|tracker|dataset|index|findings|paper|analysis|ranking)\b/i;
const FINDING_CUES =
  /\d|%|\b(?:leads?|leading|lead|dominan\w*|dominat\w*|monopol\w*|ahead|weakest|strongest|ranks?|ranked|out of|times the|in the lead|concentrated|share)\b/i;
/** A rule of bullets, a thread reader's "Missing some Tweet" footer or a "[n/m]" marker ends a section. */
const SECTION_BREAK = /^\s*(?:[•*·-]\s*){2,}$|^\s*(?:Missing some Tweet|\[\d+\/\d+\])/gm;

// "X said", "X has also said", and with an apposition between: "X, based in Hangzhou, said".
const saysAfter = new RegExp(
  `^(?:['’]s|,[^,.;“”"]{2,80},)? (?:(?:also|has|had|have|then|later|recently|previously|once|reportedly) )?(?:${SAYS})\\b`,
  "u",
);

/** Does a verb of saying follow a name that ends at `at` ("X said", "X, based in Y, said")? */
export const speaksAfter = (text: string, at: number): boolean => saysAfter.test(text.slice(at, at + 100));

export type AttributionContext = {
  text: string;
  mentions: FoundMention[];
  structure: Structure;
};

export function createAttributor({ text, mentions, structure }: AttributionContext) {
  const speakers = mentions.filter((m) => CAN_SPEAK.includes(m.entity.type)).sort((a, b) => a.start - b.start);
  const mentionAt = (start: number) => mentions.find((m) => m.start === start)?.entity;
  let report: { publisher: FoundEntity; at: number } | undefined;
  // A rule of bullets, or a blank line between paragraphs, ends what a report section was about.
  const breaks = [...text.matchAll(SECTION_BREAK), ...text.matchAll(/\n[ \t]*\n/g)]
    .map((m) => m.index)
    .sort((a, b) => a - b);
  const breakBetween = (from: number, to: number) => countBetween(breaks, from, to) > 0;
  const pronounSays = new RegExp(`^(?:he|she)\\s+(?:${SAYS})\\b`, "i");
  /**
   * "…," said Dr. Jane Roe: the speaker after the verb (titles are not part of the name). Not after
   * "told": who follows it is the listener ("…," Ruiz told Reuters).
   */
  const saysBefore = new RegExp(
    `\\b(?!told\\b|tells\\b)(?:${SAYS})\\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Senator|President|Premier|Minister)\\.?\\s+)?$`,
    "i",
  );
  /** "the company says": the organisation named last before it. */
  const theOrgSays = new RegExp(
    `\\bthe (?:[\\w-]+ ){0,2}(?:company|firm|group|agency|ministry|bank|university|institute|lab|laboratory|startup|think tank|government)(?:,[^,.;“”"]{2,80},)?\\s+(?:${SAYS})\\b`,
    "i",
  );
  const theReportSays = new RegExp(
    `\\bthe (?:[\\w-]+ ){0,2}(?:report|study|survey|tracker|paper|analysis)\\s+(?:${SAYS})\\b`,
    "i",
  );
  const saysAnywhere = new RegExp(`(?:${SAYS})`, "i");

  /** "RAND Defense Index": an organisation's name or alias opens the publication's name. */
  const publisherIn = (pub: FoundMention): FoundEntity | undefined =>
    mentions.find(
      (m) =>
        m.entity.type === "Organization" &&
        [m.entity.name, ...m.entity.aliases].some((n) => pub.surface.startsWith(`${n} `)),
    )?.entity;

  /**
   * The opening quotation mark of the quotation a position stands in, if any: straight quotes are
   * counted from the start of the line (an odd count means inside), curly ones paired. Positions are
   * found once per document and searched, because long lines made rescanning them quadratic.
   */
  const positionsOf = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index);
  const lineStarts = [0, ...positionsOf(/\n/g).map((i) => i + 1)];
  const straight = positionsOf(/"/g);
  const curlyOpens = positionsOf(/“/g);
  const curlyCloses = positionsOf(/”/g);
  const openingQuote = (at: number): number | undefined => {
    const lineStart = lastBefore(lineStarts, at + 1) ?? 0;
    const open = lastBefore(curlyOpens, at);
    if (open !== undefined && open >= lineStart && open > (lastBefore(curlyCloses, at) ?? -1)) return open;
    return countBetween(straight, lineStart, at) % 2 === 1 ? lastBefore(straight, at) : undefined;
  };

  const within = (span: Span) => inSpan(speakers, span.start, span.end);
  /** Speakers of a type named in the 600 characters before `at`: what "the company"/"the report" can refer to. */
  const namedBefore = (at: number, type: EntityType) =>
    speakers.filter((m) => m.end <= at && at - m.end < 600 && m.entity.type === type);

  /**
   * What is asked of a whole sentence, found once for all its claims: a sentence of thousands of
   * clauses would otherwise be searched once per clause.
   */
  let facts: { start: number; s: string; speech: boolean; reportWord: number | undefined; here: FoundMention[] };
  const sentenceFacts = (sentence: Span) => {
    if (facts?.start !== sentence.start) {
      const s = text.slice(sentence.start, sentence.end);
      // Most sentences have no verb of saying at all: one pass finds out before the costlier patterns.
      const speech = saysAnywhere.test(s);
      facts = { start: sentence.start, s, speech, reportWord: REPORT_WORDS.exec(s)?.index, here: within(sentence) };
    }
    return facts;
  };

  function explicit(unit: Span, sentence: Span): Attribution | undefined {
    const { s, speech, here } = sentenceFacts(sentence);
    // The claim's own words first: in "A said X, while B argued Y" each part has its own speaker.
    const inSentence = [...within(unit), ...here.filter((m) => m.start < unit.start || m.end > unit.end)];
    for (const m of inSentence) {
      const before = text.slice(Math.max(sentence.start, m.start - 30), m.start);
      if (/according to (?:the )?$/i.test(before)) return { entity: m.entity, why: `"according to ${m.surface}"` };
      // "according to a report released on Tuesday by X"
      const reportBy = text.slice(Math.max(sentence.start, m.start - 90), m.start);
      if (/according to (?:(?:a|an|the|its|their) )?[^.;]{0,70}?\bby (?:the )?$/i.test(reportBy))
        return { entity: m.entity, why: `according to a work by ${m.surface}` };
      if (m.entity.type === "Publication" && /published (?:[\w,]+ ){0,4}in $/i.test(before))
        return { entity: m.entity, why: `published in ${m.surface}` };
      if (!speech) continue;
      if (saysBefore.test(before)) return { entity: m.entity, why: `said by ${m.surface}` };
      // The speaker is the subject: not the object of a preposition ("worked for X and noted"), except
      // where the subject is the people of X ("analysts at X estimate").
      const subject =
        !/\b(?:for|at|in|with|by|from|of|to|on|about|than|like)\s+(?:the\s+)?$/i.test(before) ||
        /\b(?:analysts|researchers|economists|scientists|experts|engineers|strategists|officials) (?:at|from|with|of) (?:the\s+)?$/i.test(
          before,
        );
      const after = text.slice(m.end, Math.min(sentence.end, m.end + 100));
      if (subject && saysAfter.test(after))
        return { entity: m.entity, why: `${m.surface} ${after.trim().split(" ")[0]} it` };
    }
    const org = speech ? theOrgSays.exec(text.slice(unit.start, unit.end)) : null;
    if (org) {
      const at = unit.start + org.index;
      const before = namedBefore(at, "Organization");
      // The company a text is about is the subject of its sentences; one named in passing is not.
      const last = before.filter((m) => opensSentence(text, m.start)).at(-1) ?? before.at(-1);
      if (last) return { entity: last.entity, why: `"${org[0]}" refers to ${last.entity.name}` };
    }
    // "the report warned": the publisher of the report under discussion, or the work named last.
    const work = speech && theReportSays.exec(text.slice(unit.start, sentence.end));
    if (work) {
      const at = unit.start + work.index;
      const named = namedBefore(at, "Publication").at(-1);
      const source = report?.publisher ?? named?.entity;
      if (source) return { entity: source, why: `"${work[0]}" refers to ${source.name}` };
    }
    // "He says that ..." / "she told ...": the last person named before the sentence.
    if (speech && pronounSays.test(s)) {
      const last = speakers.filter((m) => m.end <= sentence.start && m.entity.type === "Person").at(-1);
      if (last)
        return { entity: last.entity, why: `"${s.split(" ").slice(0, 2).join(" ")}" refers to ${last.entity.name}` };
    }
    // Inside a quotation: its speaker is named right after it ("…," said X) or introduces it ("X told Y: \"…").
    const q = openingQuote(unit.start);
    if (q !== undefined) {
      const close = text.indexOf(text[q] === "“" ? "”" : '"', unit.start);
      const tail = close >= 0 ? { start: close, end: Math.min(text.length, close + 80) } : undefined;
      const afterQuote =
        tail &&
        within(tail).find(
          (x) => saysBefore.test(text.slice(close + 1, x.start)) || saysAfter.test(text.slice(x.end, x.end + 100)),
        );
      if (afterQuote) return { entity: afterQuote.entity, why: `quoted from ${afterQuote.surface}` };
      const intro = { start: Math.max(0, q - 300), end: q };
      const m = within(intro)
        .filter((x) => saysAnywhere.test(text.slice(x.end, q)))
        .at(0);
      if (m) return { entity: m.entity, why: `quoted from ${m.surface}` };
    }
    return undefined;
  }

  function fromReport(unit: Span, sentence: Span): Attribution | undefined {
    const { here, reportWord } = sentenceFacts(sentence);
    const pub = here.find((m) => m.entity.type === "Publication");
    // The publisher is the organisation named nearest the report ("a report ... by X"), not the first one.
    const at = sentence.start + (reportWord ?? 0);
    const org =
      here
        .filter((m) => m.entity.type === "Organization")
        .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0] ?? (pub ? publisherIn(pub) : undefined);
    if ((pub || reportWord !== undefined) && org)
      report = { publisher: "entity" in org ? org.entity : org, at: sentence.start };
    else if (pub && report) report.at = sentence.start;
    if (!report) return undefined;
    if (breakBetween(report.at, sentence.start)) {
      report = undefined;
      return undefined;
    }
    if (FINDING_CUES.test(text.slice(unit.start, unit.end)))
      return { entity: report.publisher, why: `a finding of the ${report.publisher.name} report under discussion` };
    return undefined;
  }

  function fromRegion(unit: Span): Attribution | undefined {
    const region = regionAt(structure, unit);
    if (!region) return undefined;
    if (region.kind === "quote") {
      const intro = region.introducer
        ? within(region.introducer)
            .filter((m) => m.entity.type === "Person")
            .at(-1)
        : undefined;
      return intro ? { entity: intro.entity, why: `quoted by the writer from ${intro.entity.name}` } : undefined;
    }
    const speaker = region.speaker && mentionAt(region.speaker.start);
    return speaker ? { entity: speaker, why: `${speaker.name} ${region.speaker!.why}` } : undefined;
  }

  /** Call in document order: report context carries forward from one claim to the next. */
  return (unit: Span, sentence: Span): Attribution | undefined =>
    explicit(unit, sentence) ?? fromReport(unit, sentence) ?? fromRegion(unit);
}
