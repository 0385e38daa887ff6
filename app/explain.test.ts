// `claimgraph explain`: the explanation of a hand-made extraction, of the real extractor on texts
// written for this test, and the CLI on temporary files. The texts are invented here.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { Document } from "../ingest/document.ts";
import { createExtractor } from "../ingest/extract.ts";
import type { Extraction } from "../ingest/extraction.ts";
import { explainExtraction, formatExplanation, shorten, type Explanation } from "./explain.ts";

const doc = (text: string, format: Document["format"] = "text"): Document => ({
  uri: "notes.txt",
  location: "/tmp/notes.txt",
  title: "Harbour notes",
  text,
  format,
});

describe("explainExtraction on a hand-made extraction", () => {
  const text = [
    "Harbour notes",
    "",
    "The Lumen Foundation opened a clinic in Ghent in 2019. Rain fell all week.",
    "According to Dr. Amara Osei, the clinic treats 300 patients a week.",
  ].join("\n");
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const opened = "The Lumen Foundation opened a clinic in Ghent in 2019.";
  const treats = "According to Dr. Amara Osei, the clinic treats 300 patients a week.";
  const extraction: Extraction = {
    entities: [
      {
        name: "Lumen Foundation",
        type: "Organization",
        aliases: ["Lumen"],
        resolution: ["Lumen: the first word of Lumen Foundation"],
        found: [{ stage: "names", rule: "org-head", why: 'ends in the organisation head "Foundation"' }],
      },
      { name: "Ghent", type: "Place", aliases: [], resolution: [], found: [] },
      {
        name: "Amara Osei",
        type: "Person",
        aliases: [],
        resolution: [],
        found: [{ stage: "names", rule: "title", why: 'after the title "Dr."' }],
      },
    ],
    mentions: [
      { ...at("Lumen Foundation"), surface: "Lumen Foundation", entity: "Lumen Foundation" },
      { ...at("Ghent"), surface: "Ghent", entity: "Ghent" },
      { ...at("Amara Osei"), surface: "Amara Osei", entity: "Amara Osei" },
    ],
    claims: [
      {
        ...at(treats),
        quote: treats,
        about: ["Lumen Foundation"],
        attributedTo: "Amara Osei",
        numbers: ["300"],
        quantities: [{ text: "300", value: 300 }],
        hedged: false,
        confidence: 0.9,
        why: [
          { stage: "claims", rule: "assertion", why: "a clause with a predicate" },
          { stage: "about", rule: "topic-carries", why: "the clinic of the sentence before" },
          { stage: "attribution", rule: "according-to", why: '"According to" names the source' },
        ],
      },
      {
        ...at(opened),
        quote: opened,
        about: ["Lumen Foundation", "Ghent"],
        numbers: ["2019"],
        quantities: [{ text: "2019", value: 2019 }],
        hedged: false,
        confidence: 0.9,
        why: [{ stage: "claims", rule: "assertion", why: "a clause with a predicate" }],
      },
    ],
    citations: [],
    rejected: [
      {
        ...at("Harbour notes"),
        text: "Harbour notes",
        decision: { stage: "claims", rule: "heading", why: "a heading, not a sentence" },
      },
    ],
  };
  const e = explainExtraction(doc(text), extraction);

  it("lists claims, rejections and sentences no rule decided, in document order with their lines", () => {
    expect(e.spans.map((s) => [s.line, s.verdict, s.text])).toEqual([
      [1, "rejected", "Harbour notes"],
      [3, "claim", opened],
      [3, "undecided", "Rain fell all week."],
      [4, "claim", treats],
    ]);
    for (const s of e.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(e.counts).toEqual({ claims: 2, rejected: 1, undecided: 1, entities: 3, attributions: 1 });
  });

  it("gives each attribution its cue, and each entity its mentions and the rules that found it", () => {
    expect(e.attributions).toEqual([
      {
        line: 4,
        text: treats,
        source: "Amara Osei",
        cue: [{ stage: "attribution", rule: "according-to", why: '"According to" names the source' }],
      },
    ]);
    expect(e.entities.map((n) => [n.name, n.mentions, n.found.map((d) => d.rule)])).toEqual([
      ["Lumen Foundation", 1, ["org-head"]],
      ["Ghent", 1, []],
      ["Amara Osei", 1, ["title"]],
    ]);
  });

  it("prints one line per claim or rejection with its rule and reason, then entities and attributions", () => {
    const report = formatExplanation(e).split("\n");
    expect(report).toContain('  1  REJECT  claims · heading: a heading, not a sentence  "Harbour notes"');
    expect(report).toContain(`  3  CLAIM   claims · assertion: a clause with a predicate  "${opened}"`);
    expect(report).toContain('  3    ?     no rule recorded a decision  "Rain fell all week."');
    const claimLine = report.findIndex((l) => l.includes(`"${treats}"`));
    expect(report.slice(claimLine + 1, claimLine + 5).map((l) => l.trim())).toEqual([
      "about · topic-carries: the clinic of the sentence before",
      'attribution · according-to: "According to" names the source',
      "about: Lumen Foundation",
      "attributed to: Amara Osei",
    ]);
    const entities = report.indexOf("Entities (3)");
    expect(report.slice(entities + 1, entities + 5).map((l) => l.trim())).toEqual([
      "Lumen Foundation (Organization), 1 mention",
      "also named: Lumen",
      'found by names · org-head: ends in the organisation head "Foundation"',
      "resolved: Lumen: the first word of Lumen Foundation",
    ]);
    expect(report).toContain("      found by: no rule recorded");
    expect(report.slice(report.indexOf("Attributions (1)") + 1).map((l) => l.trim())).toEqual([
      `4  Amara Osei ← "${treats}"`,
      'cue: attribution · according-to: "According to" names the source',
    ]);
  });
});

describe("shorten", () => {
  it("keeps text on one line, cut with an ellipsis, without control characters", () => {
    expect(shorten("a\n  b\tc")).toBe("a b c");
    expect(shorten("x".repeat(100), 20)).toBe(`${"x".repeat(19)}…`);
    expect(shorten("red \u001b[31malert\u001b[0m")).toBe("red [31malert[0m");
  });
});

describe("explainExtraction with the real extractor", () => {
  const extract = createExtractor([
    { name: "World Meteorological Organization", type: "Organization", aliases: ["WMO"] },
    { name: "Chile", type: "Place", aliases: [] },
  ]);
  const text = [
    "# Dry years on the coast",
    "",
    "According to the World Meteorological Organization, rainfall in Chile fell by 30% between 2010 and 2020.",
    "",
    "Hmm.",
    "",
    "The WMO counted 41 weather stations in Chile that recorded their driest decade.",
  ].join("\n");
  const e: Explanation = explainExtraction(doc(text, "markdown"), extract(doc(text, "markdown")));

  it("accounts for every sentence, each claim and rejection with the rule that decided it", () => {
    expect(e.spans.length).toBeGreaterThanOrEqual(4);
    expect(e.spans.map((s) => s.start)).toEqual([...e.spans.map((s) => s.start)].sort((a, b) => a - b));
    for (const s of e.spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      if (s.verdict === "undecided") continue;
      expect(s.decisions.length, s.text).toBeGreaterThan(0);
      for (const d of s.decisions) expect(d.rule && d.why, s.text).toBeTruthy();
    }
    const claims = e.spans.filter((s) => s.verdict === "claim");
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) expect(c.decisions.some((d) => d.stage === "claims")).toBe(true);
    expect(e.spans.find((s) => s.text === "Hmm.")?.verdict).toBe("rejected");
  });

  it("credits the attribution to its source with the cue that named it", () => {
    const rainfall = e.attributions.find((a) => a.text.startsWith("According to"));
    expect(rainfall?.source).toBe("World Meteorological Organization");
    expect(rainfall?.cue.length).toBeGreaterThan(0);
    expect(rainfall?.cue.every((d) => d.stage === "attribution")).toBe(true);
    expect(e.entities.find((n) => n.name === "Chile")?.mentions).toBe(2);
  });
});

describe("claimgraph explain (the CLI)", () => {
  const dir = mkdtempSync(join(tmpdir(), "explain-cli-"));
  const run = async (...args: string[]) =>
    (await promisify(execFile)(process.execPath, ["bin/claimgraph.js", "explain", ...args])).stdout;

  it("explains a Markdown file as a report, and as JSON with --json", async () => {
    const file = join(dir, "coast.md");
    writeFileSync(
      file,
      "# Ferry routes\n\nAccording to the International Maritime Organization, ferry traffic in Norway rose by 12% in 2023.\n\nOk.\n",
    );
    const report = await run(file);
    expect(report).toMatch(/^\s+3 {2}CLAIM {3}[a-z]+ · [\w-]+: .+ {2}"According to the International Maritime/m);
    expect(report).toMatch(/^\s+5 {2}REJECT {2}[a-z]+ · [\w-]+: .+ {2}"Ok\."$/m);
    expect(report).toMatch(/^Entities \(\d+\)$/m);
    expect(report).toMatch(/^Attributions \(\d+\)$/m);
    const json = JSON.parse(await run(file, "--json")) as Explanation;
    expect(json.counts.claims).toBe(json.spans.filter((s) => s.verdict === "claim").length);
    const ok = json.spans.find((s) => s.text === "Ok.");
    expect([ok?.verdict, ok?.decisions.length]).toEqual(["rejected", 1]);
  });

  it("explains an HTML page through the document loader", async () => {
    const file = join(dir, "page.html");
    writeFileSync(
      file,
      "<html><head><title>Rail news</title></head><body><article><h1>Rail news</h1>" +
        "<p>The European Investment Bank lent 200 million euros to rail projects in Portugal in 2022.</p>" +
        "<p>Trains in Portugal carried 180 million passengers that year, the operator said.</p></article></body></html>",
    );
    const json = JSON.parse(await run(file, "--json")) as Explanation;
    expect(json.title).toBe("Rail news");
    expect(json.spans.some((s) => s.verdict === "claim" && s.text.includes("200 million euros"))).toBe(true);
  });

  it("says which file it could not read", async () => {
    await expect(run(join(dir, "missing.txt"))).rejects.toThrow(/missing\.txt/);
  });
});
