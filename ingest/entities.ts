// All entity mentions of one document, resolved to one entity per real-world thing, each merge
// with a reason a person can read ("WHO: defined in the text as the acronym of ...").
import type { EntityType } from "../graph/model.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { lexicon } from "./lexicon.ts";
import { isModelCode, isOrgHead, isPlaceHead, nameCandidates, typeOfName, type NameCandidate } from "./ner.ts";
import type { Sentence } from "./segment.ts";
import type { Structure } from "./structure.ts";
import { firstAtOrAfter } from "./spans.ts";
import { findModels } from "./products.ts";
import { findTermPatterns } from "./term-patterns.ts";
import { findTechnologyTerms } from "./names/technology-terms.ts";
import { typeFromContext, type ContextType } from "./names/context.ts";
import { FINDERS, decided } from "./names/finders.ts";
import type { Decision } from "./rules.ts";
import { hasInnerCapital, isAcronym, tokenize, type Token } from "./tokens.ts";

export type FoundEntity = {
  name: string;
  type: EntityType;
  aliases: string[];
  description?: string;
  /** Why each alias was merged into this entity. */
  notes: string[];
  /** The rules that found the entity and gave it its type. */
  found: Decision[];
};
export type FoundMention = { start: number; end: number; surface: string; entity: FoundEntity };

/** "Full Name (ACR)", "ACR (Full Name)", "ACR [Full Name, ...]", "ACR means “full name”". */
const DEFINITIONS = [
  /(\p{Lu}[\p{L}\p{N}&'’ -]{3,80}?) \((\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\)/gu,
  /\b(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}) [([]([\p{L}][\p{L}\p{N}&'’ -]{3,80}?)(?:,[^\])]*)?[)\]]/gu,
  /\b(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}) (?:means|stands for) [“"]([^”"]{4,80}?)[,.]?[”"]/gu,
];

/** Does the long form spell the acronym with its words' initials (small words may be skipped)? */
export function spells(acronym: string, long: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, "").toLowerCase();
  const words = long.split(/[\s-]+/).filter(Boolean);
  const go = (li: number, wi: number): boolean => {
    if (li === letters.length) return true;
    if (wi >= words.length) return false;
    const w = words[wi]!.toLowerCase();
    if (w[0] === letters[li] && go(li + 1, wi + 1)) return true;
    return /^(?:of|and|the|for|de|la|&|on|in)$/.test(w) || li > 0 ? go(li, wi + 1) && li > 0 : false;
  };
  return letters.length >= 2 && go(0, 0);
}

export function findEntities(
  text: string,
  sentences: Sentence[],
  gazetteer: Gazetteer,
  structure: Structure,
): { entities: FoundEntity[]; mentions: FoundMention[] } {
  const tokens = tokenize(text);
  const byName = new Map<string, FoundEntity>();
  const bySurface = new Map<string, FoundEntity>();
  const mentions: FoundMention[] = [];
  const entityFor = (name: string, type: EntityType, description?: string, found: Decision[] = []) => {
    let e = byName.get(name) ?? bySurface.get(name);
    if (!e) {
      e = { name, type, aliases: [], notes: [], found, ...(description ? { description } : {}) };
      byName.set(name, e);
      bySurface.set(name, e);
    }
    return e;
  };
  const addAlias = (e: FoundEntity, surface: string, why: string) => {
    if (surface === e.name || e.aliases.includes(surface)) return;
    e.aliases.push(surface);
    e.notes.push(`${surface}: ${why}`);
    if (!bySurface.has(surface)) bySurface.set(surface, e);
  };

  // 1. Versioned models, then known entities.
  const covered = new Uint8Array(tokens.length);
  for (const m of findModels(text)) {
    const e = entityFor(m.name, "Product", undefined, decided(FINDERS.model, FINDERS.model));
    addAlias(e, m.surface, `another spelling of the model ${m.name}`);
    mentions.push({ start: m.start, end: m.end, surface: m.surface, entity: e });
    markCovered(tokens, covered, m);
  }
  for (const m of gazetteer.match(text, tokens)) {
    if (covered[m.tokenIndex]) continue;
    // "Nokia Research", "Tencent Cloud": a known organisation and an institution word after it
    // name a unit of their own; the longer name wins.
    const next = tokens[m.tokenIndex + m.tokenCount];
    if (
      m.entry.type === "Organization" &&
      next &&
      text.slice(m.end, next.start) === " " &&
      /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
      isOrgHead(next.text)
    ) {
      const surface = text.slice(m.start, next.end);
      const e = entityFor(surface, "Organization", undefined, decided(FINDERS.catalogue, FINDERS.unit));
      mentions.push({ start: m.start, end: next.end, surface, entity: e });
      covered.fill(1, m.tokenIndex, m.tokenIndex + m.tokenCount + 1);
      continue;
    }
    const e = entityFor(m.entry.name, m.entry.type, m.entry.description, decided(FINDERS.catalogue, FINDERS.catalogue));
    addAlias(e, m.surface, `listed as a name of ${e.name} in the catalogue`);
    mentions.push({ start: m.start, end: m.end, surface: m.surface, entity: e });
    covered.fill(1, m.tokenIndex, m.tokenIndex + m.tokenCount);
  }

  // 1b. Terms recognised by their shape; a longer term beats the known name inside it ("3D NAND flash").
  const starts = sentenceStarts(tokens, sentences);
  const techByKey = new Map<string, string>();
  const technologyTerms = findTechnologyTerms(text, tokens, starts).map((t) => {
    const name =
      techByKey.get(t.key) ??
      (/^\p{Lu}\p{Ll}/u.test(t.surface) ? t.surface[0]!.toLowerCase() + t.surface.slice(1) : t.surface);
    techByKey.set(t.key, name);
    return {
      start: t.start,
      end: t.end,
      surface: t.surface,
      name,
      type: "Technology" as const,
      why: t.why,
      rule: t.rule,
      finder: "technology" as const,
    };
  });
  const shaped = [
    ...findTermPatterns(text).map((t) => ({ ...t, rule: "term-pattern", finder: "pattern" as const })),
    ...technologyTerms,
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  // Mentions so far (models, catalogue names) do not overlap; sorted once, each term finds the ones
  // it overlaps by binary search instead of a scan.
  const known = [...mentions].sort((a, b) => a.start - b.start);
  const removed = new Set<FoundMention>();
  const added: FoundMention[] = [];
  for (const t of shaped) {
    const inside: FoundMention[] = [];
    for (let k = Math.max(0, firstAtOrAfter(known, t.start, (m) => m.start) - 1); k < known.length; k++) {
      const m = known[k]!;
      if (m.start >= t.end) break;
      if (m.end > t.start && !removed.has(m)) inside.push(m);
    }
    // Terms taken before this one start at or before it; only the last few can reach it.
    for (let k = added.length - 1; k >= 0 && added[k]!.start > t.start - 200; k--) {
      const m = added[k]!;
      if (m.start < t.end && t.start < m.end && !removed.has(m)) inside.push(m);
    }
    if (inside.some((m) => m.start < t.start || m.end > t.end || (m.start === t.start && m.end === t.end))) continue;
    // "Sichuan province" where "Sichuan" is a known place: another name of that place.
    const place = t.type === "Place" ? inside.find((m) => m.entity.type === "Place") : undefined;
    if (place) {
      addAlias(place.entity, t.surface, t.why);
      continue;
    }
    for (const m of inside) {
      removed.add(m);
      mentions.splice(mentions.indexOf(m), 1);
    }
    const e =
      bySurface.get(t.name) ??
      entityFor(t.name, t.type, undefined, decided(FINDERS[t.finder], { id: t.rule, why: t.why }));
    if (e.notes.length === 0) e.notes.push(`${t.surface}: ${t.why}`);
    addAlias(e, t.surface, t.why);
    for (const s of ("spellings" in t ? t.spellings : undefined) ?? [])
      addAlias(e, s, "the usual spelling of the same name");
    const mention = { start: t.start, end: t.end, surface: t.surface, entity: e };
    mentions.push(mention);
    added.push(mention);
    markCovered(tokens, covered, t);
  }

  // 2. Acronyms the text defines: both forms name one entity.
  const acronymOf = new Map<string, FoundEntity>();
  for (const re of DEFINITIONS)
    for (const m of text.matchAll(re)) {
      const [acr, long] = re === DEFINITIONS[0] ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
      const longForm = trimToInitials(acr, long);
      if (!longForm || !isAcronym(acr)) continue;
      const known = bySurface.get(longForm) ?? bySurface.get(acr);
      // A spelled-out lower-case term is a technology; a capitalised one needs a recognisable type.
      const type = known?.type ?? (/^\p{Ll}/u.test(longForm) ? "Technology" : typeOfName(longForm.split(" ")).type);
      if (!type) continue;
      const e = known ?? entityFor(longForm, type, undefined, decided(FINDERS.acronym, FINDERS.acronym));
      addAlias(e, acr, `defined in the text as the acronym of "${longForm}"`);
      addAlias(e, longForm, `spelled out in the text for "${acr}"`);
      acronymOf.set(acr, e);
      // Both forms at the definition are mentions, so no part of the long form becomes a name of its own.
      for (const form of [longForm, acr]) {
        const start = m.index + m[0].indexOf(form);
        const end = start + form.length;
        const overlapping = mentions.filter((x) => x.start < end && start < x.end);
        if (overlapping.some((x) => x.start < start || x.end > end || x.entity === e)) continue;
        for (const x of overlapping) mentions.splice(mentions.indexOf(x), 1);
        mentions.push({ start, end, surface: form, entity: e });
        markCovered(tokens, covered, { start, end });
      }
    }

  // 3. Comment authors are people, named where their comment starts.
  // A transcript turn labelled "Reporter from X:" speaks for the organisation X.
  for (const r of structure.regions)
    if (r.speaker && (r.kind === "comment" || r.kind === "intro" || r.kind === "turn")) {
      const e =
        bySurface.get(r.speaker.name) ??
        entityFor(
          r.speaker.name,
          r.kind === "turn" ? "Organization" : "Person",
          undefined,
          decided(FINDERS.speaker, FINDERS.speaker),
        );
      if ((e.type === "Person") !== (r.kind !== "turn")) continue;
      mentions.push({ start: r.speaker.start, end: r.speaker.end, surface: r.speaker.name, entity: e });
      markCovered(tokens, covered, r.speaker);
    }
  if (structure.author) {
    const a = structure.author;
    const e = bySurface.get(a.name) ?? entityFor(a.name, "Person", undefined, decided(FINDERS.byline, FINDERS.byline));
    mentions.push({ start: a.start, end: a.end, surface: a.name, entity: e });
    markCovered(tokens, covered, a);
  }

  // 4. Other names, and resolution of short forms to the full names of the same document.
  const endingAt = new Map(mentions.map((m) => [m.end, m]));
  const candidates = nameCandidates(text, tokens, starts, covered).map((c) =>
    withKnownPrefix(text, c, endingAt, mentions),
  );
  const untyped: typeof candidates = [];
  // What the text says a name is anywhere ("dubbed Zephyr", "shares of Kestrel") holds everywhere.
  const contextType = new Map<string, ContextType & { rule: string; why: string }>();
  // A name right before a technology is a product of that kind: "the Zephyr flash memory" (but
  // "Zephyr AI", before an acronym, is more often a company, and "Conventional static RAM" starts a sentence).
  const technologyAt = new Set(
    mentions.filter((m) => m.entity.type === "Technology" && !isAcronym(m.surface)).map((m) => m.start),
  );
  for (const c of candidates) {
    const beforeTechnology = !c.weak && technologyAt.has(c.end + 1) && text[c.end] === " ";
    const t = beforeTechnology
      ? {
          type: "Product" as const,
          strong: true,
          rule: "before-technology",
          why: "a name right before a technology term is a product of that kind",
        }
      : (typeFromContext({ text, start: c.start, end: c.end, surface: c.surface }) ??
        (hasInnerCapital(c.surface) && !c.surface.includes(" ")
          ? {
              type: "Organization" as const,
              strong: false,
              rule: "camel-case",
              why: 'a camel-cased name ("SoftBank") is most often a company\'s',
            }
          : undefined));
    const had = contextType.get(c.surface);
    if (t && (!had || (t.strong && !had.strong) || t.type === "Product")) contextType.set(c.surface, t);
  }
  const shortForms = shortFormIndex(byName.values());
  for (const c of candidates) {
    const existing = bySurface.get(c.surface) ?? acronymOf.get(c.surface);
    const resolved = existing ? undefined : shortForms.resolve(c.surface);
    if (resolved) addAlias(resolved.entity, c.surface, resolved.why);
    const fromContext = contextType.get(c.surface);
    // "dubbed X", "Okafor et al.": a strong context decides, whatever the name looks like; otherwise its shape does.
    const type = fromContext?.strong ? fromContext.type : (c.type ?? fromContext?.type);
    const typedBy: Decision =
      fromContext && (fromContext.strong || !c.type)
        ? { stage: "resolution", rule: fromContext.rule, why: fromContext.why }
        : { stage: "resolution", rule: c.rule ?? "name-shape", why: c.why };
    const e =
      existing ??
      resolved?.entity ??
      (type && (!c.weak || fromContext)
        ? entityFor(placeName(c.surface, type), type, undefined, [decided(FINDERS.run, FINDERS.run)[0]!, typedBy])
        : undefined);
    if (e && e.name !== c.surface) addAlias(e, c.surface, "the same place in capitals");
    if (!e && c.weak) continue;
    if (!e) {
      untyped.push(c);
      continue;
    }
    if (e.notes.length === 0) {
      e.notes.push(`${c.surface}: ${c.type ? c.why : "named like a product or company"}`);
      shortForms.add(e);
    }
    mentions.push({ start: c.start, end: c.end, surface: c.surface, entity: e });
  }
  // In "Ann Lee, Boris Petrov and Okafor" or "Intel and Brodix" an unknown name takes its neighbours' type.
  // "Yichun, Jiangxi", "Flagstaff, Arizona": an unknown name followed by a known place is a place in it.
  const placeAt = new Set(mentions.filter((m) => m.entity.type === "Place").map((m) => m.start));
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (const c of untyped) {
    const inPlace = /^, $/.test(text.slice(c.end, c.end + 2)) && placeAt.has(c.end + 2) && !c.surface.includes(" ");
    const type = inPlace ? "Place" : coordinatedType(text, c, byStart);
    if (!type) continue;
    const e = entityFor(
      c.surface,
      type,
      undefined,
      decided(FINDERS.run, inPlace ? FINDERS.inPlace : FINDERS.coordinated),
    );
    e.notes.push(
      inPlace
        ? `${c.surface}: a place named before the place it lies in`
        : `${c.surface}: listed together with other ${type} names`,
    );
    mentions.push({ start: c.start, end: c.end, surface: c.surface, entity: e });
  }
  mergePeople(mentions);
  mentions.sort((a, b) => a.start - b.start);
  return { entities: [...new Set(mentions.map((m) => m.entity))], mentions };
}

/**
 * "Tokyo Stock Exchange", "Tencent Cloud": a known place or organisation right before a name headed
 * like an institution is the first word of that name, not a name of its own (the longest name wins).
 */
function withKnownPrefix<C extends NameCandidate>(
  text: string,
  c: C,
  endingAt: Map<number, FoundMention>,
  mentions: FoundMention[],
): C {
  // "Nokia Research": a lone institution word after a known organisation.
  const loneHead = !c.surface.includes(" ") && isOrgHead(c.surface);
  const placeHead = c.type === "Place" && c.why.startsWith("headed by") && !c.weak;
  if (!loneHead && !placeHead && (c.type !== "Organization" || !c.why.startsWith("headed by") || c.weak)) return c;
  const m = endingAt.get(c.start - 1);
  if (
    !m ||
    text[m.end] !== " " ||
    !(placeHead
      ? m.entity.type === "Place"
      : m.entity.type === "Organization" || (!loneHead && m.entity.type === "Place")) ||
    !/^\p{Lu}/u.test(m.surface)
  )
    return c;
  endingAt.delete(m.end);
  mentions.splice(mentions.indexOf(m), 1);
  return {
    ...c,
    start: m.start,
    surface: text.slice(m.start, c.end),
    type: placeHead ? "Place" : "Organization",
    weak: false,
    rule: placeHead ? "place-head" : "organisation-head",
    why: `headed by "${c.surface.split(" ").at(-1)}", after the known name ${m.surface}`,
  };
}

/** "the World Health Organization (WHO)": keep only the words the acronym spells. */
function trimToInitials(acr: string, long: string): string | undefined {
  const words = long.trim().split(/\s+/);
  for (let k = Math.max(0, words.length - 12); k < words.length; k++) {
    const candidate = words.slice(k).join(" ");
    if (/^\p{Ll}/u.test(candidate) && /^(?:the|a|an|of|and)$/i.test(words[k]!)) continue;
    if (spells(acr, candidate)) return candidate;
  }
  return undefined;
}

/**
 * "Merkel" after "Angela Merkel", "Kyoto" after "Kyoto University": the short form of a longer name.
 * Indexed by first and last word, so each look-up is constant time.
 */
function shortFormIndex(entities: Iterable<FoundEntity>) {
  const byLast = new Map<string, FoundEntity>();
  const byFirst = new Map<string, FoundEntity>();
  /** "Harwell Institute" for "Harwell Institute of X": the words before "of" in an organisation's name. */
  const byHead = new Map<string, FoundEntity>();
  /** "T5" for "Orbix T5": a product's version code alone. */
  const byCode = new Map<string, FoundEntity>();
  const add = (e: FoundEntity) => {
    for (const n of [e.name, ...e.aliases]) {
      const words = n.split(" ");
      if (words.length < 2) continue;
      if (e.type === "Product" && isModelCode(words.at(-1)!) && !byCode.has(words.at(-1)!))
        byCode.set(words.at(-1)!, e);
      // "Haidian" for "Haidian District": a place's name without the kind of place it is.
      if (e.type === "Place" && words.length === 2 && isPlaceHead(words[1]!) && !byHead.has(words[0]!))
        byHead.set(words[0]!, e);
      // "Central Office" for "BCRA Central Office": an organisation's name without its first word.
      if (e.type === "Organization" && words.length >= 3 && !byHead.has(words.slice(1).join(" ")))
        byHead.set(words.slice(1).join(" "), e);
      const of = words.indexOf("of");
      if (e.type === "Organization" && of > 1 && !byHead.has(words.slice(0, of).join(" ")))
        byHead.set(words.slice(0, of).join(" "), e);
      if (e.type === "Person" && !byLast.has(words.at(-1)!)) byLast.set(words.at(-1)!, e);
      if ((e.type === "Person" || e.type === "Organization") && !byFirst.has(words[0]!)) byFirst.set(words[0]!, e);
    }
  };
  for (const e of entities) add(e);
  const resolve = (surface: string): { entity: FoundEntity; why: string } | undefined => {
    const head = byHead.get(surface);
    if (head) return { entity: head, why: `short form of ${head.name}` };
    const code = byCode.get(surface);
    if (code) return { entity: code, why: `the version code of ${code.name}, named in full in the same document` };
    if (surface.includes(" ")) return undefined;
    const person = byLast.get(surface);
    if (person) return { entity: person, why: `family name of ${person.name}` };
    const e = isAcronym(surface) ? undefined : byFirst.get(surface);
    if (e?.type === "Organization") return { entity: e, why: `short form of ${e.name}` };
    if (e?.type === "Person" && lexicon().firstNames.has(surface.toLowerCase()))
      return { entity: e, why: `first name of ${e.name}, named in full in the same document` };
    return undefined;
  };
  return { add, resolve };
}

const NICKNAMES: Record<string, string> = {
  tom: "thomas",
  bill: "william",
  will: "william",
  bob: "robert",
  rob: "robert",
  mike: "michael",
  jim: "james",
  joe: "joseph",
  dick: "richard",
  rick: "richard",
  ted: "edward",
  ed: "edward",
  tony: "anthony",
  chris: "christopher",
  dave: "david",
  dan: "daniel",
  ben: "benjamin",
  sam: "samuel",
  nick: "nicholas",
  matt: "matthew",
  alex: "alexander",
  andy: "andrew",
  steve: "stephen",
  jeff: "jeffrey",
  greg: "gregory",
  pete: "peter",
  fred: "frederick",
  liz: "elizabeth",
  kate: "katherine",
  jen: "jennifer",
  sue: "susan",
  meg: "margaret",
  don: "donald",
  ron: "ronald",
  larry: "lawrence",
};
const firstNameKey = (w: string) => NICKNAMES[w.toLowerCase()] ?? w.toLowerCase();

/**
 * One person, several names: "Ana" and "Ana Ruiz", "Bill Okoro" and "William Okoro".
 * A lone first name joins the only full name it begins; two full names join when the family names
 * agree and the first names are the same or a known nickname of each other.
 */
function mergePeople(mentions: FoundMention[]) {
  const people = [...new Set(mentions.map((m) => m.entity))].filter((e) => e.type === "Person");
  const into = new Map<FoundEntity, FoundEntity>();
  // Full names by their first and by their last word, so each person is compared only with the
  // few that could be them (comparing every pair took seconds on a long thread of commenters).
  const byFirst = new Map<string, FoundEntity[]>();
  const byLast = new Map<string, FoundEntity[]>();
  const add = (index: Map<string, FoundEntity[]>, key: string, e: FoundEntity) => {
    const list = index.get(key);
    if (list) list.push(e);
    else index.set(key, [e]);
  };
  for (const f of people) {
    const w = f.name.split(" ");
    if (w.length < 2) continue;
    add(byFirst, w[0]!, f);
    add(byLast, w.at(-1)!, f);
  }
  for (const p of people) {
    const words = p.name.split(" ");
    const target =
      words.length === 1
        ? only((byFirst.get(p.name) ?? []).filter((f) => f !== p))
        : only(
            (byLast.get(words.at(-1)!) ?? []).filter((f) => {
              const w = f.name.split(" ");
              // Same family name, same first name once nicknames are expanded; the formal form is kept.
              return (
                f !== p &&
                firstNameKey(w[0]!) === firstNameKey(words[0]!) &&
                NICKNAMES[words[0]!.toLowerCase()] !== undefined
              );
            }),
          );
    if (!target || into.has(target)) continue;
    into.set(p, target);
    for (const a of [p.name, ...p.aliases])
      if (a !== target.name && !target.aliases.includes(a)) target.aliases.push(a);
    target.notes.push(
      `${p.name}: ${words.length === 1 ? "first name" : "another form"} of ${target.name} in the same document`,
    );
  }
  for (const m of mentions) m.entity = into.get(m.entity) ?? m.entity;
}

const only = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

/** `mentions` sorted by start. */
function coordinatedType(
  text: string,
  c: { start: number; end: number },
  mentions: FoundMention[],
): EntityType | undefined {
  const SEP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
  // An item of a list ends where the list or the next item begins: "Tom Hale, Technology reporter"
  // is a name and a role, not two names.
  if (!/^(?:,|\s+(?:and|or)\s|\s*[.;:)!?]|\s*$)/.test(text.slice(c.end, c.end + 6))) return undefined;
  // Mentions are sorted by start: only those starting within a short reach of the name can be its neighbours.
  const from = firstAtOrAfter(mentions, c.start - 200, (m) => m.start);
  const near = mentions.slice(
    from,
    firstAtOrAfter(mentions, c.end + 9, (m) => m.start),
  );
  for (const m of near) {
    // Only a neighbour a separator away can share the type; farther ones are not sliced at all.
    const gap =
      m.end <= c.start && c.start - m.end <= 8
        ? text.slice(m.end, c.start)
        : m.start >= c.end && m.start - c.end <= 8
          ? text.slice(c.end, m.start)
          : undefined;
    if (gap !== undefined && SEP.test(gap) && (m.entity.type === "Person" || m.entity.type === "Organization"))
      return m.entity.type;
  }
  return undefined;
}

/** Token indexes that begin a sentence: a capital there says nothing about being a name. */
function sentenceStarts(tokens: Token[], sentences: Sentence[]): Set<number> {
  const starts = new Set<number>();
  let i = 0;
  for (const s of sentences) {
    while (i < tokens.length && tokens[i]!.start < s.start) i++;
    if (i < tokens.length) starts.add(i);
  }
  return starts;
}

/**
 * Marks the tokens inside a span. Tokens are in order and do not overlap, so those inside are one run,
 * found by binary search: a scan of all tokens per mention was quadratic.
 */
function markCovered(tokens: Token[], covered: Uint8Array, span: { start: number; end: number }) {
  let i = firstAtOrAfter(tokens, span.start, (t) => t.start);
  for (; i < tokens.length && tokens[i]!.end <= span.end; i++) covered[i] = 1;
}

/** A place written in capitals, as in a dateline ("HEFEI, Dec. 3"), is named as usual: "Hefei". */
function placeName(surface: string, type: EntityType): string {
  const shouted =
    type === "Place"
      ? /^\p{Lu}{4,}(?: \p{Lu}{2,})*$/u.test(surface)
      : /^\p{Lu}{4,}(?: (?:OF|AND|\p{Lu}{4,}))+$/u.test(surface);
  if (!shouted) return surface;
  return surface
    .toLowerCase()
    .replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())
    .replace(/ (Of|And) /g, (w) => w.toLowerCase());
}
