import { describe, expect, it } from "vitest";
import { findQuantities } from "./quantities.ts";

const one = (text: string) => findQuantities(text)[0];
const all = (text: string) => findQuantities(text);
/** The normalised part of a quantity: what must be equal for two amounts to be the same. */
const norm = (text: string) => {
  const q = one(text)!;
  return { kind: q.kind, unit: q.unit, value: q.value };
};

describe("findQuantities", () => {
  it("normalises money with scale words and currency", () => {
    expect(one("trained for only $5.5m in total")).toEqual({
      text: "$5.5m",
      value: 5_500_000,
      unit: "USD",
      kind: "money",
    });
    expect(one("a €2 billion fund")).toMatchObject({ value: 2e9, unit: "EUR", kind: "money" });
    expect(one("spent 3.6 trillion yuan")).toMatchObject({ value: 3.6e12, unit: "CNY" });
    expect(one("raised 5 million dollars")).toMatchObject({ value: 5e6, unit: "USD" });
    // "won" and "pounds" mean other things too: no currency is read into them, and 2020 is a year.
    expect(one("in 2020 won the vote")).toEqual({ text: "2020", value: 2020, kind: "year" });
  });

  it("gives equal amounts written differently the same kind, unit and value", () => {
    expect(norm("stores 4.2 gigawatt-hours")).toEqual({ kind: "energy", unit: "Wh", value: 4.2e9 });
    expect(norm("stores 4.2 GWh")).toEqual(norm("stores 4.2 gigawatt-hours"));
    expect(norm("stores 4,200 MWh")).toEqual(norm("stores 4.2 GWh"));
    expect(norm("runs 512 trillion operations per second")).toEqual({ kind: "rate", unit: "ops/s", value: 512e12 });
    expect(norm("runs 512 TOPS")).toEqual(norm("runs 512 trillion operations per second"));
    expect(norm("cost $5.6 million")).toEqual({ kind: "money", unit: "USD", value: 5.6e6 });
    expect(norm("cost 5.6m dollars")).toEqual(norm("cost $5.6 million"));
    expect(norm("cost US$5,600,000")).toEqual(norm("cost $5.6 million"));
    expect(norm("cost USD 5.6mn")).toEqual(norm("cost $5.6 million"));
    expect(norm("grew 38%")).toEqual({ kind: "percent", unit: "%", value: 38 });
    expect(norm("grew 38 per cent")).toEqual(norm("grew 38%"));
    expect(norm("grew 38 percent")).toEqual(norm("grew 38%"));
    expect(norm("a 2 GW plant")).toEqual(norm("a 2,000 megawatt plant"));
    expect(norm("a 3.2 GHz clock")).toEqual({ kind: "frequency", unit: "Hz", value: 3.2e9 });
    expect(norm("with 64 GB of memory")).toEqual({ kind: "data", unit: "B", value: 64e9 });
    expect(norm("links at 400 Gbps")).toEqual(norm("links at 400 gigabits per second"));
    expect(norm("weighs 2.5 tonnes")).toEqual(norm("weighs 2,500 kg"));
    expect(norm("lasts 90 minutes")).toEqual(norm("lasts 1.5 hours"));
    expect(norm("a 12 km tunnel")).toEqual(norm("a 12,000 metre tunnel"));
    expect(norm("hits 1.2 exaflops")).toEqual(norm("hits 1,200 PFLOPS"));
  });

  it("keeps units of time, size and count in the base unit of their kind", () => {
    expect(one("programs a bit in 400 picoseconds")).toMatchObject({ value: 4e-10, unit: "s", kind: "duration" });
    expect(one("a 3 nm process")).toMatchObject({ value: 3e-9, unit: "m", kind: "length" });
    expect(one("13 million tones of fish")).toMatchObject({ value: 13e9, unit: "kg", kind: "mass" });
    expect(one("671 billion parameters")).toMatchObject({ value: 671e9, unit: "parameter", kind: "count" });
    expect(one("its 671B parameters")).toMatchObject({ value: 671e9, unit: "parameter" });
    expect(one("a 7-nanometre line")).toMatchObject({ value: 7e-9, unit: "m" });
  });

  it("counts the thing named after a number, people as persons whatever their role", () => {
    expect(one("employs 3,100 people")).toMatchObject({
      text: "3,100 people",
      value: 3100,
      unit: "person",
      kind: "count",
    });
    expect(one("has 3,100 employees")).toMatchObject({ value: 3100, unit: "person", kind: "count" });
    expect(one("sold 3 million electric cars")).toMatchObject({ text: "3 million electric cars", unit: "car" });
    expect(one("runs 14 factories")).toMatchObject({ unit: "factory", kind: "count" });
    expect(one("sold 25 billion last year")).toMatchObject({ value: 25e9, kind: "count" });
  });

  it("reads ratios, percentages and multiples", () => {
    const ranked = all("ranks first in 41 out of 50 categories");
    expect(ranked.find((q) => q.kind === "ratio")).toMatchObject({ value: 41, of: 50, unit: "ratio" });
    expect(one("1 in 4 adults")).toMatchObject({ value: 1, of: 4, kind: "ratio" });
    expect(one("in 90% of cases")).toMatchObject({ value: 90, unit: "%" });
    expect(one("3.6 times the output")).toMatchObject({ value: 3.6, unit: "times", kind: "multiple" });
    expect(one("10,000× faster")).toMatchObject({ value: 10_000, unit: "times" });
    expect(one("about twice as fast")).toMatchObject({ value: 2, unit: "times" });
    expect(one("a 20-fold rise")).toMatchObject({ value: 20, unit: "times" });
    expect(one("three times as many")).toMatchObject({ value: 3, kind: "multiple" });
    expect(one("sped up by a factor of 40")).toMatchObject({ value: 40, kind: "multiple" });
    expect(one("profits doubled")).toMatchObject({ text: "doubled", value: 2, kind: "multiple" });
    expect(one("Two-thirds of the papers")).toMatchObject({
      value: 0.666666666667,
      unit: "fraction",
      kind: "fraction",
    });
    expect(one("rose 3 percentage points")).toMatchObject({ value: 3, unit: "pp", kind: "percent" });
    expect(one("cut by 25 basis points")).toMatchObject({ value: 0.25, unit: "pp", kind: "percent" });
  });

  it("reads places in a ranking however they are written", () => {
    for (const t of ["Varnholt ranked third", "the No. 3 carmaker", "the third-largest carmaker", "came in 3rd"])
      expect(
        findQuantities(t).find((q) => q.kind === "rank"),
        t,
      ).toMatchObject({ value: 3, unit: "rank" });
    expect(one("the world's largest carmaker")).toMatchObject({ value: 1, kind: "rank" });
    expect(one("#1 in its class")).toMatchObject({ value: 1, kind: "rank" });
    // "one of the largest" places nothing, and "the first half" is no half.
    expect(all("one of the largest carmakers")).toEqual([]);
    expect(all("in the first half of the season")).toEqual([]);
    expect(all("a third party")).toEqual([]);
  });

  it("tells years from counts and leaves dates and ordinals alone", () => {
    expect(all("founded in 1998 by two engineers")).toEqual([{ text: "1998", value: 1998, kind: "year" }]);
    expect(one("hired 2000 workers")).toMatchObject({ value: 2000, kind: "count", unit: "person" });
    expect(all("the 21st century")).toEqual([]);
    expect(all("on 2019-04-17")).toEqual([{ text: "2019", value: 2019, kind: "year" }]);
    expect(all("scored 2/3 on it")).toEqual([]);
  });

  it("gives the first number of a range the unit of the second", () => {
    expect(all("fell 15–20%").map((q) => [q.value, q.unit])).toEqual([
      [15, "%"],
      [20, "%"],
    ]);
    expect(all("worth $2-3 billion").map((q) => [q.value, q.unit])).toEqual([
      [2e9, "USD"],
      [3e9, "USD"],
    ]);
    expect(all("between 2.3 billion and 2.45 billion yuan")[0]).toMatchObject({ value: 2.3e9 });
    expect(all("forecast 2.3 billion to 2.45 billion yuan")[0]).toMatchObject({ value: 2.3e9, unit: "CNY" });
  });

  it("keeps an amount per something apart from the amount", () => {
    expect(one("a density of 210 Wh/kg")).toMatchObject({ value: 210, unit: "Wh/kg", kind: "other" });
    expect(one("paid $1.20 per share")).toMatchObject({ value: 1.2, unit: "USD/share", kind: "money" });
  });

  it("leaves version numbers in names alone", () => {
    expect(findQuantities("GPT-4o and Llama3.1 beat V3")).toEqual([]);
  });
});
