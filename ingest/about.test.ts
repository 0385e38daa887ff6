// The about stage: which entities a claim is about, and which rule chose each. Texts written for these tests.
import { describe, expect, it } from "vitest";
import { ABOUT_RULES } from "./about.ts";
import type { Document } from "./document.ts";
import { createExtractor } from "./extract.ts";
import { duplicateIds } from "./rules.ts";

const extract = createExtractor([]);
const doc = (text: string): Document => ({ uri: "t.txt", location: "/t.txt", title: "t", text, format: "text" });
const claimWith = (text: string, words: string) => extract(doc(text)).claims.find((c) => c.quote.includes(words));

describe("about rules", () => {
  it("has unique rule ids", () => {
    expect(duplicateIds(ABOUT_RULES)).toEqual([]);
  });

  it.each([
    // named in the clause
    ["Chile sold 5 million bottles of wine to Japan in 2023.", "5 million", ["Chile", "Japan"], "named"],
    // a person who speaks is the source, not the subject
    ["Nuria Paz said Chile sold 5 million bottles of wine in 2023.", "5 million", ["Chile"], "named"],
    // a currency sign is no country
    ["Peru raised US$2 billion from bonds in 2023.", "US$2", ["Peru"], "named"],
    // a pronoun carries the subject of the claim before
    [
      "Chile opened a port in Japan in 2021. It handled 3 million boxes in 2023.",
      "3 million",
      ["Chile"],
      "topic-carry",
    ],
    // he or she: the last person named
    [
      "Tomas Vidal ran the mine for a decade. He doubled its output to 4 million tonnes.",
      "doubled",
      ["Tomas Vidal"],
      "pronoun-person",
    ],
  ])("in %j the claim with %j is about %j (rule %s)", (text, words, about, rule) => {
    const c = claimWith(text, words)!;
    expect([...c.about].sort()).toEqual([...about].sort());
    expect(c.why.filter((d) => d.stage === "about").map((d) => d.rule)).toContain(rule);
  });

  it("makes list items about what the lead-in names", () => {
    const text = "Chile's exporters did well:\n- Raised sales by 12%\n- Doubled shipments in 2023";
    const c = claimWith(text, "Doubled")!;
    expect(c.about).toEqual(["Chile"]);
    expect(c.why.map((d) => d.rule)).toContain("list-lead");
  });

  it("reads 'the company' as the company the text has named most", () => {
    const text =
      "Cobrex Mining sold copper in Chile. Cobrex Mining hired staff. Andes Capital declined to say more. The company opened a lab in Peru in 2024.";
    expect(claimWith(text, "opened a lab")?.about).toContain("Cobrex Mining");
  });
});
