import { describe, expect, it } from "vitest";
import { createGazetteer } from "./gazetteer.ts";

const gazetteer = createGazetteer([
  { name: "Acme Robotics", type: "Organization", aliases: ["Acme", "AR"] },
  { name: "Zürich", type: "Place", aliases: [] },
  { name: "electric vehicles", type: "Technology", aliases: ["EVs"] },
]);

describe("createGazetteer", () => {
  it("finds names and aliases on word boundaries, longest first", () => {
    const text = "Acme Robotics (AR) said Acme's lab in Zürich grew; ARM and Acmeville did not.";
    const got = gazetteer.match(text).map((m) => [m.surface, m.entry.name, text.slice(m.start, m.end)]);
    expect(got).toEqual([
      ["Acme Robotics", "Acme Robotics", "Acme Robotics"],
      ["AR", "Acme Robotics", "AR"],
      ["Acme", "Acme Robotics", "Acme"],
      ["Zürich", "Zürich", "Zürich"],
    ]);
  });

  it("is case-sensitive for names, so acronyms do not match ordinary words", () => {
    expect(gazetteer.match("the ar in car and acme")).toEqual([]);
  });

  it("matches lower-case terms in any case and number, but not inside a capitalised name", () => {
    const text = "a fleet of Electric vehicles; the Electric Vehicles Trust.";
    expect(gazetteer.match(text).map((m) => m.surface)).toEqual(["Electric vehicles"]);
  });
});
