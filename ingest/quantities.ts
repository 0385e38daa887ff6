// Numbers in a sentence, with the value they stand for.
import type { Quantity } from "../graph/model.ts";

const NUMBER = /(?<![\p{L}\p{N}.-])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\p{L}\p{N}.-])\d+(?:\.\d+)?%?/gu;

export function findQuantities(text: string): Quantity[] {
  return [...text.matchAll(NUMBER)].map((m) => {
    const percent = m[0].endsWith("%");
    const value = Number(m[0].replace(/[,%]/g, ""));
    return { text: m[0], value, ...(percent ? { unit: "%" } : {}) };
  });
}
