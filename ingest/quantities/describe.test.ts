// What each amount measures and whom it is about, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import type { Quantity } from "../../graph/model.ts";
import { describeQuantities } from "./describe.ts";

/** The quantities of a sentence whose entity names are given (each found at its first occurrence). */
function quantities(text: string, ...entities: string[]): Quantity[] {
  const names = entities.map((entity) => {
    const start = text.indexOf(entity);
    if (start < 0) throw new Error(`${entity} is not in: ${text}`);
    return { start, end: start + entity.length, entity };
  });
  return describeQuantities({ text, names, about: entities });
}
/** The measure of the sentence's last amount. */
const measureOf = (text: string, ...entities: string[]) => quantities(text, ...entities).at(-1)?.measure;

describe("measure", () => {
  it.each([
    ["Revenue rose 38% in the spring.", "revenue"],
    ["Dallmoor's revenue rose 38%.", "revenue"],
    ["Dallmoor reported revenue growth of 38%.", "revenue"],
    ["This is an increase of $40 million over last year.", undefined],
    ["The lab reported a training cost of $5.6 million.", "training cost"],
    ["The model cost $5.6 million to train.", "training cost"],
    ["Kessling employs 3,100 people.", "employee"],
    ["Kessling has 3,100 employees.", "employee"],
    ["Kessling's headcount reached 3,100.", "employee"],
    ["The site has a capacity of 4.2 GWh.", "capacity"],
    ["The Q7 accelerator runs at 512 trillion operations per second.", "operations per second"],
    ["Pruvia holds a market share of 12%.", "market share"],
    ["Pruvia has a 12% market share.", "market share"],
    ["Pruvia controls 12% of the market.", "market share"],
    ["Pruvia booked $2 billion in revenue.", "revenue"],
    ["Pruvia booked $2 billion of revenue.", "revenue"],
    ["Pruvia posted a 38% increase in sales.", "sales"],
    ["Pruvia sold 3 million handsets.", "sales"],
    ["Pruvia spent $4 billion on research.", "spending"],
    ["Pruvia produced 3 million tonnes of copper.", "production"],
    ["Pruvia raised $50 million from investors.", "funding"],
    ["Pruvia was valued at $12 billion.", "valuation"],
    ["Annual turnover at Pruvia Mining was 3%.", "turnover"],
    ["Average occupancy at the 40 hotels in the survey fell to 71%.", "average occupancy"],
    ["Ticket prices quoted to foreign visitors fell by 10%.", "ticket price"],
    ["The sales of its older tractors fell 12%.", "sales"],
    ["Orsay's total annual revenues of $9 billion beat forecasts.", "revenue"],
    ["Tolland is the world's third-largest shipbuilder.", "shipbuilder"],
    ["Tolland ranked third among shipbuilders.", "shipbuilder"],
    ["Tolland makes the fastest trains in Europe.", "fastest train"],
  ] as [string, string | undefined][])("%s -> %s", (text, measure) => {
    const named = ["Dallmoor", "Kessling", "Pruvia", "Orsay", "Tolland"].filter((n) => text.includes(n));
    expect(measureOf(text, ...named)).toBe(measure);
  });

  it.each([
    "The company opened 12 factories in 2020.",
    "In 90% of cases the test passed.",
    "It was 12 degrees warmer.",
    "The firm grew 20% last year.",
    "Founded in 1998, it has grown since.",
    "He waited 3 hours at the gate.",
    "The team of 30 people shipped it.",
    "Clinics in 12% of the towns closed.",
  ])("names no measure in: %s", (text) => {
    expect(quantities(text).every((q) => q.measure === undefined)).toBe(true);
  });

  it("gives a falling amount a negative value, and a level reached by falling a positive one", () => {
    expect(quantities("Profit fell 12% last year.")[0]).toMatchObject({ value: -12, measure: "profit" });
    expect(quantities("Profit dropped by 15–20%.").map((q) => q.value)).toEqual([-15, -20]);
    expect(quantities("A 7% decline in exports followed.")[0]).toMatchObject({ value: -7, measure: "exports" });
    expect(quantities("Profit fell to 12% of sales.")[0]).toMatchObject({ value: 12 });
  });

  it("carries a measure along a chain of amounts", () => {
    const [a, b] = quantities("Sales rose from $3bn in 2022 to $4.1bn.").filter((q) => q.kind !== "year");
    expect([a!.measure, b!.measure]).toEqual(["sales", "sales"]);
    const [c, d] = quantities("It raised 2.1 billion yuan ($290 million) in new funding.");
    expect([c!.measure, d!.measure]).toEqual(["funding", "funding"]);
    expect(quantities("Capacity reached 90 GW, up 14% on the year.").map((q) => q.measure)).toEqual([
      "capacity",
      "capacity",
    ]);
    // Two things counted: two measures.
    expect(quantities("Bramwell has 40 stores and 900 employees.", "Bramwell").map((q) => q.measure)).toEqual([
      "store",
      "employee",
    ]);
  });
});

describe("about", () => {
  it("is the subject of the clause, not a place or a name after a preposition", () => {
    expect(quantities("Korvan sold 3 million cars in Peru.", "Korvan", "Peru")[0]!.about).toBe("Korvan");
    expect(quantities("In Peru, Korvan sold 3 million cars.", "Peru", "Korvan")[0]!.about).toBe("Korvan");
    expect(quantities("Korvan beat Lestra with sales of 3 million cars.", "Korvan", "Lestra")[0]!.about).toBe("Korvan");
  });

  it("is the owner of the measure", () => {
    expect(quantities("Unlike Lestra, Korvan's revenue rose 38%.", "Lestra", "Korvan")[0]!.about).toBe("Korvan");
    expect(quantities("Revenue at Korvan rose 38%, Lestra said.", "Korvan", "Lestra")[0]!.about).toBe("Korvan");
    expect(quantities("Peru's Korvan raised $40 million.", "Peru", "Korvan")[0]!.about).toBe("Korvan");
  });

  it("follows the clause the amount is in", () => {
    const qs = quantities("Korvan grew 5%, while Lestra's sales fell 2%.", "Korvan", "Lestra");
    expect(qs.map((q) => q.about)).toEqual(["Korvan", "Lestra"]);
  });

  it("is the claim's only entity when the sentence points back to it", () => {
    const text = "It employs 700 people.";
    expect(describeQuantities({ text, names: [], about: ["Korvan"] })[0]!.about).toBe("Korvan");
    expect(describeQuantities({ text, names: [], about: ["Korvan", "Lestra"] })[0]!.about).toBeUndefined();
  });
});
