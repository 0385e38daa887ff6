// A local HTTP server on a free port serving pages written for the URL tests (no internet here):
// articles with and without structured metadata, and every way a fetch can go wrong.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export type FixtureServer = {
  url: (path: string) => string;
  /** Replaces or adds a route while the server runs (a page that changes between two ingests). */
  route: (path: string, handler: Handler) => void;
  close: () => Promise<void>;
};

export const page =
  (body: string | Uint8Array, type = "text/html; charset=utf-8", status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  };

/** An article about a made-up ferry company, with OpenGraph tags and a JSON-LD NewsArticle in a @graph. */
export const STORY_HTML = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour ferries carry record numbers | The Northbay Courier</title>
<meta property="og:title" content="Harbour ferries carry record numbers as the city adds night routes">
<meta property="og:site_name" content="The Northbay Courier">
<meta property="article:published_time" content="2024-05-03T08:15:00+02:00">
<meta property="article:author" content="https://courier.example/staff/ines-varga">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "@id": "https://courier.example/#site", "name": "Courier website"},
  {"@type": "NewsArticle", "headline": "Harbour ferries carry record numbers",
   "datePublished": "2024-05-03T08:15:00+02:00",
   "author": [{"@id": "https://courier.example/#ines"}, {"@type": "Person", "name": "Tomas Reyes"}],
   "publisher": {"@type": "Organization", "name": "The Northbay Courier"}},
  {"@type": "Person", "@id": "https://courier.example/#ines", "name": "Ines Varga"}
]}
</script>
</head><body>
<header class="site"><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
<article>
<header><h1>Harbour ferries carry record numbers as the city adds night routes</h1>
<p class="byline">By Ines Varga and Tomas Reyes</p><time datetime="2024-05-03">3 May 2024</time></header>
<p>The Northbay Ferry Company carried 4.2 million passengers in 2023, up 18% from the year before, according to its annual report.</p>
<p>The operator said the new night routes between the old harbour and the university quay drew 310,000 riders in their first six months.</p>
<p>Mayor Lotte Brandt said the city council would fund two electric ferries by 2026.</p>
</article>
</body></html>`;

/** A page with no OpenGraph or JSON-LD: plain meta tags only. */
export const META_ONLY_HTML = `<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Library opens a tool lending shelf</title>
<meta name="author" content="Priya Natarajan">
<meta name="date" content="2023-11-20">
<meta name="application-name" content="Eastfield Weekly">
</head><body><article>
<h1>Library opens a tool lending shelf</h1>
<p>The Eastfield Public Library lent 1,200 power tools in the first month of its new lending shelf, the library board said.</p>
<p>Librarian Marta Holm said the shelf would add garden tools in the spring, after residents asked for them at two public meetings.</p>
</article></body></html>`;

/** Two versions of one article, for the "changed page updates its Source" test. */
export const versionedStory = (version: 1 | 2) => `<!doctype html>
<html><head><meta charset="utf-8"><title>Water board report</title>
<meta property="article:published_time" content="2024-0${version}-10"></head>
<body><article><h1>Water board report</h1>
<p>The Riverton Water Board said it replaced ${version === 1 ? "3,400" : "5,900"} lead pipes in ${version === 1 ? "2022" : "2023"}, according to its yearly report.</p>
<p>Board chair Nadia Okafor said the board would finish the replacement programme by 2030.</p>
</article></body></html>`;

export async function startFixtureServer(routes: Record<string, Handler> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const server = createServer((req, res) => {
    const handler = table.get(new URL(req.url ?? "/", "http://x").pathname);
    if (handler) handler(req, res);
    else page("<h1>Nothing here</h1>", "text/html", 404)(req, res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((done, fail) => {
        // The slow route never answers: its connection is cut rather than waited for.
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : done()));
      }),
  };
}

/** The standard routes of the fetch tests: good pages and one route for each failure. */
export function fixtureRoutes(): Record<string, Handler> {
  return {
    "/story.html": page(STORY_HTML),
    "/meta-only.html": page(META_ONLY_HTML),
    "/notes.txt": page(
      "Field notes\n\nOSLO, 3 May 2024 (Nordwire) - The harbour authority counted 212 cruise calls last year.\n",
      "text/plain",
    ),
    "/slow": () => {
      // Never answers: the client's timeout must end the wait.
    },
    "/big": (_req, res) => {
      // No Content-Length: the cap must hold while the body streams in.
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("x".repeat(64 * 1024));
      res.end("y".repeat(64 * 1024));
    },
    "/big-declared": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "content-length": String(50 * 1024 * 1024) });
      res.write("z".repeat(1024)); // the rest never comes: the declared length alone must refuse it
    },
    "/loop": (_req, res) => {
      res.writeHead(302, { location: "/loop-b" });
      res.end();
    },
    "/loop-b": (_req, res) => {
      res.writeHead(302, { location: "loop" }); // relative: resolved against /loop-b
      res.end();
    },
    "/moved": (_req, res) => {
      res.writeHead(301, { location: "/story.html" });
      res.end();
    },
    "/to-ftp": (_req, res) => {
      res.writeHead(302, { location: "ftp://127.0.0.1/file.txt" });
      res.end();
    },
    "/image.png": page(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "image/png"),
    "/latin1.html": page(
      Buffer.from(
        "<html><head><title>Caf\xe9 prices</title></head><body><p>The caf\xe9 on Quay Street raised its prices by 5% in 2024, the owner said.</p></body></html>",
        "latin1",
      ),
      "text/html; charset=iso-8859-1",
    ),
    "/error": page("oops", "text/plain", 500),
  };
}
