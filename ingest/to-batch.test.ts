import { describe, expect, it } from "vitest";
import { createExtractor } from "./extract.ts";
import { toGraphBatch } from "./to-batch.ts";
import type { Document } from "./document.ts";

const extract = createExtractor([
  { name: "Acme Robotics", type: "Organization", aliases: ["Acme"] },
  { name: "Norway", type: "Place", aliases: [] },
]);
const doc = (text: string): Document => ({ uri: "x.txt", location: "/tmp/x.txt", title: "x", text, format: "text" });

describe("toGraphBatch", () => {
  const text =
    "Acme opened a lab in Norway in 2021. Nothing here. Acme Robotics hired 300 people.\nAcme opened a lab in Norway in 2021.";
  const batch = toGraphBatch(doc(text), extract(doc(text)));

  it("makes one entity per catalogue entry, with the surface forms seen as aliases", () => {
    expect(batch.entities.map((e) => [e.name, e.aliases])).toEqual([
      ["Acme Robotics", ["Acme"]],
      ["Norway", []],
    ]);
  });

  it("makes one claim node for a sentence stated twice, with two exact STATED_IN spans", () => {
    expect(batch.claims).toHaveLength(2);
    const repeated = batch.statedIn.filter((s) => s.quote === "Acme opened a lab in Norway in 2021.");
    expect(repeated).toHaveLength(2);
    for (const s of batch.statedIn) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it("gives the same ids on every run", () => {
    expect(toGraphBatch(doc(text), extract(doc(text)))).toEqual(batch);
  });

  it("gives each claim node the decisions that made it, one line each", () => {
    for (const c of batch.claims) {
      expect(c.why?.length).toBeGreaterThan(0);
      expect(
        c.why!.filter((w) => /^claims · [\w-]+: \S/.test(w)),
        c.text,
      ).not.toEqual([]);
    }
  });

  it("counts mentions with their spans", () => {
    const acme = batch.mentions.find((m) => m.entityId === batch.entities[0]!.id)!;
    expect(acme.count).toBe(3);
    expect(acme.spans).toHaveLength(6);
  });
});
