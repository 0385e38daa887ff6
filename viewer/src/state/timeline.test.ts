import { describe, expect, it } from "vitest";
import {
  allTime,
  claimHistogram,
  describeRange,
  handlePositions,
  keepsClaim,
  keptCount,
  monthOf,
  monthsFrom,
  rangeFromHandles,
} from "./timeline.ts";

const dates = ["2023-03-10", "2023-03-28T09:00:00Z", "2023-06-01", undefined, "2024-01-15", "garbage"];

describe("timeline", () => {
  it("reads the month of ISO dates and date-times, and nothing from anything else", () => {
    expect(monthOf("2023-03-10")).toBe("2023-03");
    expect(monthOf("2023-03-10T23:59:00-05:00")).toBe("2023-03");
    expect(monthOf("2023-13-01")).toBeNull();
    expect(monthOf("March 2023")).toBeNull();
    expect(monthOf(undefined)).toBeNull();
  });

  it("lists every month between two, across years", () => {
    expect(monthsFrom("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(monthsFrom("2023-05", "2023-05")).toEqual(["2023-05"]);
  });

  it("counts claims per month from the first to the last, empty months included, undated apart", () => {
    const h = claimHistogram(dates);
    expect(h.months).toEqual(monthsFrom("2023-03", "2024-01"));
    expect(h.counts).toEqual([2, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect([h.undated, h.total]).toEqual([2, 6]);
    expect(claimHistogram([undefined])).toEqual({ months: [], counts: [], undated: 1, total: 1, database: null });
  });

  it("spans the database's months too, when known, so the sliders reach claims not on the canvas yet", () => {
    const database = {
      months: [
        { month: "2022-12", claims: 5 },
        { month: "2023-03", claims: 4 },
      ],
      undated: 3,
    };
    const h = claimHistogram(["2023-03-01", "2023-04-02"], database);
    expect(h.months).toEqual(["2022-12", "2023-01", "2023-02", "2023-03", "2023-04"]);
    expect(h.counts).toEqual([0, 0, 0, 1, 1]);
    expect(h.database).toEqual({ counts: [5, 0, 0, 4, 0], undated: 3, total: 12 });
    // The text still counts the canvas's claims: that is what the range shows and hides.
    expect(describeRange(allTime, h)).toBe("Dec 2022 – Apr 2023, 2 of 2 claims");
  });

  it("keeps the claims of the months in range, and undated ones only when asked", () => {
    const range = { from: "2023-04", to: "2023-12", showUndated: false };
    expect(keepsClaim(range, "2023-06-01")).toBe(true);
    expect(keepsClaim(range, "2023-03-31")).toBe(false);
    expect(keepsClaim(range, "2024-01-01")).toBe(false);
    expect(keepsClaim(range, undefined)).toBe(false);
    expect(keepsClaim({ ...range, showUndated: true }, undefined)).toBe(true);
    expect(keepsClaim({ ...allTime, to: "2023-03" }, "2023-03-31T23:00:00Z")).toBe(true);
    expect(keptCount(range, claimHistogram(dates))).toBe(1);
  });

  it("puts the handles on the range's months, and leaves an end open when its handle is at the edge", () => {
    const { months } = claimHistogram(dates);
    expect(handlePositions(allTime, months)).toEqual({ from: 0, to: 10 });
    const narrowed = rangeFromHandles(months, 3, 9, true);
    expect(narrowed).toEqual({ from: "2023-06", to: "2023-12", showUndated: true });
    expect(handlePositions(narrowed, months)).toEqual({ from: 3, to: 9 });
    expect(rangeFromHandles(months, 0, 10, false)).toEqual({ from: null, to: null, showUndated: false });
    // Crossed handles select the same months as uncrossed ones.
    expect(rangeFromHandles(months, 9, 3, true)).toEqual(narrowed);
    // Bounds outside the loaded months (a shared link, claims removed since) pin to the nearest end.
    expect(handlePositions({ from: "2020-01", to: "2030-01", showUndated: true }, months)).toEqual({ from: 0, to: 10 });
    expect(handlePositions({ from: "2025-01", to: "2022-01", showUndated: true }, months)).toEqual({ from: 10, to: 0 });
  });

  it("says which months are shown and how many of the claims", () => {
    const h = claimHistogram(dates);
    expect(describeRange(allTime, h)).toBe("Mar 2023 – Jan 2024, 6 of 6 claims");
    expect(describeRange({ from: "2023-06", to: "2023-06", showUndated: false }, h)).toBe("Jun 2023, 1 of 6 claims");
    expect(describeRange({ from: "2023-06", to: null, showUndated: true }, h)).toBe(
      "Jun 2023 – Jan 2024, 4 of 6 claims",
    );
    expect(describeRange(allTime, claimHistogram([undefined]))).toBe(
      "No dated claims on the canvas; 1 of 1 claim shown.",
    );
    expect(describeRange(allTime, claimHistogram([]))).toBe("No claims on the canvas.");
  });
});
