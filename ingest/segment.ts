// Paragraphs and sentences with exact character offsets into the document text.

export type Span = { start: number; end: number };
export type Sentence = Span & { text: string; paragraph: number };

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * Lines are paragraphs: threads, lists and comment sections put one thought on each line. A line
 * that starts in lower case after a line with no closing punctuation continues it (hard-wrapped text).
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const trimmed = trimSpan(text, m.index, m.index + m[0].length);
    if (!trimmed) continue;
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, trimmed.start) : "";
    if (prev && !between.includes("\n\n") && /[\p{L},]$/u.test(text.slice(prev.start, prev.end)) && /^\p{Ll}/u.test(text[trimmed.start]!))
      prev.end = trimmed.end;
    else out.push(trimmed);
  }
  return out;
}

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach((para, paragraph) => {
    for (const seg of segmenter.segment(text.slice(para.start, para.end))) {
      const span = trimSpan(text, para.start + seg.index, para.start + seg.index + seg.segment.length);
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
