import { describe, expect, it } from "vitest";
import { numberSegments } from "./number-marks.ts";
import { quantityLine, quantityValue } from "./quantity-text.ts";

const marked = (quote: string, figures: string[]) =>
  numberSegments(quote, figures)
    .map((s) => (s.number ? `[${s.text}]` : s.text))
    .join("");

describe("numberSegments", () => {
  it("marks every occurrence of each figure and gives the quote back when joined", () => {
    const quote = "Velmar Bank lent $5.6 million in 2021 and $5.6 million in 2022, up 38%.";
    const segments = numberSegments(quote, ["$5.6 million", "38%"]);
    expect(segments.map((s) => s.text).join("")).toBe(quote);
    expect(marked(quote, ["$5.6 million", "38%"])).toBe(
      "Velmar Bank lent [$5.6 million] in 2021 and [$5.6 million] in 2022, up [38%].",
    );
  });

  it("does not mark a figure inside a longer number", () => {
    expect(marked("Output was 14.2 GWh, then 4.25 GWh, then 4.2 GWh.", ["4.2"])).toBe(
      "Output was 14.2 GWh, then 4.25 GWh, then [4.2] GWh.",
    );
    expect(marked("It sold 3,100 units, not 13,100.", ["3,100"])).toBe("It sold [3,100] units, not 13,100.");
  });

  it("prefers the longer of two overlapping figures and never splits a mark", () => {
    expect(marked("a capacity of 4.2 GWh", ["4.2", "4.2 GWh"])).toBe("a capacity of [4.2 GWh]");
    const segments = numberSegments("12 and 12", ["12", "12", ""]);
    expect(segments).toEqual([
      { text: "12", number: true },
      { text: " and ", number: false },
      { text: "12", number: true },
    ]);
  });

  it("leaves a quote without the figures as one plain segment, and an empty quote as none", () => {
    expect(numberSegments("No figures here.", ["7"])).toEqual([{ text: "No figures here.", number: false }]);
    expect(numberSegments("", ["7"])).toEqual([]);
  });
});

describe("quantity text", () => {
  it("reads the figure formatted, kind, measure and what it is about, leaving out what is unknown", () => {
    const q = { text: "US$5,600,000", value: 5_600_000, unit: "USD", kind: "money" as const, measure: "training cost" };
    expect(quantityLine(q)).toBe("$5.6 million · money · training cost");
    expect(quantityLine({ ...q, about: "Velmar Bank" })).toBe(
      "$5.6 million · money · training cost · about Velmar Bank",
    );
    expect(quantityLine({ text: "3,100", value: 3100 })).toBe("3,100");
    expect(quantityValue(q)).toBe('"US$5,600,000" = 5,600,000 USD');
    expect(quantityValue({ text: "a third", value: 1 / 3 })).toBe('"a third" = 0.333333');
  });
});
