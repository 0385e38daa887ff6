// Converting between JavaScript values and Neo4j values on purpose, not by accident.
import neo4j, { isInt, type Integer } from "neo4j-driver";

/** Offsets and counts are integers in Neo4j; plain JS numbers would be stored as floats. */
export const int = (n: number) => neo4j.int(Math.trunc(n));

/** Neo4j integers back to JS numbers; refuses values a double cannot hold exactly. */
export function toNumber(v: unknown): number {
  if (isInt(v)) {
    const i = v as Integer;
    if (!i.inSafeRange()) throw new Error(`neo4j-values: integer ${i.toString()} is beyond JavaScript's safe range`);
    return i.toNumber();
  }
  if (typeof v === "number") return v;
  throw new Error(`neo4j-values: expected a number, got ${typeof v}`);
}

/** Properties of a node or relationship as plain JSON: integers to numbers, temporals to ISO strings. */
export function plainProperties(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plain(v)]));
}

function plain(v: unknown): unknown {
  if (isInt(v)) return toNumber(v);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object" && "toString" in v && v.constructor?.name?.match(/Date|Time|Duration/))
    return String(v);
  return v;
}
