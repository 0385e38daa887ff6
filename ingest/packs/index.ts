// The domain packs: general knowledge of the field that helps on any text, merged with the seed
// catalogue. Countries come from world-countries (names, short forms, demonyms, capitals).
import countries from "world-countries";
import { CatalogueFile, type CatalogueEntry } from "../catalogue.ts";
import organizations from "./organizations.json" with { type: "json" };
import people from "./people.json" with { type: "json" };
import places from "./places.json" with { type: "json" };
import products from "./products.json" with { type: "json" };
import publications from "./publications.json" with { type: "json" };
import technologies from "./technologies.json" with { type: "json" };

/** Short forms people write that the country data leaves out or spells differently. */
const EXTRA_COUNTRY_FORMS: Record<string, string[]> = {
  US: ["U.S.", "U.S.A.", "America", "United States of America"],
  GB: ["U.K.", "Britain", "Great Britain"],
  CN: ["PRC", "People's Republic of China", "Mainland China"],
  KR: ["Korea", "ROK"],
  KP: ["DPRK", "North Korean"],
  RU: ["Russian Federation"],
  TW: ["Republic of China"],
};

/** Two-letter codes are too often ordinary words ("IN", "IT") to match, except these. */
const SAFE_SHORT = new Set(["US", "UK", "EU", "UAE", "USA", "PRC", "ROK", "DPRK"]);

/** Sovereign states first and the most populous first, so a shared demonym ("American", "French")
 * goes to the country people mean by it, not to a territory that shares it. */
function countryEntries(): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  const taken = new Set<string>();
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area);
  for (const c of ordered) {
    const forms = new Set<string>([c.name.official, ...c.altSpellings, ...(EXTRA_COUNTRY_FORMS[c.cca2] ?? [])]);
    const demonym = c.demonyms?.eng;
    if (demonym) {
      forms.add(demonym.m);
      forms.add(demonym.f);
    }
    const aliases = [...forms].filter(
      (f) =>
        f &&
        f !== c.name.common &&
        !taken.has(f) &&
        /^[\p{Script=Latin}\s.'’-]+$/u.test(f) &&
        (f.length > 3 || SAFE_SHORT.has(f.replace(/\./g, ""))),
    );
    for (const f of [c.name.common, ...aliases]) taken.add(f);
    out.push({ name: c.name.common, type: "Place", aliases, description: `Country in ${c.subregion || c.region}` });
  }
  return out;
}

function capitalEntries(known: Set<string>): CatalogueEntry[] {
  return countries
    .flatMap((c) => (c.capital ?? []).map((name) => ({ name, country: c.name.common })))
    .filter(({ name }) => !known.has(name) && !/\bD\.C\.$/.test(name))
    .map(({ name, country }) => ({ name, type: "Place" as const, aliases: [], description: `Capital of ${country}` }));
}

export function domainPacks(): CatalogueEntry[] {
  const files = { organizations, people, places, products, publications, technologies };
  const entries = Object.entries(files).flatMap(([name, json]) => {
    const parsed = CatalogueFile.safeParse(json);
    if (!parsed.success) throw new Error(`packs: ingest/packs/${name}.json is invalid: ${parsed.error.message}`);
    return parsed.data.entities;
  });
  const countriesList = countryEntries();
  const known = new Set([...entries, ...countriesList].flatMap((e) => [e.name, ...e.aliases]));
  return [...entries, ...countriesList, ...capitalEntries(known)];
}

/**
 * Seed catalogue first: its names and descriptions win. An entry whose name is already a known name
 * or alias is the same entity and adds its aliases to it; otherwise it stays its own entity, keeping
 * only the aliases nobody owns yet (so each surface form points at one entity).
 */
export function mergeCatalogues(...lists: CatalogueEntry[][]): CatalogueEntry[] {
  const byName = new Map<string, CatalogueEntry>();
  const owner = new Map<string, CatalogueEntry>();
  for (const entry of lists.flat()) {
    const same = owner.get(entry.name);
    const target = same ?? { ...entry, aliases: [] };
    if (!same) {
      byName.set(entry.name, target);
      owner.set(entry.name, target);
    }
    for (const s of entry.aliases)
      if (!owner.has(s)) {
        owner.set(s, target);
        if (s !== target.name) target.aliases.push(s);
      }
  }
  return [...byName.values()];
}
