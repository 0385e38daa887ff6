// PDF: the text layer read with pdf.js (Mozilla's PDF reader, its legacy build, which runs in Node
// without a canvas), laid out in reading order by pdf-layout.ts, titled and dated from the info
// dictionary. Files it cannot read get a message that says why and what to do about it.
import type { LoadedText } from "../document.ts";
import { pdfDate, plausibleTitle } from "./pdf-info.ts";
import { layOut, type PdfPageRuns } from "./pdf-layout.ts";
import { firstLineTitle } from "./text.ts";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

/** pdf.js is a large module: loaded on the first PDF, not by every command that can read files. */
let pdfjs: Promise<PdfJs> | undefined;
const loadPdfJs = () => (pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs"));

export const NO_TEXT_LAYER = "no text layer: scanned pages need OCR first";
export const ENCRYPTED = "encrypted: the PDF needs a password; decrypt it first";

async function open(bytes: Uint8Array): Promise<PdfDocument> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given (and refuses a Node Buffer), so it gets a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    return await task.promise;
  } catch (e) {
    await task.destroy();
    const error = e as Error;
    if (error.name === "PasswordException")
      throw new Error(`${ENCRYPTED} (e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf)`);
    throw new Error(
      `not a readable PDF (${error.message.replace(/\.$/, "")}); the file is corrupt, truncated or not a PDF`,
    );
  }
}

/** Each page's text runs, positioned on the page as it is shown (rotation and crop box applied). */
async function pageRuns(doc: PdfDocument): Promise<PdfPageRuns[]> {
  const pages: PdfPageRuns[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs: PdfPageRuns = [];
    for (const item of content.items) {
      if (!("str" in item) || !item.str) continue;
      const [, , c, d, e, f] = item.transform as number[];
      const [x, top] = viewport.convertToViewportPoint(e!, f!) as [number, number];
      runs.push({ text: item.str, x, top, width: item.width, size: Math.hypot(c!, d!) });
    }
    pages.push(runs);
    page.cleanup();
  }
  return pages;
}

/** Title, author, publisher and date, from the info dictionary (and XMP's dc:publisher, which the info lacks). */
async function metadata(
  doc: PdfDocument,
): Promise<{ title?: string; author?: string; publisher?: string; publishedAt?: string }> {
  const { info, metadata: xmp } = await doc.getMetadata();
  const entry = (key: string) => {
    const value = (info as Record<string, unknown>)[key];
    return typeof value === "string" && value.trim() ? value.trim() : undefined;
  };
  const dcPublisher = xmp?.get("dc:publisher") as unknown;
  const publisher = [dcPublisher].flat().find((p): p is string => typeof p === "string" && p.trim() !== "");
  const title = entry("Title");
  const author = entry("Author");
  const publishedAt = pdfDate(entry("CreationDate"));
  return {
    ...(title && plausibleTitle(title) ? { title } : {}),
    ...(author ? { author } : {}),
    ...(publisher ? { publisher: publisher.trim() } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}

export async function loadPdf(bytes: Uint8Array, name: string): Promise<LoadedText> {
  const doc = await open(bytes);
  try {
    let pages: PdfPageRuns[];
    try {
      pages = await pageRuns(doc);
    } catch (e) {
      throw new Error(`a page could not be read (${(e as Error).message}); the file may be damaged`);
    }
    const { text, pageStarts } = layOut(pages);
    if (!text.trim()) throw new Error(`${NO_TEXT_LAYER} (e.g. ocrmypdf in.pdf out.pdf), then ingest the result`);
    const { title, ...meta } = await metadata(doc);
    return { title: title ?? firstLineTitle(text, name), text, pageStarts, ...meta };
  } finally {
    await doc.destroy();
  }
}
