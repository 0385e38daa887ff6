// All entity mentions of one document, resolved to one entity per real-world thing, each merge
// with a reason a person can read ("WHO: defined in the text as the acronym of ...").
import type { EntityType } from "../graph/model.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { lexicon } from "./lexicon.ts";
import { nameCandidates, typeOfName } from "./ner.ts";
import type { Sentence } from "./segment.ts";
import type { Structure } from "./structure.ts";
import { findModels } from "./products.ts";
import { findTermPatterns } from "./term-patterns.ts";
import { hasInnerCapital, isAcronym, tokenize, type Token } from "./tokens.ts";

export type FoundEntity = {
  name: string;
  type: EntityType;
  aliases: string[];
  description?: string;
  /** Why each alias was merged into this entity. */
  notes: string[];
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
  const entityFor = (name: string, type: EntityType, description?: string) => {
    let e = byName.get(name) ?? bySurface.get(name);
    if (!e) {
      e = { name, type, aliases: [], notes: [], ...(description ? { description } : {}) };
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
    const e = entityFor(m.name, "Product");
    addAlias(e, m.surface, `another spelling of the model ${m.name}`);
    mentions.push({ start: m.start, end: m.end, surface: m.surface, entity: e });
    markCovered(tokens, covered, m);
  }
  for (const m of gazetteer.match(text, tokens)) {
    if (covered[m.tokenIndex]) continue;
    const e = entityFor(m.entry.name, m.entry.type, m.entry.description);
    addAlias(e, m.surface, `listed as a name of ${e.name} in the catalogue`);
    mentions.push({ start: m.start, end: m.end, surface: m.surface, entity: e });
    covered.fill(1, m.tokenIndex, m.tokenIndex + m.tokenCount);
  }

  // 1b. Terms recognised by their shape; a longer term beats the known name inside it ("2D SRAM").
  for (const t of findTermPatterns(text)) {
    const inside = mentions.filter((m) => m.start < t.end && t.start < m.end);
    if (inside.some((m) => m.start < t.start || m.end > t.end || (m.start === t.start && m.end === t.end))) continue;
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    const e = bySurface.get(t.name) ?? entityFor(t.name, t.type);
    if (e.notes.length === 0) e.notes.push(`${t.surface}: ${t.why}`);
    addAlias(e, t.surface, t.why);
    mentions.push({ start: t.start, end: t.end, surface: t.surface, entity: e });
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
      const e = known ?? entityFor(longForm, type);
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
        bySurface.get(r.speaker.name) ?? entityFor(r.speaker.name, r.kind === "turn" ? "Organization" : "Person");
      if ((e.type === "Person") !== (r.kind !== "turn")) continue;
      mentions.push({ start: r.speaker.start, end: r.speaker.end, surface: r.speaker.name, entity: e });
      markCovered(tokens, covered, r.speaker);
    }
  if (structure.author) {
    const a = structure.author;
    const e = bySurface.get(a.name) ?? entityFor(a.name, "Person");
    mentions.push({ start: a.start, end: a.end, surface: a.name, entity: e });
    markCovered(tokens, covered, a);
  }

  // 4. Other names, and resolution of short forms to the full names of the same document.
  const starts = sentenceStarts(tokens, sentences);
  const candidates = nameCandidates(text, tokens, starts, covered);
  const untyped: typeof candidates = [];
  // What the text says a name is anywhere ("dubbed Zephyr", "shares of Kestrel") holds everywhere.
  const contextType = new Map<string, EntityType>();
  // A name right before a technology is a product of that kind: "the Zephyr flash memory" (but
  // "Zephyr AI", before an acronym, is more often a company, and "Conventional static RAM" starts a sentence).
  const technologyAt = new Set(
    mentions.filter((m) => m.entity.type === "Technology" && !isAcronym(m.surface)).map((m) => m.start),
  );
  for (const c of candidates) {
    const beforeTechnology = !c.weak && technologyAt.has(c.end + 1) && text[c.end] === " ";
    const t = beforeTechnology ? "Product" : typeFromContext(text, c);
    if (t === "Product" || (t && !contextType.has(c.surface))) contextType.set(c.surface, t);
  }
  const shortForms = shortFormIndex(byName.values());
  for (const c of candidates) {
    const existing = bySurface.get(c.surface) ?? acronymOf.get(c.surface);
    const resolved = existing ? undefined : shortForms.resolve(c.surface);
    if (resolved) addAlias(resolved.entity, c.surface, resolved.why);
    const fromContext = contextType.get(c.surface);
    // "dubbed X", "X chips": what the text calls a product is one, whatever the name looks like.
    const type = fromContext === "Product" ? "Product" : (c.type ?? fromContext);
    const e =
      existing ??
      resolved?.entity ??
      (type && (!c.weak || fromContext) ? entityFor(placeName(c.surface, type), type) : undefined);
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
  for (const c of untyped) {
    const type = coordinatedType(text, c, mentions);
    if (!type) continue;
    const e = entityFor(c.surface, type);
    e.notes.push(`${c.surface}: listed together with other ${type} names`);
    mentions.push({ start: c.start, end: c.end, surface: c.surface, entity: e });
  }
  mergePeople(mentions);
  mentions.sort((a, b) => a.start - b.start);
  return { entities: [...new Set(mentions.map((m) => m.entity))], mentions };
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
  const add = (e: FoundEntity) => {
    for (const n of [e.name, ...e.aliases]) {
      const words = n.split(" ");
      if (words.length < 2) continue;
      if (e.type === "Person" && !byLast.has(words.at(-1)!)) byLast.set(words.at(-1)!, e);
      if ((e.type === "Person" || e.type === "Organization") && !byFirst.has(words[0]!)) byFirst.set(words[0]!, e);
    }
  };
  for (const e of entities) add(e);
  const resolve = (surface: string): { entity: FoundEntity; why: string } | undefined => {
    if (surface.includes(" ")) return undefined;
    const person = byLast.get(surface);
    if (person) return { entity: person, why: `family name of ${person.name}` };
    const e = byFirst.get(surface);
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
  const full = people.filter((p) => p.name.split(" ").length >= 2);
  for (const p of people) {
    const words = p.name.split(" ");
    const target =
      words.length === 1
        ? only(full.filter((f) => f !== p && f.name.split(" ")[0] === p.name))
        : only(
            full.filter((f) => {
              const w = f.name.split(" ");
              // Same family name, same first name once nicknames are expanded; the formal form is kept.
              return (
                f !== p &&
                w.at(-1) === words.at(-1) &&
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

/** Words around a name that only companies and institutions take. */
const ORG_BEFORE =
  /(?:shares (?:of|in)|stock of|rivals?|competitors?|suppliers?|chipmakers?|makers?|firms? like|companies like|startups?|analysts (?:at|with)|investors in|employees of|acquired|acquisition of|according to|(?:director|president|chairman|chairwoman|chief executive|ceo|founder|head|partner|economist|analyst|professor|fellow|researcher|spokes(?:man|woman|person)) (?:of|at|with))\s+$/i;
/** "The device, called Zephyr", "a model known as Zephyr": a made thing's name is a product's. */
const THING_CALLED =
  /\b(?:device|machine|computer|chip|processor|model|system|app|tool|program|software|platform|drug|vaccine|rocket|satellite|reactor|car|vehicle|phone|robot|engine|battery)s?,? (?:called|named|known as)\s*[“"']?$/i;
/** "said Ana Ruiz, managing director of ...": a name followed by a person's role is a person's. */
const PERSON_AFTER =
  /^,\s+(?:a |an |the )?(?:[\p{L}-]+ ){0,3}(?:director|analyst|president|chairman|chairwoman|ceo|founder|professor|researcher|spokes(?:man|woman|person)|economist|fellow|minister|executive|partner|manager|scientist|engineer)\b/u;
const ORG_AFTER =
  /^(?:['’]s (?:chief executive|ceo|chairman|shares|stock|spokes\w+|board|founder|revenue|profits?|sales|market value)|,? said in a statement|, (?:founded|headquartered) in\b)/i;

/**
 * What the words around a name say it is: a product ("dubbed Zephyr", "Zephyr chips"), a person (a
 * role follows), an organisation (a company's words around it). Camel-cased names ("SoftBank") are
 * companies.
 */
function typeFromContext(text: string, c: { start: number; end: number; surface: string }): EntityType | undefined {
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const after = text.slice(c.end, c.end + 30);
  if (
    /(?:dubbed|branded|codenamed|code-named)\s*[“"']?$/.test(before) ||
    THING_CALLED.test(text.slice(Math.max(0, c.start - 40), c.start)) ||
    /^[”"']?\s+(?:and \p{Lu}\p{L}+ )?(?:chips?|models?|apps?|processors?|phones?)\b/u.test(after)
  )
    return "Product";
  if (PERSON_AFTER.test(text.slice(c.end, c.end + 60))) return "Person";
  if (ORG_BEFORE.test(before) || ORG_AFTER.test(after)) return "Organization";
  return hasInnerCapital(c.surface) && !c.surface.includes(" ") ? "Organization" : undefined;
}

function coordinatedType(
  text: string,
  c: { start: number; end: number },
  mentions: FoundMention[],
): EntityType | undefined {
  const SEP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
  // An item of a list ends where the list or the next item begins: "Tom Hale, Technology reporter"
  // is a name and a role, not two names.
  if (!/^(?:,|\s+(?:and|or)\s|\s*[.;:)!?]|\s*$)/.test(text.slice(c.end, c.end + 6))) return undefined;
  for (const m of mentions) {
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

function markCovered(tokens: Token[], covered: Uint8Array, span: { start: number; end: number }) {
  for (let i = 0; i < tokens.length; i++)
    if (tokens[i]!.start >= span.start && tokens[i]!.end <= span.end) covered[i] = 1;
}

/** A place written in capitals, as in a dateline ("HEFEI, Dec. 3"), is named as usual: "Hefei". */
function placeName(surface: string, type: EntityType): string {
  if (type !== "Place" || !/^\p{Lu}{4,}(?: \p{Lu}{2,})*$/u.test(surface)) return surface;
  return surface.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
}
