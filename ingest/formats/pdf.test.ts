// The PDF loader on PDFs written at test time (test-support/pdf-fixtures.ts): reading order, pages,
// page furniture, hyphenation, footnotes, metadata, and the files it must refuse with a clear reason.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  pageLetters,
  SAMPLE_FURNITURE,
  SAMPLE_INFO,
  SAMPLE_PAGES,
  SAMPLE_PUBLISHER,
  sampleReport,
  writePdf,
  writeReport,
} from "../../test-support/pdf-fixtures.ts";
import { pageAt } from "../document.ts";
import { readDocument } from "../load.ts";
import { paragraphs } from "../segment.ts";
import { ENCRYPTED, loadPdf, NO_TEXT_LAYER } from "./pdf.ts";
import { pdfDate, plausibleTitle } from "./pdf-info.ts";
import { joinLines } from "./pdf-layout.ts";

const sample = await loadPdf(sampleReport(), "sample.pdf");
const paragraphTexts = paragraphs(sample.text).map((p) => sample.text.slice(p.start, p.end));
const pageOf = (phrase: string) => {
  const at = sample.text.indexOf(phrase);
  expect(at, phrase).toBeGreaterThanOrEqual(0);
  return pageAt(sample, at);
};

describe("loadPdf on a laid-out report", () => {
  it("gives one page start per page, each where that page's first words are", () => {
    expect(sample.pageStarts).toHaveLength(3);
    expect(sample.text.slice(sample.pageStarts![0]!)).toMatch(/^Tidal Power on the Northern Coast\n\nThe Marlow/);
    expect(sample.text.slice(sample.pageStarts![1]!)).toMatch(/^Halden Power expects/);
    // Page 3 starts mid-paragraph: its first words continue page 2's last sentence.
    expect(sample.text.slice(sample.pageStarts![2]!)).toMatch(/^regional grid needed/);
  });

  it("puts each sentence on the page it is printed on", () => {
    expect(pageOf("produced 42 megawatts")).toBe(1);
    expect(pageOf("Figures from the annual filing")).toBe(1);
    expect(pageOf("Halden Power expects")).toBe(2);
    expect(pageOf("The Fenwick Trust argued")).toBe(2);
    expect(pageOf("Kestrel Bay employs 85 people")).toBe(3);
  });

  it("leaves out the running header, the footer and the page numbers", () => {
    expect(sample.text).not.toContain(SAMPLE_FURNITURE.header);
    expect(sample.text).not.toContain("Ashgrove");
    expect(sample.text).not.toMatch(/Page \d/);
  });

  it("rejoins a word broken across lines and keeps the hyphens that belong to the words", () => {
    expect(sample.text).toContain("using turbine technology supplied by Corven Engineering.");
    // "long-term" is written whole on page 3, so the hyphen at the line end is its own.
    expect(sample.text).toContain("a long-term goal first set by the Sino-British research partnership");
  });

  it("joins a paragraph that runs over a page break, so its sentence stays whole", () => {
    expect(paragraphTexts).toContain(
      "The Fenwick Trust argued that the cost of the project rose by 30 percent in two years, and that the regional grid needed new cables before the second phase.",
    );
  });

  it("keeps the footnote apart from the body: its own paragraph after a Notes line, at the end of its page", () => {
    const note = "1 Figures from the annual filing of the operator, which the institute did not audit.";
    expect(paragraphTexts).toContain(note);
    const at = paragraphTexts.indexOf(note);
    expect(paragraphTexts[at - 1]).toBe("Notes");
    // The body sentence the mark belongs to keeps its mark and does not run into the note.
    expect(paragraphTexts).toContain(
      "Corven Engineering said its turbines lasted twice as long as older designs.[1] The plant cost 310 million euros to build.",
    );
    expect(sample.text.indexOf(note)).toBeLessThan(sample.pageStarts![1]!);
  });

  it("takes title, author and date from the info dictionary, and the publisher from XMP", () => {
    expect(sample.title).toBe(SAMPLE_INFO.Title);
    expect(sample.publisher).toBe(SAMPLE_PUBLISHER);
    expect(sample.author).toBe("Rhona Calder");
    expect(sample.publishedAt).toBe("2024-05-03T10:15:00Z");
  });

  it("keeps every printed word of the body, in reading order", () => {
    const letters = sample.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, "")
      .replace("notes", "");
    expect(letters).toBe(SAMPLE_PAGES.map(pageLetters).join(""));
  });

  it("reads a .pdf file through readDocument", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pdf-"));
    writeFileSync(join(dir, "report.pdf"), sampleReport());
    const doc = await readDocument(join(dir, "report.pdf"));
    expect(doc.format).toBe("pdf");
    expect(doc.text).toBe(sample.text);
    expect(doc.pageStarts).toEqual(sample.pageStarts);
  });
});

describe("two columns", () => {
  // Left column at x 72, right column at x 320, both from the same height: read line by line across
  // the page, their lines would interleave.
  const column = (x: number, paragraphs: string[][]) => {
    let y = 700;
    return paragraphs.flatMap((lines) => {
      const runs = lines.map((text) => ({ x, y: (y -= 13) + 13, size: 10, text }));
      y -= 9;
      return runs;
    });
  };
  const left = [
    [
      "The Avon rises in the hills north of the",
      "town and reaches the sea after a course",
      "of some ninety kilometres through farms",
      "and two small market towns.",
    ],
    ["The Tamar is longer, and for most of its", "length it marks the border between two", "counties, until the"],
  ];
  const right = [
    ["estuary widens below the old bridge and", "the river meets the tide at the harbour."],
    ["Both rivers were surveyed again in 2021", "by the same team of engineers from the", "coastal authority."],
  ];

  it("reads the left column, then the right, and joins the paragraph that runs from one to the other", async () => {
    const pdf = writePdf([
      {
        runs: [
          { x: 72, y: 740, size: 16, text: "Two Rivers Compared" },
          ...column(72, left),
          ...column(320, right),
          { x: 300, y: 40, size: 9, text: "7" },
        ],
      },
    ]);
    const doc = await loadPdf(pdf, "columns.pdf");
    expect(doc.text.split("\n\n")).toEqual([
      "Two Rivers Compared",
      left[0]!.join(" "),
      [...left[1]!, ...right[0]!].join(" "),
      right[1]!.join(" "),
    ]);
  });
});

describe("page numbers", () => {
  const page = (river: string) => ({ paragraphs: [[`The ${river} carries silt to the sea.`]] });
  it.each(["#", "- # -", "Page #", "# of ##", "Page # of ##", "p. #", "#/##"])("leaves out %s", async (pattern) => {
    const pdf = writeReport([page("Avon"), page("Tamar")], { pageNumber: pattern });
    const doc = await loadPdf(pdf, "numbers.pdf");
    expect(doc.text).toBe("The Avon carries silt to the sea.\n\nThe Tamar carries silt to the sea.");
  });

  it("leaves out running heads that change with the chapter but carry the page number", async () => {
    const rivers = ["Avon", "Tamar", "Exe", "Dart"];
    // Every head's words differ, so only the page number in step with the page gives them away.
    const topics = ["Sources", "Mouths", "Floods", "Banks"];
    const heads = (n: number) => (n % 2 ? `Chapter ${n}: ${topics[n - 1]} #` : `# ${topics[n - 1]}`);
    const pdf = writeReport(rivers.map(page), { header: heads });
    const doc = await loadPdf(pdf, "heads.pdf");
    expect(doc.text.split("\n\n")).toEqual(rivers.map((r) => `The ${r} carries silt to the sea.`));
  });

  it("keeps a number that stands in the body, between other lines", async () => {
    const pdf = writeReport([{ paragraphs: [["Rivers counted this year:"], ["14"], ["That is more than before."]] }]);
    expect((await loadPdf(pdf, "count.pdf")).text).toContain("\n\n14\n\n");
  });
});

describe("metadata fallbacks", () => {
  const body = [{ paragraphs: [["A Short Note on Rivers"], ["Rivers carry silt to the sea."]] }];
  it("titles a PDF without an info title by its first line", async () => {
    const doc = await loadPdf(writeReport(body), "rivers.pdf");
    expect(doc.title).toBe("A Short Note on Rivers");
    expect(doc.author).toBeUndefined();
    expect(doc.publishedAt).toBeUndefined();
  });

  it("ignores a title that is a file name", async () => {
    const doc = await loadPdf(writeReport(body, { info: { Title: "Microsoft Word - draft3.docx" } }), "rivers.pdf");
    expect(doc.title).toBe("A Short Note on Rivers");
  });

  it.each([
    ["D:20240503", "2024-05-03"],
    ["D:202405", "2024-05-01"],
    ["D:20240503142500Z", "2024-05-03T14:25:00Z"],
    ["D:20240503142500+02'00'", "2024-05-03T14:25:00+02:00"],
    ["D:20240503142500-0530", "2024-05-03T14:25:00-05:30"],
    ["D:20241340", undefined],
    ["yesterday", undefined],
  ])("reads the PDF date %s as %s", (raw, iso) => expect(pdfDate(raw)).toBe(iso));

  it.each([
    ["Untitled", false],
    ["report.pdf", false],
    ["Tidal Power on the Northern Coast", true],
  ])("judges %s a title: %s", (title, ok) => expect(plausibleTitle(title)).toBe(ok));
});

describe("joinLines", () => {
  const none = new Set<string>();
  it.each([
    ["new tech-", "nology here", none, "new technology here"],
    ["the Sino-", "British plan", none, "the Sino-British plan"],
    ["a long-", "term plan", new Set(["long-term"]), "a long-term plan"],
    ["in COVID-", "19 times", none, "in COVID-19 times"],
    ["the end -", "a dash", none, "the end - a dash"],
    ["inter\u00AD", "national", none, "international"],
    ["plain", "words", none, "plain words"],
  ])("%s + %s", (first, next, hyphenated, joined) => expect(joinLines(first, next, hyphenated)).toBe(joined));
});

describe("PDFs it refuses, with a reason", () => {
  it("a PDF with pages but no text (a scan)", async () => {
    const scan = writePdf([
      { runs: [], picture: true },
      { runs: [], picture: true },
    ]);
    await expect(loadPdf(scan, "scan.pdf")).rejects.toThrow(NO_TEXT_LAYER);
  });

  it("a PDF that needs a password", async () => {
    const locked = writePdf([{ runs: [{ x: 72, y: 700, size: 11, text: "Secret plans for rivers." }] }], {
      encrypted: true,
    });
    await expect(loadPdf(locked, "locked.pdf")).rejects.toThrow(ENCRYPTED);
  });

  it.each([
    ["garbage after the header", new TextEncoder().encode("%PDF-1.4\nnothing here is a PDF object\n")],
    ["an HTML page named .pdf", new TextEncoder().encode("<!doctype html><p>not a pdf</p>")],
    ["the first half of a PDF", sampleReport().slice(0, 600)],
    ["no bytes at all", new Uint8Array()],
  ])("a corrupt file: %s", async (_, bytes) => {
    await expect(loadPdf(bytes, "bad.pdf")).rejects.toThrow(/^not a readable PDF \(.+\); the file is corrupt/);
  });

  it("reads the pages that have text when others are scans", async () => {
    const mixed = writePdf([
      { runs: [], picture: true },
      { runs: [{ x: 72, y: 700, size: 11, text: "Only the second page has words." }] },
    ]);
    const doc = await loadPdf(mixed, "mixed.pdf");
    expect(doc.text).toBe("Only the second page has words.");
    expect(pageAt(doc, 0)).toBe(2);
  });
});
