import { describe, expect, it } from "vitest";
import { neighbourTowards } from "./keyboard-nav.ts";

const at = (key: string, x: number, y: number) => ({ key, x, y });

describe("neighbourTowards", () => {
  const from = at("o", 0, 0);
  const around = [at("east", 100, 10), at("north", -5, -80), at("south", 0, 120), at("west", -90, 0)];

  it("goes to the neighbour in the arrow's direction on screen (y grows downwards)", () => {
    expect(neighbourTowards(from, around, "ArrowRight")).toBe("east");
    expect(neighbourTowards(from, around, "ArrowUp")).toBe("north");
    expect(neighbourTowards(from, around, "ArrowDown")).toBe("south");
    expect(neighbourTowards(from, around, "ArrowLeft")).toBe("west");
  });

  it("prefers a neighbour straight ahead to a nearer one off to the side", () => {
    expect(neighbourTowards(from, [at("aside", 40, 35), at("ahead", 60, 0)], "ArrowRight")).toBe("ahead");
  });

  it("falls back to the neighbour most in that direction, and to nothing without neighbours", () => {
    expect(neighbourTowards(from, [at("behind", -50, 0), at("up", 0, -50)], "ArrowRight")).toBe("up");
    expect(neighbourTowards(from, [], "ArrowRight")).toBeUndefined();
  });
});
