// Who wrote a web page, who put it out, when, and under what title: read from what publishing
// software writes for search engines and social sites (OpenGraph and article:* meta tags, JSON-LD
// schema.org objects, Dublin Core and Highwire citation_* tags), then from the page itself (rel=author,
// a byline, the <time> in the article's header). Structured data comes first because it names each
// field on purpose; visible text is the fallback. Every value is checked: an author that is a URL,
// a date that is no real date, is dropped rather than stored.
import type { LoadedText } from "../document.ts";
import { normaliseDate } from "./dates.ts";

export type HtmlMetadata = Partial<Pick<LoadedText, "title" | "author" | "publisher" | "publishedAt">>;

/** The part of a DOM document this module reads (linkedom's and the browser's both fit). */
type Page = Pick<globalThis.Document, "querySelectorAll" | "querySelector" | "title">;

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** schema.org types that are one article, post or report (NewsArticle, BlogPosting, Report...). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Posting|Report)$/;

/** Every typed object in the page's JSON-LD blocks: top-level arrays, @graph lists, mainEntity. */
function jsonLdNodes(page: Page): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4) return;
    for (const item of asArray(v)) {
      if (!isObject(item)) continue;
      if (item["@type"]) nodes.push(item);
      visit(item["@graph"], depth + 1);
      visit(item.mainEntity, depth + 1);
    }
  };
  for (const script of page.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A malformed block (trailing comma, HTML comment) is common; the page's other data still counts.
    }
  }
  return nodes;
}

const types = (node: JsonObject) => asArray(node["@type"]).filter((t): t is string => typeof t === "string");

/** The names in a schema.org author/publisher value: a string, {name}, an @id pointing into @graph, or a list. */
function namesOf(value: unknown, byId: Map<string, JsonObject>): string[] {
  return asArray(value).flatMap((v) => {
    if (typeof v === "string") return [v];
    if (!isObject(v)) return [];
    const node = typeof v["@id"] === "string" && !v.name ? (byId.get(v["@id"]) ?? v) : v;
    return typeof node.name === "string" ? [node.name] : [];
  });
}

/** Meta tags by their lowercased name, property or itemprop: each key's values in page order. */
function metaTags(page: Page): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const el of page.querySelectorAll("meta[content]")) {
    const content = clean(el.getAttribute("content"));
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key) tags.set(key, [...(tags.get(key) ?? []), content]);
    }
  }
  return tags;
}

const looksLikeUrl = (s: string) => /^(?:https?:)?\/\/|^www\./i.test(s);

/** A person's name as bylines write it: without "By", not a URL, not a paragraph. */
export function cleanAuthor(raw: string | undefined): string | undefined {
  const s = clean(raw)
    .replace(/^(?:written\s+)?by[:\s]+/i, "")
    .replace(/[|,;·•–—-]+$/, "")
    .trim();
  return s && !looksLikeUrl(s) && s.length <= 120 ? s : undefined;
}

/** Several names as one author string, each once, in page order. */
function joinNames(names: (string | undefined)[]): string | undefined {
  const kept = [...new Set(names.map(cleanAuthor).filter((n): n is string => !!n))];
  return kept.length ? kept.join(", ") : undefined;
}

const firstOf = (...values: (string | undefined)[]) => values.find((v) => v !== undefined && v !== "");

/** "Story headline | The Example Times" -> "Story headline" when the tail is the publisher's name. */
function withoutSiteSuffix(title: string, publisher: string | undefined): string {
  if (!publisher) return title;
  const m = title.match(/^(.+?)\s+[|–—:·-]\s+(.+)$/);
  return m && clean(m[2]).toLowerCase() === publisher.toLowerCase() ? clean(m[1]) : title;
}

export function readHtmlMetadata(page: Page): HtmlMetadata {
  const meta = metaTags(page);
  const tag = (...keys: string[]) => firstOf(...keys.map((k) => meta.get(k)?.[0]));
  const nodes = jsonLdNodes(page);
  const byId = new Map(nodes.flatMap((n) => (typeof n["@id"] === "string" ? [[n["@id"], n] as const] : [])));
  // The article's own object; a WebPage object when the page describes itself no more precisely.
  const article =
    nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t))) ??
    nodes.find((n) => types(n).some((t) => /WebPage$/.test(t)));
  const ld = (key: string) => (article && typeof article[key] === "string" ? clean(article[key]) : undefined);

  const publisher = firstOf(
    tag("og:site_name"),
    article ? joinNames(namesOf(article.publisher, byId)) : undefined,
    tag("dc.publisher", "dcterms.publisher", "citation_publisher", "application-name"),
  );

  const author = firstOf(
    article ? joinNames(namesOf(article.author, byId)) : undefined,
    joinNames(meta.get("author") ?? []),
    // article:author is often the author's profile URL; cleanAuthor drops those.
    joinNames(meta.get("article:author") ?? []),
    joinNames([...(meta.get("dc.creator") ?? []), ...(meta.get("dcterms.creator") ?? [])]),
    joinNames(meta.get("citation_author") ?? []),
    joinNames([...page.querySelectorAll('a[rel~="author"]')].map((a) => a.textContent ?? "")),
    joinNames(
      [...page.querySelectorAll('[itemprop~="author"]')].map(
        (el) => el.querySelector('[itemprop~="name"]')?.textContent ?? el.textContent ?? "",
      ),
    ),
    cleanAuthor(page.querySelector('.byline, [class~="byline"], [class~="author-name"]')?.textContent ?? undefined),
  );

  // Each candidate normalised in turn, so an invalid first one gives way to a valid later one.
  const publishedAt = [
    tag("article:published_time"),
    ld("datePublished"),
    tag("datepublished"),
    page.querySelector('[itemprop~="datePublished"][datetime]')?.getAttribute("datetime") ?? undefined,
    tag("og:published_time", "published_time", "date", "pubdate", "publishdate", "publish-date"),
    tag("dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created"),
    tag("citation_publication_date", "citation_date"),
    // The <time> in the article's own header, not one in the site's header or the comments.
    page
      .querySelector("article header time[datetime], article time[pubdate][datetime], time[pubdate][datetime]")
      ?.getAttribute("datetime") ?? undefined,
  ]
    .map(normaliseDate)
    .find((d) => d !== undefined);

  const title = firstOf(
    tag("og:title"),
    ld("headline"),
    tag("twitter:title", "dc.title", "dcterms.title", "citation_title"),
    withoutSiteSuffix(clean(page.title), publisher) || undefined,
  );

  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(publisher ? { publisher } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}
