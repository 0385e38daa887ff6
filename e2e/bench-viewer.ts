// Viewer benchmark (prints figures; not a timed test): the built explorer in headless Chromium with
// the flags the tests use (--disable-gpu, so WebGL runs in software), loading a synthetic graph
// built in the page (?bench=N&edges=M). Measures time to first frame, frame rate while the camera
// moves (edges and labels hidden, as during a pan or zoom) and while every frame draws all edges,
// the main-thread cost of a frame, of a hover and of a full refresh (a filter change), and
// ForceAtlas2 worker ticks.
// A small graph is measured first as the baseline the large one is compared with.
//
//   npm run build && npx tsx e2e/bench-viewer.ts [nodes=20000] [edges=60000]
import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import { launchChromium, SCREENSHOTS } from "./browser.ts";

const [nodes = 20_000, edges = 60_000] = process.argv.slice(2).map(Number);
const root = resolve("dist/viewer");
if (!existsSync(join(root, "index.html"))) throw new Error("bench-viewer: run `npm run build` first");

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
const server = createServer((req, res) => {
  const path = join(root, new URL(req.url ?? "/", "http://x").pathname);
  const file = path.startsWith(root) && existsSync(path) && statSync(path).isFile() ? path : join(root, "index.html");
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
});
await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

type Figures = Record<string, number>;

async function measure(order: number, size: number, screenshot?: string): Promise<Figures> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}?bench=${order}&edges=${size}`);
    await page.waitForFunction(() => window.__claimgraphBench !== undefined, null, { timeout: 120_000 });
    const load = await page.evaluate(() => {
      const b = window.__claimgraphBench!;
      return {
        nodes: b.nodes,
        edges: b.edges,
        generateMs: b.generateMs,
        importMs: b.importMs,
        firstRenderMs: b.firstRenderMs,
        sinceNavigationMs: b.firstRenderSinceNavigationMs,
      };
    });
    await page.waitForTimeout(500);
    if (screenshot) await page.screenshot({ path: screenshot });
    const moving = await page.evaluate(() => window.__claimgraphBench!.moving(5000));
    const still = await page.evaluate(() => window.__claimgraphBench!.stillFrames(3000));
    const refresh = await page.evaluate(() => {
      const b = window.__claimgraphBench!;
      const runs = [b.refreshMs(), b.refreshMs(), b.refreshMs()];
      return runs.sort((x, y) => x - y)[1]!;
    });
    const median3 = (name: "hoverMs" | "renderMs") =>
      page.evaluate((n) => {
        const b = window.__claimgraphBench!;
        return [b[n](), b[n](), b[n]()].sort((x, y) => x - y)[1]!;
      }, name);
    const hover = await median3("hoverMs");
    const render = await median3("renderMs");
    const ticks = await page.evaluate(() => window.__claimgraphBench!.layoutTicks(5000));
    return {
      nodes: load.nodes,
      edges: load.edges,
      "generate ms": load.generateMs,
      "import ms": load.importMs,
      "first frame ms (bench start)": load.firstRenderMs,
      "first frame ms (navigation)": load.sinceNavigationMs,
      "moving fps": moving.fps,
      "moving frame p50 ms": moving.p50Ms,
      "moving frame p95 ms": moving.p95Ms,
      "all-edges fps": still.fps,
      "all-edges frame p50 ms": still.p50Ms,
      "all-edges frame p95 ms": still.p95Ms,
      "full refresh ms (median of 3)": refresh,
      "hover ms, main thread": hover,
      "frame ms, main thread": render,
      "FA2 worker ticks/s": ticks,
    };
  } finally {
    await browser.close();
  }
}

mkdirSync(SCREENSHOTS, { recursive: true });
const baselineSize = [Math.round(nodes / 10), Math.round(edges / 10)] as const;
const baseline = await measure(...baselineSize);
const large = await measure(nodes, edges, `${SCREENSHOTS}/bench-${Math.round(nodes / 1000)}k.png`);
server.close();

const fmt = (v: number) => (Number.isInteger(v) ? v.toLocaleString("en") : v.toFixed(1));
console.log(`claimgraph viewer bench — headless Chromium, --disable-gpu (software WebGL), 1400×900`);
console.log(`${"".padEnd(32)}${"baseline".padStart(12)}${"large".padStart(12)}${"ratio".padStart(9)}`);
for (const name of Object.keys(large)) {
  const [a, b] = [baseline[name]!, large[name]!];
  console.log(
    `${name.padEnd(32)}${fmt(a).padStart(12)}${fmt(b).padStart(12)}${(a > 0 ? `${(b / a).toFixed(2)}×` : "").padStart(9)}`,
  );
}
