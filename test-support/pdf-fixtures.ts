// PDFs built at test time, so tests control every position, font size and dictionary entry and no
// binary fixture is checked in. A minimal PDF 1.4 writer: one Helvetica font (a standard font, so no
// font file is embedded), one content stream per page, an info dictionary, an xref table. It can also
// draw a page with no text at all (a scan stand-in) and mark a file as password-encrypted.

/** A run of text: baseline at (x, y) in points from the page's bottom-left, Helvetica at `size`. */
export type PdfRun = {
  x: number;
  y: number;
  size: number;
  text: string;
  /** A smaller raised run drawn right after `text` on the same baseline (a footnote mark). */
  sup?: string;
  /** Text drawn after `sup`, back at `size` on the baseline. */
  after?: string;
};

export type PdfPage = {
  runs: PdfRun[];
  /** A filled grey rectangle and nothing else: what a scanned page looks like to a text extractor. */
  picture?: boolean;
};

export type PdfOptions = {
  /** Info dictionary entries, e.g. { Title: "…", Author: "…", CreationDate: "D:20240503120000Z" }. */
  info?: Record<string, string>;
  /**
   * A Standard security handler whose /O and /U entries match no password, so a reader must ask for
   * one. The content is not really encrypted: no reader gets that far.
   */
  encrypted?: boolean;
  /** An XMP metadata stream naming this dc:publisher (the info dictionary has no entry for one). */
  xmpPublisher?: string;
};

export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;

/** A PDF literal string: backslash, parentheses escaped; Latin-1 only (WinAnsi), which fixtures keep to. */
const literal = (text: string) => `(${text.replace(/[\\()]/g, "\\$&")})`;

function contentStream(page: PdfPage): string {
  const ops: string[] = [];
  if (page.picture) ops.push("0.6 g 72 72 468 648 re f");
  for (const run of page.runs) {
    ops.push(`BT /F1 ${run.size} Tf ${run.x} ${run.y} Td ${literal(run.text)} Tj`);
    if (run.sup) {
      // Text rise (Ts) raises the mark; the text position advances by the glyph widths on its own.
      const small = Math.round(run.size * 0.6 * 10) / 10;
      ops.push(`/F1 ${small} Tf ${Math.round(run.size * 0.35)} Ts ${literal(run.sup)} Tj 0 Ts /F1 ${run.size} Tf`);
    }
    if (run.after) ops.push(`${literal(run.after)} Tj`);
    ops.push("ET");
  }
  return ops.join("\n");
}

/** The bytes of a PDF with these pages. */
export function writePdf(pages: PdfPage[], options: PdfOptions = {}): Uint8Array {
  // Object numbers: 1 catalog, 2 pages, 3 font, 4 info, 5 encrypt, 6 XMP, then a page and its content per page.
  const objects = new Map<number, string>();
  const pageIds = pages.map((_, i) => 7 + 2 * i);
  objects.set(1, `<< /Type /Catalog /Pages 2 0 R${options.xmpPublisher ? " /Metadata 6 0 R" : ""} >>`);
  if (options.xmpPublisher) {
    const xmp =
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">' +
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      `<dc:publisher><rdf:Bag><rdf:li>${options.xmpPublisher}</rdf:li></rdf:Bag></dc:publisher>` +
      '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
    objects.set(
      6,
      `<< /Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(xmp, "latin1")} >>\nstream\n${xmp}\nendstream`,
    );
  }
  objects.set(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`);
  objects.set(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const info = Object.entries(options.info ?? {}).map(([k, v]) => `/${k} ${literal(v)}`);
  objects.set(4, `<< ${info.join(" ")} >>`);
  if (options.encrypted)
    objects.set(
      5,
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${"7a".repeat(32)}> /U <${"3c".repeat(32)}> >>`,
    );
  pages.forEach((page, i) => {
    const stream = contentStream(page);
    objects.set(
      pageIds[i]!,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
        `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    objects.set(pageIds[i]! + 1, `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
  });

  const size = 7 + 2 * pages.length;
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = new Array(size).fill(-1);
  for (let id = 1; id < size; id++) {
    const body = objects.get(id);
    if (body === undefined) continue;
    offsets[id] = Buffer.byteLength(out, "latin1");
    out += `${id} 0 obj\n${body}\nendobj\n`;
  }
  const xrefAt = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id++)
    out += offsets[id]! >= 0 ? `${String(offsets[id]).padStart(10, "0")} 00000 n \n` : "0000000000 65535 f \n";
  const id = "<" + "0123456789abcdef".repeat(2) + ">";
  out +=
    `trailer\n<< /Size ${size} /Root 1 0 R /Info 4 0 R` +
    (options.encrypted ? ` /Encrypt 5 0 R /ID [${id} ${id}]` : "") +
    ` >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

// ---- A laid-out report: running header and footer, page numbers, paragraphs, footnotes ----

export type ReportPage = {
  /** Paragraphs of body text, each already broken into lines (so tests choose where words break). */
  paragraphs: Array<Array<string | PdfRunLine>>;
  /** A heading drawn larger above the paragraphs. */
  heading?: string;
  /** Footnotes, each a list of lines; the first line starts with its number. Drawn small at the bottom. */
  footnotes?: string[][];
};
/** A body line that carries a raised footnote mark: `text` + small `sup` + `after`. */
export type PdfRunLine = { text: string; sup: string; after?: string };

export type ReportOptions = PdfOptions & {
  /** Drawn at the top of every page; "#" becomes the page number. A function may vary it by page. */
  header?: string | ((page: number) => string);
  /** Drawn at the bottom of every page; "#" becomes the page number, "##" the page count. */
  footer?: string;
  /** A line of its own with the page number, e.g. "- # -" or "Page # of ##". */
  pageNumber?: string;
};

export const BODY_SIZE = 11;
export const NOTE_SIZE = 8;
const LEADING = 14;
const PARAGRAPH_GAP = 10;
const NOTE_LEADING = 10;

export function writeReport(pages: ReportPage[], options: ReportOptions = {}): Uint8Array {
  const fill = (pattern: string, n: number) => pattern.replace(/##/g, String(pages.length)).replace(/#/g, String(n));
  return writePdf(
    pages.map((page, i) => {
      const runs: PdfRun[] = [];
      const header = typeof options.header === "function" ? options.header(i + 1) : options.header;
      if (header) runs.push({ x: 72, y: 750, size: 9, text: fill(header, i + 1) });
      let y = 710;
      if (page.heading) {
        runs.push({ x: 72, y, size: 16, text: page.heading });
        y -= 28;
      }
      for (const paragraph of page.paragraphs) {
        for (const line of paragraph) {
          runs.push(
            typeof line === "string"
              ? { x: 72, y, size: BODY_SIZE, text: line }
              : { x: 72, y, size: BODY_SIZE, ...line },
          );
          y -= LEADING;
        }
        y -= PARAGRAPH_GAP;
      }
      const noteLines = (page.footnotes ?? []).flat();
      let noteY = 80 + NOTE_LEADING * (noteLines.length - 1);
      for (const line of noteLines) {
        runs.push({ x: 72, y: noteY, size: NOTE_SIZE, text: line });
        noteY -= NOTE_LEADING;
      }
      if (options.pageNumber) runs.push({ x: 300, y: 52, size: 9, text: fill(options.pageNumber, i + 1) });
      if (options.footer) runs.push({ x: 72, y: 36, size: 9, text: fill(options.footer, i + 1) });
      return { runs };
    }),
    options,
  );
}

// ---- The sample report the loader, ingest and browser tests share ----

/** Running header, footer and page number of the sample report: none of them may reach a claim. */
export const SAMPLE_FURNITURE = {
  header: "Coastal Energy Review 2024",
  footer: "Ashgrove Press - internal copy",
  pageNumber: "Page # of ##",
};

/**
 * A three-page report about tidal power (invented names and figures). It breaks "tech-nology" and
 * "long-term" across lines (the latter also written whole on page 3), "Sino-British" before a
 * capital, carries a raised note mark with its note at the foot of page 1, and runs a paragraph
 * from page 2 onto page 3.
 */
export const SAMPLE_PAGES: ReportPage[] = [
  {
    heading: "Tidal Power on the Northern Coast",
    paragraphs: [
      [
        "The Marlow Institute reported that the Kestrel Bay tidal plant",
        "produced 42 megawatts in 2023, using turbine tech-",
        "nology supplied by Corven Engineering.",
      ],
      [
        { text: "Corven Engineering said its turbines lasted twice as long as older designs.", sup: "1" },
        "The plant cost 310 million euros to build.",
      ],
    ],
    footnotes: [["1 Figures from the annual filing of the operator, which the", "institute did not audit."]],
  },
  {
    paragraphs: [
      [
        "Halden Power expects tidal output on the coast to reach 120",
        "megawatts by 2030, a long-",
        "term goal first set by the Sino-",
        "British research partnership in 2021.",
      ],
      ["The Fenwick Trust argued that the cost of the project rose", "by 30 percent in two years, and that the"],
    ],
  },
  {
    paragraphs: [
      ["regional grid needed new cables before the second phase."],
      ["Kestrel Bay employs 85 people, according to the Marlow Institute.", "The long-term contract runs until 2040."],
    ],
  },
];

export const SAMPLE_INFO = {
  Title: "Tidal Power on the Northern Coast",
  Author: "Rhona Calder",
  CreationDate: "D:20240503101500Z",
};

export const SAMPLE_PUBLISHER = "Brackwater Publishing";

export const sampleReport = (): Uint8Array =>
  writeReport(SAMPLE_PAGES, { ...SAMPLE_FURNITURE, info: SAMPLE_INFO, xmpPublisher: SAMPLE_PUBLISHER });

/** A page's words as one lower-case string of letters and digits, to find on which page a quote starts. */
export const pageLetters = (page: ReportPage): string =>
  [
    page.heading ?? "",
    ...page.paragraphs.flat().map((l) => (typeof l === "string" ? l : `${l.text}${l.sup}${l.after ?? ""}`)),
    ...(page.footnotes ?? []).flat(),
  ]
    .join(" ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
