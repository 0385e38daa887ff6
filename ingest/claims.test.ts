// The claims stage on its own: which stretches of text are claims, which rule decided, and where a
// sentence is cut. Texts written for these tests.
import { describe, expect, it } from "vitest";
import { appositions } from "./appositions.ts";
import { claimUnits, hasPredicate, REJECTION_RULES, rejection } from "./claims.ts";
import type { Rejection } from "./extraction.ts";
import { duplicateIds } from "./rules.ts";
import { sentences } from "./segment.ts";

const units = (text: string) => {
  const rejected: Rejection[] = [];
  const out = claimUnits(text, sentences(text), () => false, rejected);
  return {
    claims: out.map((u) => [u.text, u.decision.rule]),
    rejected: rejected.map((r) => [r.text, r.decision.rule]),
  };
};

describe("claim rules", () => {
  it("has unique rule ids", () => {
    expect(duplicateIds(REJECTION_RULES)).toEqual([]);
  });

  it.each([
    ["Will the mine reopen next year?", "question"],
    ["Whether the mine reopens is unclear.", "question"],
    ["Keywords: copper; smelting; tariffs", "furniture"],
    ["Reporting by Jo Bell in Lima; Editing by Ann Roe", "furniture"],
    ["Home | News | Sport | Weather | Contact", "navigation"],
    ["tobyk 41 points 3 hours ago", "post-metadata"],
    ["Replying to @minewatch", "post-metadata"],
    ["I think the smelter in Peru is badly run.", "first-person-stance"],
    ["We believe the coming years belong to nickel.", "first-person-stance"],
    ["Love how the ministry spins every delay.", "first-person-stance"],
    ["My honest take: the port was a mistake.", "first-person-stance"],
    ["Now I am happy to answer questions.", "first-person-stance"],
    ["It seems the ministry has given up on the port.", "impression"],
    ["In other words, the port was never needed.", "reformulation"],
    ["Remember the promises made about the port.", "to-the-reader"],
    ["You should read the full report first.", "to-the-reader"],
    ["If the port opens, exports will double.", "condition"],
    ["The company declined to comment on the port.", "no-comment"],
    ["Copper, lithium, solar power—", "unfinished"],
    ["The whole plan is ridiculous and everyone knows it.", "evaluative"],
    ["What a week for the miners!", "evaluative"],
    ["The port might open next spring.", "speculation"],
    ["⁴ Port authority annual report (2023 edition).", "reference"],
    ["($1 = 3.75 soles)", "exchange-rate"],
    ["Smelters that use solar power", "label"],
    ["Mar 04, 2025, 09:15 PET", "timestamp"],
    ["Next, we will keep improving the port.", "speculation"],
  ])("rejects %j by %s", (text, rule) => {
    expect(rejection(text)?.id).toBe(rule);
  });

  it.each([
    "The port of Callao handled 2.8 million containers in 2023.",
    "The port might handle 4 million containers by 2027.",
    "Officials said the port should open in May.",
    "You can now buy Peruvian copper futures in Lima.",
    "I am the chief engineer of the Callao port.",
    "The controller runs on a small chip from a local supplier.",
    "3^5 = 243, so 13 of the 256 codes go unused.",
    "The miners’ union struck for 12 days, and the owners gave in.",
  ])("keeps %j", (text) => {
    expect(rejection(text)).toBeUndefined();
  });

  it.each([
    ["Sales rose 5% in 2023, while costs fell 3%.", ["Sales rose 5% in 2023", "costs fell 3%."]],
    [
      "We shipped 40 trucks in May, and most of them went to Chile.",
      ["We shipped 40 trucks in May", "most of them went to Chile."],
    ],
    ["The firm grew and hired staff in 2023.", ["The firm grew and hired staff in 2023."]],
    [
      "The new design moves the motors into the base, which cuts the part count by 30%.",
      ["The new design moves the motors into the base", "which cuts the part count by 30%."],
    ],
    ["The board met twice, and it approved the plan.", ["The board met twice, and it approved the plan."]],
  ])("cuts %j into its clauses", (text, parts) => {
    expect(units(text).claims.map(([t]) => t)).toEqual(parts);
  });

  it("records the rule that accepted or rejected each stretch", () => {
    const text = "Founded: 2009\nHeadquarters: Lima, Peru\n\nWhy does it matter?\n\nThe port handled 3 million boxes.";
    const got = units(text);
    expect(got.claims).toEqual([
      ["Founded: 2009", "fact-line"],
      ["Headquarters: Lima, Peru", "fact-line"],
      ["The port handled 3 million boxes.", "assertion"],
    ]);
    expect(got.rejected).toEqual([["Why does it matter?", "question"]]);
  });

  it("leaves a transcript's speaker label out of the claim, and a stage direction apart", () => {
    const text = "ANA ROE: We sold 3,000 units last year. [laughs] I hope the board is listening.";
    expect(units(text).claims.map(([t]) => t)).toEqual(["We sold 3,000 units last year."]);
  });

  it("rejects a reply's quotation of an earlier post", () => {
    const text = "The mine ships 40 tonnes a day.\n> The mine ships 40 tonnes a day\nThat is about right.";
    expect(units(text).rejected.map(([, r]) => r)).toContain("quoted-reply");
  });

  it("joins lines of text hard-wrapped at a fixed width", () => {
    const line = "The port of Callao handled a record number of containers in the year to";
    const text = Array.from({ length: 10 }, () => line).join("\n") + "\nMarch 2024, officials said.";
    expect(sentences(text)).toHaveLength(1);
  });

  it("reads a verb by its place when the lexicon knows only the noun", () => {
    expect(hasPredicate("The controller runs on a small chip.")).toBe(true);
    expect(hasPredicate("Quantum effects break transistors")).toBe(true);
    expect(hasPredicate("Copper exports from Peru")).toBe(false);
  });
});

describe("appositions", () => {
  const verb = (t: string) => /\b(?:is|are|was|were|delivers|said)\b/.test(t);
  const of = (text: string) =>
    appositions(text, { start: 0, end: text.length }, verb).map((s) => text.slice(s.start, s.end));
  it.each([
    ["Nuria Paz, an analyst at Andes Capital, expects copper to rise 8%.", ["Nuria Paz, an analyst at Andes Capital"]],
    [
      "Cobrex Mining, a Lima start-up that recycles tailings, raised $40 million.",
      ["Cobrex Mining, a Lima start-up that recycles tailings"],
    ],
    ["Shares of Minera Sur, which listed in 2019, fell 4%.", ["Minera Sur, which listed in 2019"]],
    ["The deal was signed by chief executive Tomas Vidal on Friday.", ["chief executive Tomas Vidal"]],
    ["Its founder, Rosa Quispe, left in 2022.", ["Its founder, Rosa Quispe"]],
    ["Prices rose on Friday, the ministry said.", []],
    ["Peru and Chile, which lead the world, met in May.", []],
    ["Tested at 60 GHz, the filter passes 37 dBm.", []],
  ])("finds the appositions of %j", (text, expected) => {
    expect(of(text)).toEqual(expected);
  });
});
