import { describe, expect, it } from "vitest";
import { formatNumber, formatQuantity } from "./quantity-format.ts";

describe("formatQuantity", () => {
  it("writes money with its sign and a scale word, percentages with %, other units after the number", () => {
    expect(formatQuantity({ text: "$5.6m", value: 5.6e6, unit: "USD" })).toBe("$5.6 million");
    expect(formatQuantity({ text: "€1.25bn", value: 1.25e9, unit: "EUR" })).toBe("€1.25 billion");
    expect(formatQuantity({ text: "3.6 trillion won", value: 3.6e12, unit: "KRW" })).toBe("3.6 trillion KRW");
    expect(formatQuantity({ text: "38 per cent", value: 38, unit: "%" })).toBe("38%");
    expect(formatQuantity({ text: "4.2 GWh", value: 4.2, unit: "GWh" })).toBe("4.2 GWh");
    expect(formatQuantity({ text: "3.6 times", value: 3.6, unit: "times" })).toBe("3.6×");
    expect(formatQuantity({ text: "57 out of 64", value: 57, of: 64, unit: "ratio" })).toBe("57 of 64");
    expect(formatQuantity({ text: "3,100 people", value: 3100, unit: "people" })).toBe("3,100 people");
  });

  it("writes base SI units with the prefix that suits the value", () => {
    expect(formatQuantity({ text: "4.2 gigawatt-hours", value: 4.2e9, unit: "Wh" })).toBe("4.2 GWh");
    expect(formatQuantity({ text: "512 trillion operations per second", value: 512e12, unit: "ops/s" })).toBe(
      "512 Tops/s",
    );
    expect(formatQuantity({ text: "750 watts", value: 750, unit: "W" })).toBe("750 W");
    expect(formatQuantity({ text: "2 GB", value: 2e9, unit: "B" })).toBe("2 GB");
  });

  it("keeps three significant digits past a million and never prints float noise", () => {
    expect(formatNumber(512e12)).toBe("512 trillion");
    expect(formatNumber(1 / 3)).toBe("0.3333");
    expect(formatNumber(-2_450_000)).toBe("-2.45 million");
    expect(formatQuantity({ text: "n/a", value: Number.NaN })).toBe("n/a");
  });
});
