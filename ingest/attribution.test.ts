// Attribution cues, one row each, on sentences written for these tests: [text, words of the claim,
// whom it is credited to (undefined: nobody), the rule that decides].
import { describe, expect, it } from "vitest";
import { createAttributor, CUE_RULES, EXPLICIT_RULES, LAYOUT_RULES } from "./attribution.ts";
import type { FoundEntity, FoundMention } from "./entities.ts";
import { analyzeStructure } from "./structure.ts";
import type { Document } from "./document.ts";
import { createExtractor } from "./extract.ts";
import { duplicateIds } from "./rules.ts";

const extract = createExtractor([]);
const doc = (text: string): Document => ({ uri: "t.txt", location: "/t.txt", title: "t", text, format: "text" });
function credit(text: string, words: string): [string | undefined, string | undefined] {
  // The sentence's claim, not an apposition beside it: the longest claim holding the words.
  const c = extract(doc(text))
    .claims.filter((c) => c.quote.includes(words))
    .sort((a, b) => b.quote.length - a.quote.length)[0];
  if (!c) return ["(no claim)", undefined];
  return [c.attributedTo, c.why.find((d) => d.stage === "attribution")?.rule];
}

describe("attribution", () => {
  it("has unique rule ids in every list", () => {
    for (const list of [CUE_RULES, EXPLICIT_RULES, LAYOUT_RULES]) expect(duplicateIds(list)).toEqual([]);
  });

  it.each([
    [
      "according to",
      "Ghana exported 800,000 tonnes of cocoa, according to Harbourview Research.",
      "800,000",
      "Harbourview Research",
      "source-phrase",
    ],
    [
      "per X's figures",
      "Per Kestrel Analytics Group's figures, Chile mined 5 million tonnes of copper.",
      "5 million",
      "Kestrel Analytics Group",
      "source-phrase",
    ],
    [
      "by X's count",
      "By the Lowy Research Centre's count, Peru has 40 active mines.",
      "40 active",
      "Lowy Research Centre",
      "source-phrase",
    ],
    [
      "as noted by the firm",
      "Brightwater Consulting tracks ports. Busan handled 23 million containers, as noted by the consulting firm.",
      "Busan",
      "Brightwater Consulting",
      "source-phrase-described",
    ],
    [
      "this comes from X",
      "The count of 412 vessels in Busan comes from Harbourview Research.",
      "412 vessels",
      "Harbourview Research",
      "source-phrase",
    ],
    [
      "X said",
      "Maria Okonkwo said Nigeria doubled its solar capacity in 2023.",
      "Nigeria",
      "Maria Okonkwo",
      "speaker-says",
    ],
    [
      "X told Y (X, not Y)",
      "Ana Ruiz told Reuters that Chile will build 3 new smelters.",
      "smelters",
      "Ana Ruiz",
      "speaker-says",
    ],
    [
      "in a statement, X said",
      "In a statement, Velmora Threads said sales in Peru rose 12%.",
      "Peru",
      "Velmora Threads",
      "speaker-says",
    ],
    [
      "X estimates",
      "Quill Harbor estimates that Kenya will install 2 GW of wind in 2026.",
      "Kenya",
      "Quill Harbor",
      "speaker-says",
    ],
    [
      "X described ... as",
      'Ana Ruiz described the Chilean mine as "the largest in South America".',
      "mine",
      "Ana Ruiz",
      "speaker-says",
    ],
    [
      "X, apposition, replied",
      "Tomas Berg, a trader in Oslo, replied that Norway sold 30% more salmon.",
      "salmon",
      "Tomas Berg",
      "speaker-says",
    ],
    ["X et al.", "Okafor et al. reported a 14% gain in solar cell efficiency in Lagos.", "14%", "Okafor", "et-al"],
    [
      "X's report shows",
      "Kestrel Analytics Group's latest report shows Chile mined 5 million tonnes.",
      "Chile",
      "Kestrel Analytics Group",
      "work-of-speaker",
    ],
    [
      "said X, postposed",
      '"Copper demand doubled in Chile," said Dr. Ana Ruiz, an economist at Quill Harbor.',
      "Copper demand",
      "Ana Ruiz",
      "said-speaker",
    ],
    [
      "the company said, postposed",
      "Kestrel Analytics Group opened a plant in Lima. Sales in Peru rose 9%, the company said.",
      "Sales in Peru",
      "Kestrel Analytics Group",
      "described-speaker-says",
    ],
    [
      "the institute says",
      "The Lagos Solar Institute trains engineers. The institute says Nigeria added 1 GW in 2023.",
      "1 GW",
      "Lagos Solar Institute",
      "described-speaker-says",
    ],
    [
      "she said",
      "Ana Ruiz runs a mine in Chile. Copper output rose 7% in 2023, she said.",
      "Copper output",
      "Ana Ruiz",
      "pronoun-says",
    ],
    [
      "X's spokesperson said",
      "Kestrel Analytics Group's spokesperson said sales in Peru rose 9%.",
      "Peru",
      "Kestrel Analytics Group",
      "speaker-says",
    ],
    [
      "a spokesman for X said",
      "A spokesman for Kestrel Analytics Group said sales in Peru rose 9%.",
      "Peru",
      "Kestrel Analytics Group",
      "speaker-says",
    ],
    [
      "X data show",
      "Harbourview Research data show Peru exported 2 million tonnes of copper.",
      "Peru",
      "Harbourview Research",
      "work-of-speaker",
    ],
    [
      "X's chief executive, Y, said (Y, not X)",
      "Kestrel Analytics Group's chief executive, Ana Ruiz, said Peru exported 2 million tonnes.",
      "Peru exported",
      "Ana Ruiz",
      "speaker-says",
    ],
    [
      "unnamed sources",
      "Velmora Threads will close 12 stores in Peru, sources close to the company said.",
      "12 stores",
      undefined,
      undefined,
    ],
    [
      "documents obtained by an outlet",
      "Velmora Threads lost 4 million dollars in Peru, according to documents obtained by AFP.",
      "4 million",
      undefined,
      undefined,
    ],
    [
      "a source in brackets closing a line",
      "- 2.3 GW: wind capacity added in Kenya in 2023 (Quill Harbor Research)",
      "2.3 GW",
      "Quill Harbor Research",
      "bracketed-source",
    ],
  ])("reads %s", (_, text, words, who, rule) => {
    const [got, gotRule] = credit(text, words);
    expect(got).toBe(who);
    if (rule) expect(gotRule === rule || gotRule === "cue-in-clause" || gotRule === "cue-postposed").toBe(true);
  });

  it("carries the speaker into the clauses after it, and not into a relative clause on the object", () => {
    const text =
      "Ana Ruiz said Chile mined 5 million tonnes in 2023, and that Peru mined 2 million tonnes, which made it second.";
    expect(credit(text, "Peru mined")[0]).toBe("Ana Ruiz");
    expect(credit(text, "made it second")[0]).toBe("Ana Ruiz");
  });

  it("credits the speaker's own role apposition to nobody in a news report", () => {
    const text = "Ana Ruiz, an economist at Quill Harbor, said Chile mined 5 million tonnes of copper in 2023.";
    const claims = extract(doc(text)).claims;
    const apposition = claims.find((c) => c.quote.startsWith("Ana Ruiz, an economist") && !c.quote.includes("mined"));
    if (apposition) expect(apposition.attributedTo).toBeUndefined();
    expect(credit(text, "mined 5 million")[0]).toBe("Ana Ruiz");
  });

  it("credits a footnote's source", () => {
    const text = [
      "Singapore added 300 berths in 2023.¹",
      "",
      "______",
      "¹ Iberian Ports Council, Annual Review 2023.",
    ].join("\n");
    expect(credit(text, "added 300 berths")).toEqual(["Iberian Ports Council", "footnote"]);
  });

  it("credits a table's rows to the source its 'Source:' line names", () => {
    const text = [
      "Port  Berths  Share",
      "Shanghai  300  40%",
      "Singapore  450  60%",
      "Source: Iberian Ports Council; counts for 2023.",
    ].join("\n");
    const council: FoundEntity = {
      name: "Iberian Ports Council",
      type: "Organization",
      aliases: [],
      notes: [],
      found: [],
    };
    const at = text.indexOf("Iberian");
    const mentions: FoundMention[] = [
      { start: at, end: at + council.name.length, surface: council.name, entity: council },
    ];
    const attribute = createAttributor({ text, mentions, structure: analyzeStructure(text) });
    const row = { start: text.indexOf("Singapore"), end: text.indexOf("60%") + 3 };
    expect(attribute(row, row)).toMatchObject({ entity: council, rule: "table-source" });
  });

  it("lets a named source inside a comment win over the comment's author", () => {
    const text = [
      "harbor_rat 26 points 5 hours ago | next [–]",
      "",
      "Shanghai moved 47 million containers last year, according to Harbourview Research.",
      "",
      "kelpie 7 points 2 hours ago | parent | next [–]",
      "",
      "Singapore moved 39 million containers in 2023.",
    ].join("\n");
    expect(credit(text, "Shanghai moved")[0]).toBe("Harbourview Research");
    expect(credit(text, "Singapore moved")).toEqual(["kelpie", "forum-comment"]);
  });
});
