// Files and folders -> Documents. A file that cannot be read is reported by name and skipped,
// never allowed to stop the others.
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve, sep } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Document } from "./document.ts";

const FORMATS: Record<string, Document["format"]> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

export type LoadFailure = { path: string; reason: string };

/** Expands folders (recursively, hidden entries skipped) into the supported files they hold, sorted. */
export async function listDocumentFiles(paths: string[]): Promise<{ files: string[]; failures: LoadFailure[] }> {
  const files: string[] = [];
  const failures: LoadFailure[] = [];
  async function walk(path: string, explicit: boolean): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch {
      failures.push({ path, reason: "no such file or folder" });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((e) => !e.startsWith(".")).sort();
      for (const entry of entries) await walk(join(path, entry), false);
    } else if (FORMATS[extname(path).toLowerCase()]) {
      files.push(path);
    } else if (explicit) {
      failures.push({ path, reason: `unsupported file type; claimgraph reads ${Object.keys(FORMATS).join(" ")}` });
    }
  }
  for (const p of paths) await walk(p, true);
  return { files: [...new Set(files)], failures };
}

export async function readDocument(path: string): Promise<Document> {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) throw new Error(`readDocument: ${path} is not a .txt, .md or .html file`);
  const bytes = await readFile(path);
  if (bytes.includes(0)) throw new Error(`readDocument: ${path} looks binary (it contains NUL bytes)`);
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`readDocument: ${path} is not valid UTF-8; convert it (e.g. iconv -t UTF-8) and ingest again`);
  }
  raw = raw.replace(/^\uFEFF/, "");
  const uri = relative(process.cwd(), resolve(path)).split(sep).join("/") || basename(path);
  const location = resolve(path);
  if (format === "html") return { ...htmlToText(raw, path), uri, location, format };
  if (!raw.trim()) throw new Error(`readDocument: ${path} is empty`);
  return { uri, location, format, title: firstLineTitle(raw, path), text: raw };
}

function firstLineTitle(text: string, path: string): string {
  const line = text.split("\n").find((l) => l.trim()) ?? "";
  const title = line.replace(/^#+\s*/, "").trim();
  return title.length > 0 && title.length <= 160 ? title : basename(path);
}

const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL".split(
    " ",
  ),
);
/** Ids and classes of comment sections in blog and news software (WordPress, Disqus, Substack...). */
const COMMENTS =
  /(?:^|[\s_-])(?:comments|comment-list|commentlist|comment-section|discussion|disqus_thread|replies)(?:$|[\s_-])/i;

/** The text of an element with a line break around each block and at each <br>. */
function blockText(node: Node): string {
  if (node.nodeType === 3) return (node.textContent ?? "").replace(/\s+/g, " ");
  if (node.nodeType !== 1) return "";
  const el = node as Element;
  if (el.tagName === "BR") return "\n";
  if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) return "";
  const inner = [...el.childNodes].map(blockText).join("");
  return BLOCK.has(el.tagName) ? `\n${inner}\n` : inner;
}

/** The page's comment section as text, or undefined when it has none. */
function commentSection(html: string): string | undefined {
  const { document } = parseHTML(html);
  // Of the elements named like a comment section, the one holding the most text (not a "3 comments" link).
  let section: Element | undefined;
  for (const el of document.querySelectorAll("[id],[class]"))
    if (COMMENTS.test(el.getAttribute("id") ?? "") || COMMENTS.test(el.getAttribute("class") ?? ""))
      if (!section || (el.textContent ?? "").length > (section.textContent ?? "").length) section = el;
  if (!section) return undefined;
  const text = blockText(section)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n\n");
  return text || undefined;
}

/** The readable article of an HTML page (Readability), as plain text with paragraph breaks. */
function htmlToText(html: string, path: string): Pick<Document, "title" | "text" | "author" | "publishedAt"> {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as globalThis.Document).parse();
  const body = article?.content
    ? parseHTML(`<html><body>${article.content}</body></html>`).document.body
    : document.body;
  const blocks = [...body.querySelectorAll("h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td")]
    .filter((el) => !el.querySelector("p,li,blockquote"))
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const article_ = blocks.length ? blocks.join("\n\n") : (body.textContent ?? "").replace(/[ \t]+/g, " ").trim();
  // Readability keeps the article and drops its comment section; the comments are claims of their
  // authors, so they are kept after the article, one block per line as the page shows them.
  const comments = commentSection(html);
  const text = comments && !article_.includes(comments.slice(0, 200)) ? `${article_}\n\n${comments}` : article_;
  if (!text) throw new Error(`readDocument: ${path} has no readable text`);
  const title = (article?.title || document.title || "").trim() || firstLineTitle(text, path);
  return {
    title,
    text,
    ...(article?.byline ? { author: article.byline.trim() } : {}),
    ...(article?.publishedTime ? { publishedAt: article.publishedTime } : {}),
  };
}
