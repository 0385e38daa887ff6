// Positioned text runs of a PDF's pages -> reading-order text with page offsets. Pure: pdf.ts reads the
// runs with pdf.js; everything here is geometry and a few text rules, each explained where it is.
//
//   runs ─lines─> lines per page, columns read one after the other
//        ─furniture─> running headers, footers, page numbers dropped
//        ─footnotes─> small-print notes at a page's bottom set apart ─paragraphs─> vertical gaps
//        ─assemble─> text ("\n\n" between paragraphs, which segment.ts splits on) + pageStarts

import { findGutter } from "./pdf-columns.ts";

/** One run of text as pdf.js gives it, in page coordinates with y measured down from the top. */
export type PdfRun = { text: string; x: number; top: number; width: number; size: number };
export type PdfPageRuns = PdfRun[];

/** A line of a page; `order` is its place in reading order, which differs from `top` order in columns. */
type Line = { text: string; top: number; size: number; x: number; right: number; order: number };

export type PdfLayout = { text: string; pageStarts: number[] };

// ---- Lines ----

/** A short run of digits or note symbols, smaller than the line and raised above it: a footnote mark. */
const NOTE_MARK = /^[\d*†‡§]{1,3}$/;

/**
 * Runs whose baselines lie within half a font size of each other form one line, read left to right.
 * A space goes where the gap between two runs is wider than a sixth of the font size (pdf.js leaves
 * spaces out when a producer positions words one by one). A raised small footnote mark becomes
 * "[1]", which keeps it visibly apart from the number before it ("40 percent1" would read as a
 * figure) and which segment.ts already keeps with the sentence it follows.
 */
export function groupLines(runs: PdfPageRuns): Line[] {
  const visible = [...runs].sort((a, b) => a.top - b.top || a.x - b.x);
  const groups: PdfRun[][] = [];
  for (const run of visible) {
    const group = groups.find((g) => {
      const main = dominant(g);
      return Math.abs(main.top - run.top) <= 0.5 * Math.max(main.size, run.size);
    });
    if (group) group.push(run);
    else groups.push([run]);
  }
  return groups
    .map((group) => {
      const main = dominant(group);
      const sorted = [...group].sort((a, b) => a.x - b.x);
      let text = "";
      let end = -Infinity;
      for (const run of sorted) {
        const raised = main.top - run.top > 0.15 * main.size && run.size < 0.8 * main.size;
        const piece = raised && NOTE_MARK.test(run.text.trim()) ? `[${run.text.trim()}]` : run.text;
        const gap = run.x - end;
        if (text && gap > main.size / 6 && !/\s$/.test(text) && !/^\s/.test(piece) && !raised) text += " ";
        text += piece;
        end = Math.max(end, run.x + run.width);
      }
      const x = sorted[0]!.x;
      return { text: text.replace(/\s+/g, " ").trim(), top: main.top, size: main.size, x, right: end, order: 0 };
    })
    .filter((l) => l.text)
    .sort((a, b) => a.top - b.top)
    .map((line, order) => ({ ...line, order }));
}

/**
 * A page's lines, sorted top to bottom, each with its place in reading order. On a two-column page
 * (a gutter, see pdf-columns.ts, with at least three body lines of prose on each side, side by side)
 * the columns are read one after the other. Lines above, below or across the columns (title,
 * running heads, a heading over both columns, footnotes across the page) stand on their own and
 * cut the page into bands: each band's left column, then its right column, then the next band.
 */
export function pageLines(runs: PdfPageRuns): Line[] {
  const visible = runs.filter((r) => r.text.trim() && r.size > 0);
  const single = () => groupLines(visible);
  const gutter = findGutter(visible);
  if (gutter === undefined) return single();
  const sideOf = (r: PdfRun) => (r.x + r.width <= gutter ? 1 : r.x >= gutter ? 2 : 0);
  const left = groupLines(visible.filter((r) => sideOf(r) === 1));
  const right = groupLines(visible.filter((r) => sideOf(r) === 2));
  const size = bodySize([[...left, ...right]]);
  const prose = (lines: Line[]) => lines.filter((l) => Math.abs(l.size - size) < 1);
  const [leftProse, rightProse] = [prose(left), prose(right)];
  if (leftProse.length < 3 || rightProse.length < 3) return single();
  const width = Math.max(...visible.map((r) => r.x + r.width)) - Math.min(...visible.map((r) => r.x));
  const median = (lines: Line[]) => lines.map((l) => l.right - l.x).sort((a, b) => a - b)[lines.length >> 1]!;
  if (median(leftProse) < 0.3 * width || median(rightProse) < 0.3 * width) return single();
  const from = Math.max(leftProse[0]!.top, rightProse[0]!.top);
  const to = Math.min(leftProse.at(-1)!.top, rightProse.at(-1)!.top);
  if (from >= to) return single();
  // The columns run from the first to the last prose line of either side.
  const top = Math.min(leftProse[0]!.top, rightProse[0]!.top) - size / 2;
  const bottom = Math.max(leftProse.at(-1)!.top, rightProse.at(-1)!.top) + size / 2;
  const columnOf = (r: PdfRun) => (r.top >= top && r.top <= bottom ? sideOf(r) : 0);
  const across = groupLines(visible.filter((r) => columnOf(r) === 0));
  const bandOf = (at: number) => across.filter((l) => l.top <= at).length;
  const keyed = [0, 1, 2].flatMap((column) =>
    (column === 0 ? across : groupLines(visible.filter((r) => columnOf(r) === column))).map((line) => ({
      line,
      key: [bandOf(line.top), column, line.top] as const,
    })),
  );
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  return keyed.map(({ line }, order) => ({ ...line, order })).sort((a, b) => a.top - b.top);
}

/** The run carrying most of a line's characters: its baseline and size are the line's. */
function dominant(runs: PdfRun[]): PdfRun {
  return runs.reduce((best, r) => (r.text.trim().length > best.text.trim().length ? r : best));
}

// ---- Page furniture ----

/** "12", "Page 12", "p. 12", "12 of 40", "12/40", "- 12 -", "xii": a line that is only a page number. */
const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?[-–—]?\s*(?:\d{1,4}|[ivx]{1,6})\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** How many lines at a page's top and at its bottom may be furniture. */
const EDGE_LINES = 3;

/** A line's identity across pages: case, spacing and numbers (page numbers, dates) ignored. */
const furnitureKey = (line: Line) =>
  `${Math.round(line.size)}|${line.text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ")}`;

/** A number opening or closing a short line: where a running head prints the page number. */
const EDGE_NUMBER = /^(\d{1,4})\b|\b(\d{1,4})$/;

/**
 * Running headers and footers: a line among the top or bottom few of a page whose text (numbers
 * normalised) and size recur at an edge of at least half the pages, and at least two. Running heads
 * that change with the chapter ("Chapter 2: Methods 17") are caught by their page number instead:
 * an edge line that opens or closes with a number in step with the page (page index plus the same
 * offset) on at least half the pages. Page numbers: an edge line that is only a page number. All are
 * cut from the edges inwards, so a body line that happens to look like one is kept unless everything
 * between it and the edge was furniture too.
 */
export function dropFurniture(pages: Line[][]): Line[][] {
  const edgeLines = (lines: Line[]) => [...new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)])];
  const pagesWith = new Map<string, Set<number>>();
  const note = (key: string, p: number) => pagesWith.set(key, (pagesWith.get(key) ?? new Set()).add(p));
  const stepKey = (line: Line, p: number) => {
    const m = line.text.length <= 100 ? EDGE_NUMBER.exec(line.text) : null;
    return m ? `step|${Number(m[1] ?? m[2]) - p}` : undefined;
  };
  pages.forEach((lines, p) => {
    for (const line of edgeLines(lines)) {
      note(furnitureKey(line), p);
      const step = stepKey(line, p);
      if (step) note(step, p);
    }
  });
  const recurs = (key: string | undefined) => {
    const count = key ? (pagesWith.get(key)?.size ?? 0) : 0;
    return count >= 2 && count >= pages.length / 2;
  };
  const furniture = (line: Line, p: number) =>
    PAGE_NUMBER.test(line.text) || recurs(furnitureKey(line)) || recurs(stepKey(line, p));
  return pages.map((lines, p) => {
    let from = 0;
    let to = lines.length;
    while (from < Math.min(EDGE_LINES, to) && furniture(lines[from]!, p)) from++;
    while (to > Math.max(from, lines.length - EDGE_LINES) && furniture(lines[to - 1]!, p)) to--;
    return lines.slice(from, to);
  });
}

// ---- Footnotes ----

/** How a footnote starts: its number (plain, bracketed as groupLines writes raised marks, or superscript) or a note symbol. */
const NOTE_START = /^(?:\[\d{1,3}\]|\d{1,3}[.)]?\s|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰])/;

/** The font size most of the document's characters are set in. */
export function bodySize(pages: Line[][]): number {
  const chars = new Map<number, number>();
  for (const line of pages.flat()) {
    const size = Math.round(line.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  return [...chars].reduce((best, e) => (e[1] > best[1] ? e : best), [0, -1])[0];
}

/**
 * A page's footnotes: the lines at its bottom set smaller than the body (under 85% of its size),
 * provided the first of them starts with a note number or symbol (a small caption or a pull quote
 * does not). Each line that starts with a number opens a note; other lines continue the one above.
 */
export function splitFootnotes(lines: Line[], body: number): { body: Line[]; notes: Line[][] } {
  let cut = lines.length;
  while (cut > 0 && lines[cut - 1]!.size < 0.85 * body) cut--;
  if (cut === lines.length || !NOTE_START.test(lines[cut]!.text)) return { body: lines, notes: [] };
  const notes: Line[][] = [];
  for (const line of lines.slice(cut)) {
    if (NOTE_START.test(line.text) || notes.length === 0) notes.push([line]);
    else notes[notes.length - 1]!.push(line);
  }
  return { body: lines.slice(0, cut), notes };
}

// ---- Paragraphs and hyphenation ----

/** A line (or page) that stops mid-sentence and a next one that starts in lower case: one paragraph. */
const runsOn = (last: string, next: string) => !/[.!?:;"'”’)\]]$/.test(last.slice(-1)) && /^\p{Ll}/u.test(next);

/** Longer than any word worth rejoining. */
const MAX_WORD = 64;

/**
 * Two lines of one paragraph, joined. A word broken at a line end ("tech-" / "nology") is rejoined
 * without its hyphen when the next line starts in lower case, unless the document also writes that
 * compound with a hyphen inside a line ("long-term"), which shows the hyphen is the word's own.
 * A hyphen before a capital or a digit ("Sino-" / "British", "COVID-" / "19") is always kept, and a
 * soft hyphen always goes. Otherwise the lines are joined with a space.
 */
export function joinLines(first: string, next: string, hyphenated: ReadonlySet<string>): string {
  // Only the end of `first` matters, and it may be a whole paragraph: end-anchored patterns on it
  // would be tried from every position.
  const end = first.slice(-MAX_WORD);
  const broken = /(\p{L}+)([-\u00AD])$/u.exec(end);
  if (broken && /^\p{L}/u.test(next)) {
    const head = first.slice(0, -1);
    if (broken[2] === "\u00AD") return head + next;
    const tail = /^\p{L}+/u.exec(next)![0];
    const compound = `${broken[1]}-${tail}`.toLowerCase();
    return /^\p{Ll}/u.test(next) && !hyphenated.has(compound) ? head + next : first + next;
  }
  if (/\p{L}-$/u.test(end) && /^\d/.test(next)) return first + next;
  if (/\p{L}[—–]$/u.test(end)) return first + next;
  return `${first} ${next}`;
}

/** Compounds the document writes with a hyphen inside a line, lower-cased: evidence for joinLines. */
export function hyphenatedWords(lines: Iterable<Line>): Set<string> {
  const words = new Set<string>();
  for (const line of lines)
    for (const m of line.text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) {
      const parts = m[0].toLowerCase().split("-");
      for (let i = 0; i + 1 < parts.length; i++) words.add(`${parts[i]}-${parts[i + 1]}`);
    }
  return words;
}

/**
 * The usual distance between the baselines of consecutive body lines; wider gaps end a paragraph.
 * The lower fifth of the gaps, since a document of short paragraphs has more paragraph gaps than
 * line gaps; and no more than 1.5 times the font size (single spacing is about 1.2), for a document
 * whose paragraphs are all one line long and so has no line gaps at all.
 */
function leadingOf(pages: Line[][], body: number): number {
  const gaps: number[] = [];
  for (const lines of pages)
    for (let i = 1; i < lines.length; i++)
      if (Math.abs(lines[i]!.size - body) < 0.5 && Math.abs(lines[i - 1]!.size - body) < 0.5)
        if (lines[i]!.top > lines[i - 1]!.top) gaps.push(lines[i]!.top - lines[i - 1]!.top);
  gaps.sort((a, b) => a - b);
  const usual = gaps.length ? gaps[Math.floor(gaps.length / 5)]! : body * 1.2;
  return Math.min(usual, body * 1.5);
}

/** A bullet, or a number with a stop before a capital: a list item, which starts a paragraph of its own. */
const ITEM_START = /^(?:[•◦▪●‣∙·*–-]\s|\d{1,2}[.)]\s+\p{Lu})/u;

/**
 * Lines -> paragraphs: a new paragraph starts where the gap to the line above is clearly wider than
 * the usual line spacing (by 30%), where the font size changes (a heading and its text), or at a
 * list item's bullet or number; but a
 * line that ends mid-sentence followed by one starting in lower case always continues (a
 * double-spaced text has wide gaps between all its lines).
 */
function paragraphsOf(lines: Line[], leading: number, hyphenated: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let prev: Line | undefined;
  for (const line of lines) {
    const sameBlock =
      prev !== undefined &&
      Math.abs(line.size - prev.size) < 1 &&
      !ITEM_START.test(line.text) &&
      ((line.top > prev.top && line.top - prev.top <= leading * 1.3) || runsOn(prev.text, line.text));
    if (sameBlock) out[out.length - 1] = joinLines(out[out.length - 1]!, line.text, hyphenated);
    else out.push(line.text);
    prev = line;
  }
  return out;
}

// ---- Assembly ----

/** Where a page's notes go, after its body text; the line says what follows to anyone reading the text. */
export const NOTES_HEADING = "Notes";

/**
 * Pages of runs -> text and the offset where each page begins. Body paragraphs are separated by a
 * blank line. A page's footnotes go at the end of that page's text, after a "Notes" line, each its
 * own paragraph: so a note never runs into a body sentence, and its STATED_IN edges still carry the
 * page it is printed on (notes gathered at the end of the document would all get the last page).
 * A paragraph running over a page break is joined to its end on the next page, unless the page has
 * notes: then the notes sit between and the paragraph is cut there, the smaller of the two harms.
 */
export function layOut(pages: PdfPageRuns[]): PdfLayout {
  // Furniture is found at the top and bottom of the page; everything after reads in reading order.
  const lines = dropFurniture(pages.map(pageLines)).map((page) => [...page].sort((a, b) => a.order - b.order));
  const body = bodySize(lines);
  const split = lines.map((l) => splitFootnotes(l, body));
  const leading = leadingOf(
    split.map((s) => s.body),
    body,
  );
  const hyphenated = hyphenatedWords(lines.flat());
  // The document's paragraphs and the length of their join: appending to one long string and
  // looking at its end page after page would copy it over and over.
  const paragraphs: string[] = [];
  let length = 0;
  const add = (paragraph: string) => {
    length += (paragraphs.length ? 2 : 0) + paragraph.length;
    paragraphs.push(paragraph);
  };
  const pageStarts: number[] = [];
  let openParagraph = false;
  for (const { body: bodyLines, notes } of split) {
    const own = paragraphsOf(bodyLines, leading, hyphenated);
    const noteParagraphs = notes.map((note) => paragraphsOf(note, Infinity, hyphenated).join(" "));
    let first = 0;
    if (openParagraph && own.length && runsOn(paragraphs.at(-1)!, own[0]!)) {
      // The page begins mid-paragraph: rejoin it to the end of the previous page's last paragraph.
      const last = paragraphs.pop()!;
      const joined = joinLines(last, own[0]!, hyphenated);
      paragraphs.push(joined);
      length += joined.length - last.length;
      pageStarts.push(length - own[0]!.length);
      first = 1;
    } else {
      pageStarts.push(paragraphs.length && (own.length || noteParagraphs.length) ? length + 2 : length);
    }
    for (const p of own.slice(first)) add(p);
    if (noteParagraphs.length) for (const p of [NOTES_HEADING, ...noteParagraphs]) add(p);
    openParagraph = noteParagraphs.length === 0 && own.length > 0;
  }
  return { text: paragraphs.join("\n\n"), pageStarts };
}
