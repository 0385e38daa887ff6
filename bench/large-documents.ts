// Large documents of the shapes people ingest, made up (never taken from the seeds or the devset),
// for the size benchmark: does ingest stay linear in the size of one document, on every shape?
// Each document repeats varied sentences that name organisations, people, places and figures, so
// extraction does its real work (names, claims, quantities, quotes, attributions) throughout.
import { seeded } from "./synthetic-graph.ts";

export const SHAPES = ["blog-comments", "html-table", "wire", "forum", "markdown", "social"] as const;
export type Shape = (typeof SHAPES)[number];
export const EXTENSION: Record<Shape, string> = {
  "blog-comments": "html",
  "html-table": "html",
  wire: "txt",
  forum: "txt",
  markdown: "md",
  social: "txt",
};

const ORGS = [
  "Norvale Semiconductor",
  "Kestrel Batteries",
  "Ministry of Industry",
  "Harbor Research Institute",
  "Tamsin Motors",
  "Lumen Photonics",
];
const PEOPLE = ["Ana Ruiz", "Bao Ni", "Jonas Feld", "Priti Sen", "Marek Holm", "Ines Okafor"];
const PLACES = ["Shenzhen", "Rotterdam", "Ohio", "Busan", "Gujarat", "Bavaria"];
const THINGS = ["lithium cells", "wafers", "solar modules", "rare earth magnets", "lidar sensors", "gallium"];
const MONTHS = ["January", "March", "May", "July", "September", "November"];

/** One sentence of a kind news and reports are made of; `r` picks the words. */
function sentence(r: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const n = Math.floor(r() * 900) + 10;
  const year = 2015 + Math.floor(r() * 10);
  switch (Math.floor(r() * 6)) {
    case 0:
      return `${pick(ORGS)} said its output of ${pick(THINGS)} rose ${n % 60}% to ${n} tonnes in ${year}.`;
    case 1:
      return `"We expect demand in ${pick(PLACES)} to double by ${year + 5}," ${pick(PEOPLE)} told reporters in ${pick(MONTHS)}.`;
    case 2:
      return `According to ${pick(ORGS)}, ${pick(PLACES)} accounted for ${n % 90}% of global ${pick(THINGS)} exports last year.`;
    case 3:
      return `${pick(PEOPLE)}, an analyst at ${pick(ORGS)}, estimates the plant in ${pick(PLACES)} will cost $${n} million.`;
    case 4:
      return `On ${pick(MONTHS)} ${1 + (n % 28)}, ${year}, ${pick(ORGS)} opened a factory in ${pick(PLACES)} with ${n * 3} workers.`;
    default:
      return `Prices of ${pick(THINGS)} fell ${n % 40}% in ${pick(MONTHS)}, the lowest level since ${year - 3}.`;
  }
}

const paragraph = (r: () => number, sentences: number) =>
  Array.from({ length: sentences }, () => sentence(r)).join(" ");
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The repeated part of each shape: the nth post, comment, row or paragraph. */
const UNIT: Record<Shape, (r: () => number, i: number) => string> = {
  "blog-comments": (r, i) =>
    `<div class="comment" id="c${i}"><span class="author">${PEOPLE[i % PEOPLE.length]}</span> ` +
    `<span class="date">${MONTHS[i % 6]} ${1 + (i % 28)}, 2025 at ${i % 12}:${String(i % 60).padStart(2, "0")} pm</span>` +
    `<p>${escapeHtml(paragraph(r, 1 + (i % 3)))}</p><a href="#reply-${i}">Reply</a></div>\n`,
  "html-table": (r, i) =>
    `<tr><td>${ORGS[i % ORGS.length]}</td><td>${PLACES[i % PLACES.length]}</td><td>${THINGS[i % THINGS.length]}</td>` +
    `<td>${Math.floor(r() * 9000)}</td><td>${(r() * 100).toFixed(1)}%</td><td>${2015 + (i % 10)}</td></tr>\n`,
  wire: (r) => `${paragraph(r, 3)}\n\n`,
  forum: (r, i) =>
    `#${i} ${PEOPLE[i % PEOPLE.length]!.split(" ")[0]!.toLowerCase()}${i % 97} wrote:\n` +
    (i % 3 === 0 ? `> ${sentence(r)}\n\n` : "") +
    `${paragraph(r, 2)}\n\n`,
  markdown: (r, i) =>
    (i % 8 === 0 ? `## ${ORGS[i % ORGS.length]} in ${PLACES[i % PLACES.length]}\n\n` : "") +
    (i % 2 === 0 ? `- ${sentence(r)}\n- ${sentence(r)}\n\n` : `${paragraph(r, 2)}\n\n`),
  social: (r, i) =>
    `@${PEOPLE[i % PEOPLE.length]!.replace(" ", "_").toLowerCase()} · ${1 + (i % 23)}h\n${sentence(r)}\n${i % 5} replies ${i % 17} likes\n\n`,
};

const OPEN: Record<Shape, string> = {
  "blog-comments":
    '<!doctype html><html><head><meta charset="utf-8"><title>Notes on supply chains</title></head><body>' +
    "<article><h1>Notes on supply chains</h1><p>Posted on May 2, 2025 by Ana Ruiz</p><p>{lead}</p></article>" +
    '<section id="comments"><h2>Comments</h2>\n',
  "html-table":
    '<!doctype html><html><head><meta charset="utf-8"><title>Plants by province</title></head><body><h1>Plants by province</h1>' +
    "<p>{lead}</p><table><thead><tr><th>Company</th><th>Place</th><th>Product</th><th>Tonnes</th><th>Share</th><th>Year</th></tr></thead><tbody>\n",
  wire: "Supply chains shift as demand grows\n\nROTTERDAM, May 2 (Wire) - {lead}\n\n",
  forum: "Thread: who really makes the cells?\n\n",
  markdown: "# Kestrel Batteries opens its second plant\n\n{lead}\n\n",
  social: "",
};
const CLOSE: Record<Shape, string> = {
  "blog-comments": "</section></body></html>\n",
  "html-table": "</tbody></table></body></html>\n",
  wire: "",
  forum: "",
  markdown: "",
  social: "",
};

/** A document of `shape` of about `bytes` bytes (UTF-8), the same for the same arguments. */
export function largeDocument(shape: Shape, bytes: number, seed = 7): string {
  const r = seeded(seed);
  const parts = [OPEN[shape].replace("{lead}", paragraph(r, 4))];
  let size = Buffer.byteLength(parts[0]!);
  for (let i = 0; size < bytes; i++) {
    const unit = UNIT[shape](r, i);
    parts.push(unit);
    size += Buffer.byteLength(unit);
  }
  parts.push(CLOSE[shape]);
  return parts.join("");
}
