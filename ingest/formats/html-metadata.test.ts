// What readHtmlMetadata finds in pages written the ways publishing software writes them.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readHtmlMetadata } from "./html-metadata.ts";

const read = (head: string, body = "") =>
  readHtmlMetadata(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document);
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe("readHtmlMetadata", () => {
  it("reads OpenGraph and article:* tags", () => {
    expect(
      read(`<meta property="og:title" content="Tide gauge network expands">
        <meta property="og:site_name" content="Coastal Review">
        <meta property="article:published_time" content="2022-08-01T14:30:00Z">
        <meta property="article:author" content="Sam Okoro">`),
    ).toEqual({
      title: "Tide gauge network expands",
      publisher: "Coastal Review",
      publishedAt: "2022-08-01T14:30:00Z",
      author: "Sam Okoro",
    });
  });

  it("drops an article:author that is a profile URL, and takes the byline instead", () => {
    const meta = read(
      `<meta property="article:author" content="https://review.example/authors/sam">`,
      `<article><p class="byline">By Sam Okoro</p><p>Text.</p></article>`,
    );
    expect(meta.author).toBe("Sam Okoro");
  });

  it("reads a JSON-LD NewsArticle: headline, author names, publisher, datePublished", () => {
    const meta = read(
      ld({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: "Orchard yields recover",
        datePublished: "2021-10-04",
        author: [{ "@type": "Person", name: "Ada Lind" }, "Bo Nyberg"],
        publisher: { "@type": "Organization", name: "Valley Gazette" },
      }),
    );
    expect(meta).toEqual({
      title: "Orchard yields recover",
      author: "Ada Lind, Bo Nyberg",
      publisher: "Valley Gazette",
      publishedAt: "2021-10-04",
    });
  });

  it("finds the article in a @graph list and resolves an author given by @id", () => {
    const meta = read(
      ld({
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "WebPage", "@id": "#page", datePublished: "2019-01-01" },
          { "@type": ["BlogPosting"], author: { "@id": "#p1" }, datePublished: "2020-02-29T09:00:00+0530" },
          { "@type": "Person", "@id": "#p1", name: "Rui Costa" },
        ],
      }),
    );
    expect(meta).toMatchObject({ author: "Rui Costa", publishedAt: "2020-02-29T09:00:00+05:30" });
  });

  it("falls back to plain meta tags, Dublin Core and application-name", () => {
    expect(
      read(`<meta name="author" content="Kim Ahn"><meta name="DC.date" content="2018/06/15">
        <meta name="application-name" content="Ridge Bulletin"><title>Trail reopens | Ridge Bulletin</title>`),
    ).toEqual({ author: "Kim Ahn", publishedAt: "2018-06-15", publisher: "Ridge Bulletin", title: "Trail reopens" });
  });

  it("takes the <time> in the article's header, not the site's", () => {
    const meta = read(
      "",
      `<header><time datetime="2030-01-01">today</time></header>
       <article><header><h1>Bridge repaired</h1><time datetime="2017-03-09">9 March 2017</time></header><p>Text.</p></article>`,
    );
    expect(meta.publishedAt).toBe("2017-03-09");
  });

  it("drops invalid dates and tries the next source", () => {
    const meta = read(`<meta property="article:published_time" content="2023-02-30">
      <meta name="pubdate" content="not yet"><meta name="date" content="March 7, 2023">`);
    expect(meta.publishedAt).toBe("2023-03-07");
    expect(read(`<meta property="article:published_time" content="soon">`).publishedAt).toBeUndefined();
  });

  it("survives a malformed JSON-LD block and reads rel=author", () => {
    const meta = read(
      `<script type="application/ld+json">{"@type": "Article",}</script>`,
      `<a rel="author" href="/people/li">Li Wei</a>`,
    );
    expect(meta).toEqual({ author: "Li Wei" });
  });
});
