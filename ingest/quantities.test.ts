import { describe, expect, it } from "vitest";
import { findQuantities } from "./quantities.ts";

const one = (text: string) => findQuantities(text)[0];

describe("findQuantities", () => {
  it("normalises money with scale words and currency", () => {
    expect(one("trained for only $5.5m in total")).toEqual({ text: "$5.5m", value: 5_500_000, unit: "USD" });
    expect(one("a €2 billion fund")).toMatchObject({ value: 2e9, unit: "EUR" });
    expect(one("spent 3.6 trillion yuan")).toMatchObject({ value: 3.6e12, unit: "CNY" });
    expect(one("raised 5 million dollars")).toMatchObject({ value: 5e6, unit: "USD" });
    // "won" and "pounds" mean other things too: no currency is read into them.
    expect(one("in 2020 won the vote")).toEqual({ text: "2020", value: 2020 });
  });

  it("keeps units of time, size and count", () => {
    expect(one("programs a bit in 400 picoseconds")).toMatchObject({ value: 400, unit: "picosecond" });
    expect(one("a 3 nm process")).toMatchObject({ value: 3, unit: "nm" });
    expect(one("13 million tones of fish")).toMatchObject({ value: 13e6, unit: "tonnes" });
    expect(one("671 billion parameters")).toMatchObject({ value: 671e9, unit: "parameter" });
    expect(one("its 671B parameters")).toMatchObject({ value: 671e9, unit: "parameter" });
    expect(one("a 7-nanometre line")).toMatchObject({ value: 7, unit: "nm" });
  });

  it("reads ratios, percentages and multiples", () => {
    expect(one("ranks first in 41 out of 50 categories")).toMatchObject({ value: 41, of: 50, unit: "ratio" });
    expect(one("in 90% of cases")).toMatchObject({ value: 90, unit: "%" });
    expect(one("3.6 times the output")).toMatchObject({ value: 3.6, unit: "times" });
    expect(one("10,000× faster")).toMatchObject({ value: 10_000, unit: "times" });
    expect(one("about twice as fast")).toMatchObject({ value: 2, unit: "times" });
    expect(one("a 20-fold rise")).toMatchObject({ value: 20, unit: "times" });
    expect(one("Two-thirds of the papers")).toMatchObject({ value: 2 / 3, unit: "fraction" });
  });

  it("leaves version numbers in names alone", () => {
    expect(findQuantities("GPT-4o and Llama3.1 beat V3")).toEqual([]);
  });
});
