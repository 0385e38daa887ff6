// A quantity written for people: "$5.6 million", "38%", "512 Tops/s", "57 of 64". Used for
// Quantity node labels (wire, exports, the explorer), so a figure never shows as raw JSON.
import type { Quantity } from "./model.ts";

const CURRENCY_SIGNS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", CNY: "¥" };
const SCALES: Array<[number, string]> = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** Up to three significant digits after scaling, without trailing zeros: 5600000 -> "5.6 million". */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  for (const [scale, word] of SCALES)
    if (abs >= scale) return `${Number((value / scale).toPrecision(3)).toLocaleString("en")} ${word}`;
  if (abs >= 1000 && Number.isInteger(value)) return value.toLocaleString("en");
  return Number(value.toPrecision(4)).toLocaleString("en", { maximumFractionDigits: 6 });
}

/** Base units (ingest/quantities/units.ts) written with an SI prefix: 4.2e9 Wh is "4.2 GWh". */
const SI_UNITS = new Set(["Wh", "W", "Hz", "B", "bit/s", "B/s", "FLOP/s", "ops/s"]);
const SI_PREFIXES: Array<[number, string]> = [
  [1e18, "E"],
  [1e15, "P"],
  [1e12, "T"],
  [1e9, "G"],
  [1e6, "M"],
  [1e3, "k"],
];

function withSiPrefix(value: number, unit: string): string {
  const abs = Math.abs(value);
  for (const [scale, prefix] of SI_PREFIXES)
    if (abs >= scale) return `${Number((value / scale).toPrecision(3)).toLocaleString("en")} ${prefix}${unit}`;
  return `${formatNumber(value)} ${unit}`;
}

export function formatQuantity(q: Pick<Quantity, "value" | "unit" | "of" | "text">): string {
  if (!Number.isFinite(q.value)) return q.text;
  const n = formatNumber(q.value);
  if (q.of !== undefined) return `${n} of ${formatNumber(q.of)}`;
  const unit = q.unit;
  if (!unit) return n;
  if (unit === "%") return `${n}%`;
  const sign = CURRENCY_SIGNS[unit];
  if (sign) return `${q.value < 0 ? "-" : ""}${sign}${formatNumber(Math.abs(q.value))}`;
  if (unit === "times") return `${n}×`;
  if (SI_UNITS.has(unit)) return withSiPrefix(q.value, unit);
  if (unit === "fraction") return n;
  return `${n} ${unit}`;
}
