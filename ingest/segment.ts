// Paragraphs and sentences with exact character offsets into the document text.

export type Span = { start: number; end: number };
export type Sentence = Span & { text: string; paragraph: number };

/**
 * A sentence ends at . ! ? or … (with any closing quotes or brackets) before white space and a capital,
 * a digit or an opening quote, unless the word before the stop is an abbreviation or an initial. A
 * transcript's stage direction ("[laughs]", "[crosstalk]") stands apart from the sentences around it;
 * a citation marker after the stop ("...in 2019.[4] The ...") stays with the sentence it cites for.
 * Written out rather than Intl.Segmenter, which was the slowest step of extraction.
 */
const BOUNDARY =
  /[.!?…]+["”’')\]]*(?:\[(?:\d+(?:[–,-]\d+)*|\p{Ll}[\p{Ll} ]{2,20})\])*\s+(?=["“‘'(\[]?[\p{Lu}\d]|\[\p{Ll})|(?<=\[\p{Ll}[\p{Ll} ]*\])\s+(?=\p{Lu})/gu;
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|st|jr|sr|vs|etc|e\.g|i\.e|inc|ltd|co|corp|gen|col|sen|rep|gov|no|vol|fig|approx|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]|(?:[a-z]\.)+[a-z])$/i;

function* sentenceSpans(para: string): Generator<Span> {
  let start = 0;
  for (const m of para.matchAll(BOUNDARY)) {
    if (m[0][0] === "." && ABBREVIATION.test(para.slice(Math.max(start, m.index - 12), m.index))) continue;
    yield { start, end: m.index + m[0].trimEnd().length };
    start = m.index + m[0].length;
  }
  yield { start, end: para.length };
}

/**
 * Lines are paragraphs: threads, lists and comment sections put one thought on each line. A line
 * that starts in lower case after a line with no closing punctuation continues it (hard-wrapped text).
 * In text wrapped at a fixed width (a PDF's, an e-mail's), a line that runs to the width continues
 * on the next, whatever that one starts with.
 */
export function paragraphs(text: string): Span[] {
  const lines: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const trimmed = trimSpan(text, m.index, m.index + m[0].length);
    if (trimmed) lines.push(trimmed);
  }
  const width = wrapWidth(lines.map((l) => l.end - l.start));
  const out: Span[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, line.start) : "";
    const prevText = prev ? text.slice(prev.start, prev.end) : "";
    const lastLine = prev ? text.slice(Math.max(prev.start, text.lastIndexOf("\n", prev.end - 1) + 1), prev.end) : "";
    if (
      prev &&
      !between.includes("\n\n") &&
      ((/[\p{L},]$/u.test(prevText) && /^\p{Ll}/u.test(text[line.start]!)) ||
        (width > 0 &&
          lastLine.length >= 0.8 * width &&
          !/[:]$/.test(lastLine) &&
          !LIST_MARK.test(text.slice(line.start, line.start + 6))))
    )
      prev.end = line.end;
    else out.push({ ...line });
  }
  return out;
}

/** Bullets, numbered items and footnote marks open a line of their own. */
const LIST_MARK = /^(?:[-•*–>]\s|\d{1,2}[.)]\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\^\s|\[\d)/;

/**
 * The width a text is hard-wrapped at, or 0 when it is not: most lines of wrapped prose end close
 * to one width (50 to 120 characters); lines of web text, one paragraph each, vary widely.
 */
function wrapWidth(lengths: number[]): number {
  if (lengths.length < 8) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width < 50 || width > 120) return 0;
  const near = lengths.filter((n) => n >= 0.8 * width && n <= width * 1.05).length;
  return near >= 0.4 * lengths.length ? width : 0;
}

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach((para, paragraph) => {
    for (const seg of sentenceSpans(text.slice(para.start, para.end))) {
      const span = trimSpan(text, para.start + seg.start, para.start + seg.end);
      if (span) out.push({ ...span, text: text.slice(span.start, span.end), paragraph });
    }
  });
  return out;
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** Does the text at `at` open a sentence (after a dateline or an opening quote at most)? */
export function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  // "The U.S. Commerce Department": an initialism's dots end no sentence.
  return /(?:^|[.!?]["”’]?\s+|\n\s*|\)\s+[-–—]\s+|[“"]\s*)$/.test(before) && !/\b(?:\p{Lu}\.){2,}\s+$/u.test(before);
}
