// Word documents (.docx): mammoth turns the body into HTML, which becomes paragraphs of text here;
// the title, author, company and creation date come from the package's document properties.
import JSZip from "jszip";
import mammoth from "mammoth";
import { DOMParser, parseHTML } from "linkedom";
import type { LoadedText } from "../document.ts";
import { firstLineTitle } from "./text.ts";

/** Elements whose text is one paragraph of the document. */
const PARAGRAPHS = "h1,h2,h3,h4,h5,h6,p,li,td,th";

export async function loadDocx(bytes: Uint8Array, name: string): Promise<LoadedText> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new Error(`not a readable .docx (not a zip package)`);
  }
  if (!zip.file("word/document.xml")) throw new Error(`not a Word document (no word/document.xml)`);
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  // Footnote and endnote markers ("[1]") would end up inside body sentences; the notes themselves
  // (mammoth lists them after the body with a back-link "↑") are kept after a "Notes" line.
  for (const ref of document.querySelectorAll('sup a[href^="#footnote-"], sup a[href^="#endnote-"]'))
    ref.parentElement?.remove();
  for (const back of document.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]')) back.remove();
  const notes = [...document.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]')];
  for (const note of notes) note.remove();
  const body = paragraphs(document.body.querySelectorAll(PARAGRAPHS));
  const noteText = notes.map(textOf).filter(Boolean);
  const text = noteText.length ? [...body, "Notes", ...noteText].join("\n\n") : body.join("\n\n");
  if (!text.trim()) throw new Error(`no text`);
  const props = await properties(zip);
  return { ...props, title: props.title || firstLineTitle(text, name), text };
}

const textOf = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim();

/** The text of each element without nested paragraph elements, whitespace collapsed, empty ones dropped. */
function paragraphs(elements: Iterable<Element>): string[] {
  return [...elements]
    .filter((el) => !el.querySelector(PARAGRAPHS))
    .map(textOf)
    .filter(Boolean);
}

/** docProps/core.xml (title, creator, created) and docProps/app.xml (Company). */
async function properties(zip: JSZip): Promise<Omit<LoadedText, "text">> {
  const xml = async (path: string) => {
    const source = await zip.file(path)?.async("string");
    return source ? new DOMParser().parseFromString(source, "text/xml") : undefined;
  };
  const core = await xml("docProps/core.xml");
  const app = await xml("docProps/app.xml");
  const field = (doc: Awaited<ReturnType<typeof xml>>, tag: string) =>
    doc?.getElementsByTagName(tag)[0]?.textContent?.trim() || undefined;
  const created = field(core, "dcterms:created");
  const publishedAt = created && !Number.isNaN(Date.parse(created)) ? created.slice(0, 10) : undefined;
  const author = field(core, "dc:creator");
  const publisher = field(app, "Company");
  return {
    title: field(core, "dc:title") ?? "",
    ...(author ? { author } : {}),
    ...(publisher ? { publisher } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}
