// The names and resolution stages on texts written for these tests: which names are found, how they
// are typed, which rule decided, and that every rule list has unique ids.
import { describe, expect, it } from "vitest";
import type { Document } from "./document.ts";
import { createExtractor } from "./extract.ts";
import { duplicateIds } from "./rules.ts";
import { NAME_CONTEXT_RULES } from "./names/context.ts";
import { NAME_FINDERS } from "./names/finders.ts";
import { isChineseName, isPinyin } from "./names/pinyin.ts";
import { TECHNOLOGY_TERM_RULES } from "./names/technology-terms.ts";
import { NAME_SHAPE_RULES, isModelCode } from "./ner.ts";

const extract = createExtractor([]);
const doc = (text: string): Document => ({ uri: "t.txt", location: "/t.txt", title: "t", text, format: "text" });
const entities = (text: string) => extract(doc(text)).entities;
const find = (text: string, name: string) => entities(text).find((e) => e.name === name || e.aliases.includes(name));

describe("names: what is found and how it is typed", () => {
  it.each([
    // Technology terms from the head-noun/modifier grammar, materials and compounds.
    ["Engineers prefer planetary gearboxes for the arm.", "planetary gearboxes", "Technology"],
    ["The lab tested cryogenic amplifiers last spring.", "cryogenic amplifiers", "Technology"],
    ["Most of the budget goes to wafer bonding and photoresist coating of the substrate.", "wafer bonding", undefined],
    ["Refiners recover tungsten from the tailings.", "tungsten", "Technology"],
    ["The drill bits are made of tungsten carbide and steel.", "tungsten carbide", "Technology"],
    ["Cathodes use lithium manganese oxide in cheaper packs.", "lithium manganese oxide", "Technology"],
    ["Shipments of 3D NAND fell in the spring.", "3D NAND", "Technology"],
    ["Its fuel-cells plant opened in spring, next to a fuel cells lab.", "fuel-cells", "Technology"],
    // Describing words, figures and participles do not make technology terms.
    ["They sold cheaper batteries and newer robots.", "cheaper batteries", undefined],
    ["The firm released 300-volt transistors in May.", "300-volt transistors", undefined],
    ["We kept counting robots all day.", "counting robots", undefined],
    // Persons: pinyin names, credits, "et al.", possessive employers, role appositions.
    ["The study was led by Zhao Ruolan of the institute.", "Zhao Ruolan", "Person"],
    ["Reporting by Tomasz Wierzbicki; Editing by Anneliese Brandt", "Tomasz Wierzbicki", "Person"],
    ["As Okonkwo et al. showed, the effect is small.", "Okonkwo", "Person"],
    ["The bank's Marisol Etxeberria estimates that prices will fall.", "Marisol Etxeberria", "Person"],
    ["Costs fell, said Ingrid Vasquez-Lund, chief economist at a lender.", "Ingrid Vasquez-Lund", "Person"],
    // Organisations: institution heads, appositions, units of a known organisation.
    ["Brightwater Robotics opened a plant in Ohio.", "Brightwater Robotics", "Organization"],
    ["Corvell, a Lisbon start-up that makes sensors, raised money.", "Corvell", "Organization"],
    [
      "The Tromsdal Municipal Science and Technology Bureau approved it.",
      "Tromsdal Municipal Science and Technology Bureau",
      "Organization",
    ],
    ["A paper from Nokia Research described the method.", "Nokia Research", "Organization"],
    // Products: model codes and version numbers.
    ["The Halcyon X7 drone weighs 900 grams.", "Halcyon X7", "Product"],
    ["Buyers preferred the TR-40 over older units.", "TR-40", "Product"],
    ["The board runs Debian on a Pinefield 3 kit.", "Pinefield 3", "Product"],
    // Publications: quoted titles in title case, a title after its author's possessive, standards.
    [
      'The bank published "Copper Without Borders: A Field Guide" last week.',
      "Copper Without Borders: A Field Guide",
      "Publication",
    ],
    ["We re-read Mara Ellison's The Long Thaw of Markets this winter.", "The Long Thaw of Markets", "Publication"],
    ["Packs must pass ISO 26262 before sale.", "ISO 26262", "Publication"],
    ["3. ^ Okafor, Chidi (4 May 2019). Notes on ports.", "Chidi Okafor", "Person"],
    // Places: "-based" before a name, a place before the place it lies in, provinces.
    ["The mill in Dunmore, Ireland closed.", "Dunmore", "Place"],
    ["A Ravensworth-based supplier signed the deal.", "Ravensworth", "Place"],
    ["Output in Sichuan and Yunnan rose.", "Yunnan", "Place"],
  ] as const)("%s → %s", (text, name, type) => {
    const e = find(text, name);
    if (type === undefined) expect(e).toBeUndefined();
    else expect(e?.type).toBe(type);
  });

  it.each([
    // Not names: units after figures, numbered labels, quarters, currency codes.
    ["The plant stores 40 GWh and runs at 12 GHz.", ["GWh", "GHz"]],
    ["See Episode 12 and Table 3 for the Q3 figures.", ["Episode 12", "Table 3", "Q3"]],
    ["The fund raised US$40 million.", ["United States"]],
    ['"We are not worried at all," she said.', ["We are not worried at all"]],
  ] as const)("%s has none of %j", (text, names) => {
    const found = entities(text).flatMap((e) => [e.name, ...e.aliases]);
    for (const n of names) expect(found).not.toContain(n);
  });
});

describe("resolution: one entity per thing", () => {
  it("takes the longer name over a known family name inside it", () => {
    const out = entities("Deng Yuhang, a trader, said prices rose.");
    expect(out.map((e) => e.name)).toContain("Deng Yuhang");
    expect(out.map((e) => e.name)).not.toContain("Deng Xiaoping");
  });

  it("resolves a product's code, said alone, to the full model name", () => {
    const out = entities("The Kestrel K5 ships in May. Reviewers say the K5 runs cool.");
    const k5 = out.filter((e) => e.type === "Product");
    expect(k5).toHaveLength(1);
    expect(k5[0]).toMatchObject({ name: "Kestrel K5", aliases: expect.arrayContaining(["K5"]) });
  });

  it("merges singular and plural, and the hyphenated modifier form, of a technology term", () => {
    const out = entities(
      "A redox battery lasts longer. Redox batteries cost more. A radio electronics firm sells radio-electronics kits.",
    );
    const tech = out.filter((e) => e.type === "Technology").map((e) => e.name);
    expect(tech.filter((n) => /redox batter/.test(n))).toHaveLength(1);
    expect(tech.filter((n) => /radio/.test(n))).toHaveLength(1);
  });

  it("gives a process node its unspaced spelling too", () => {
    expect(find("Fabs moved to 5nm last year.", "5 nm process")?.aliases).toEqual(
      expect.arrayContaining(["5nm", "5nm process"]),
    );
  });

  it("records the rule that found and the rule that typed each entity", () => {
    const e = find("Marrow Optics, a Leeds start-up, makes lenses.", "Marrow Optics")!;
    expect(e.found.map((d) => `${d.stage}:${d.rule}`)).toEqual([
      "names:capitalised-run",
      "resolution:company-apposition",
    ]);
    const t = find("Plants use nanoimprint lithography today.", "nanoimprint lithography")!;
    expect(t.found[0]).toMatchObject({ stage: "names" });
    expect(t.found.every((d) => d.why.length > 0)).toBe(true);
  });
});

describe("name shapes", () => {
  it.each([
    ["Jianguo", true],
    ["Meiling", true],
    ["Auto", false],
    ["Street", false],
  ] as const)("pinyin %s → %s", (w, ok) => expect(isPinyin(w)).toBe(ok));

  it.each([
    [["Gao", "Shuyan"], true],
    [["Li", "Auto"], false],
    [["Long", "March"], false],
  ] as const)("Chinese name %j → %s", (words, ok) => expect(isChineseName(words)).toBe(ok));

  it.each([
    ["LX-9", true],
    ["C920", true],
    ["Q3", false],
    ["G20", false],
    ["COVID-19", false],
    ["T7-based", false],
  ] as const)("model code %s → %s", (w, ok) => expect(isModelCode(w)).toBe(ok));
});

describe("rule lists", () => {
  it.each([
    ["context", NAME_CONTEXT_RULES],
    ["shape", NAME_SHAPE_RULES],
    ["technology terms", TECHNOLOGY_TERM_RULES],
    ["finders", NAME_FINDERS],
  ] as const)("%s rules have unique ids", (_, rules) => expect(duplicateIds(rules)).toEqual([]));
});
