// HTML: the readable article (Readability) as plain text with paragraph breaks, plus the comment
// section Readability drops, since comments are claims of their authors.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { LoadedText } from "../document.ts";
import { normaliseDate } from "./dates.ts";
import { readDateline } from "./dateline.ts";
import { decodeUtf8 } from "./decode.ts";
import { cleanAuthor, readHtmlMetadata } from "./html-metadata.ts";
import { firstLineTitle } from "./text.ts";

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

/**
 * Elements nested deeper than this are no page a person reads (2,000 nested <div>s made the DOM
 * walk take minutes; 10,000 overflowed the stack): such a page is read as flat text instead.
 */
export const MAX_HTML_DEPTH = 400;

const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));

/** How deep the page's elements nest, by one pass over its tags; stops counting past MAX_HTML_DEPTH. */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const tag = m[2]!.toLowerCase();
    if (VOID.has(tag) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if ((max = Math.max(max, ++depth)) > MAX_HTML_DEPTH) return max;
  }
  return max;
}

const BLOCK_TAG = new RegExp(`</?(?:${[...BLOCK].join("|")}|br)\\b[^>]*>`, "gi");

/** The page's text without a DOM: scripts and styles dropped, a paragraph break at each block tag. */
function flatText(html: string): string {
  const stripped = html
    .replace(/<(head|script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(BLOCK_TAG, "\n")
    .replace(/<[^>]*>/g, " ");
  // Entities decoded by the parser, in an element that now holds text only.
  const { document } = parseHTML(`<html><body><pre>${stripped.replace(/</g, "&lt;")}</pre></body></html>`);
  const decoded = document.querySelector("pre")?.textContent ?? stripped;
  return decoded
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

/**
 * Pages larger than this are read without a DOM. Building one costs seconds and hundreds of MB per
 * MB of page (twice: Readability, then the comment section), so a 50 MB comment thread could not be
 * read at all; pages people read are far smaller, and on a huge one the text is the point.
 */
export const MAX_DOM_HTML_CHARS = 4_000_000;

/** The metadata of the page's <head> (title, author, date), read from it alone. */
function headMetadata(html: string) {
  const head = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/i.exec(html)?.[1] ?? "";
  // Scripts go, except the JSON-LD that states the author and date.
  const light = head
    .replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, " ")
    .replace(/<(style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ");
  const { document } = parseHTML(`<html><head>${light}</head><body></body></html>`);
  return readHtmlMetadata(document as unknown as globalThis.Document);
}

/** A page too large or too deeply nested for a DOM, as flat text with what its <head> says of it. */
function loadWithoutDom(html: string, name: string): LoadedText {
  const text = flatText(html);
  if (!text) throw new Error(`no readable text`);
  const meta = headMetadata(html);
  const title = meta.title || html.match(/<title[^>]*>([^<]*)<\/title>/i)?.[1]?.trim() || firstLineTitle(text, name);
  return {
    title,
    text,
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
  };
}

export function loadHtml(bytes: Uint8Array, name: string): LoadedText {
  const html = decodeUtf8(bytes);
  if (html.length > MAX_DOM_HTML_CHARS || nestingDepth(html) > MAX_HTML_DEPTH) return loadWithoutDom(html, name);
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document it is given.
  const meta = readHtmlMetadata(document as unknown as globalThis.Document);
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
  if (!text) throw new Error(`no readable text`);
  const title = meta.title || (article?.title || document.title || "").trim() || firstLineTitle(text, name);
  // The page's structured metadata first, then what Readability guessed, then a dateline in the text.
  const dateline = readDateline(text);
  const author = meta.author ?? cleanAuthor(article?.byline ?? undefined) ?? dateline.author;
  const publisher = meta.publisher ?? (article?.siteName?.trim() || undefined) ?? dateline.publisher;
  const publishedAt = meta.publishedAt ?? normaliseDate(article?.publishedTime ?? undefined) ?? dateline.publishedAt;
  return {
    title,
    text,
    ...(author ? { author } : {}),
    ...(publisher ? { publisher } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}
