// The explorer's reads: overview, search, a node's details, the documents, and shortest paths.
import type { Node, Path, Record as Neo4jRecord } from "neo4j-driver";
import type { z } from "zod";
import {
  type ClaimsQuery,
  ClaimsPage,
  UnitsResponse,
  DETAILS_PAGE,
  DocumentsResponse,
  type NodeDetails,
  type PathQuery,
  type PathRoutes,
  type Related,
  type SearchHit,
  type Statement,
  type StatementRole,
} from "./api-contract.ts";
import type { Executor } from "./executor.ts";
import { claimLinks } from "./linked-claims.ts";
import { toNumber } from "./neo4j-values.ts";
import * as q from "./queries/explore.ts";
import { GRAPH_OPTIONS, graphOfIds } from "./subgraph.ts";
import { labelOf, wireEdge, wireNode, type NodeLike } from "./to-wire.ts";
import type { WireGraph } from "./wire.ts";

export async function overview(db: Executor, limit: number): Promise<WireGraph> {
  const [rec] = await db.read(q.overviewIds(limit));
  return graphOfIds(db, (rec?.get("ids") as string[] | undefined) ?? []);
}

/** Lucene's syntax characters, escaped so that what people type is taken as words. */
const escapeLucene = (w: string) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&");
/** A word typed in capitals, short: an acronym, matched as a whole word ("CAS" is not "case"). */
const isAcronym = (w: string) => /^[A-Z][A-Z0-9&.]{1,5}$/.test(w);
/** Words this long may carry one typo ("Deepsek" finds DeepSeek); shorter ones match too much. */
const FUZZY_FROM = 5;

/**
 * What people type, as a Lucene query that finds every word they typed: syntax characters are
 * escaped and operator words ("China OR US") dropped, since search text is data, never query syntax.
 * The last word may be a prefix, so suggestions come as you type; a longer word may have one typo;
 * an acronym is only itself. The words together as a phrase count four times. Undefined when no
 * word is left.
 */
export function toLucene(text: string): string | undefined {
  const words = text.split(/\s+/).filter((w) => w && !/^(?:AND|OR|NOT|TO)$/.test(w));
  const terms = words
    .map((raw, i) => {
      const w = escapeLucene(raw);
      if (!w || isAcronym(raw)) return w;
      const forms = [w];
      if (i === words.length - 1) forms.push(`${w}*`);
      if (raw.length >= FUZZY_FROM) forms.push(`${w}~1`);
      return forms.length > 1 ? `(${forms.join(" OR ")})` : w;
    })
    .filter(Boolean);
  if (!terms.length) return undefined;
  const all = terms.join(" AND ");
  return terms.length > 1 ? `(${all}) OR "${words.map(escapeLucene).join(" ")}"^4` : all;
}

const normal = (s: string) => s.trim().toLowerCase();

/**
 * Hits for what people type: a node named exactly that (or with it as an alias) first, then by
 * score; one hit per entity name and type, since two entities showing the same name and type cannot
 * be told apart in a list (the better connected is kept).
 */
export async function search(db: Executor, text: string, limit: number): Promise<SearchHit[]> {
  const lucene = toLucene(text);
  if (!lucene) return [];
  // More than asked for, so that dropping repeated labels still leaves `limit` hits.
  const records = await db.read(q.search(lucene, limit * 2));
  const typed = normal(text);
  const hits = records.map((r) => {
    const labels = r.get("labels") as string[];
    const kind = (["Entity", "Claim", "Source"] as const).find((k) => labels.includes(k)) ?? "Entity";
    const type = r.get("type") as string | null;
    const names = [String(r.get("label") ?? ""), ...((r.get("aliases") as string[] | null) ?? [])];
    const hit: SearchHit = {
      key: r.get("key"),
      kind,
      label: labelOf(String(r.get("label") ?? "")),
      ...(type ? { type } : {}),
      score: Number(r.get("score")),
    };
    return { hit, exact: names.some((n) => normal(n) === typed), degree: toNumber(r.get("degree")) };
  });
  hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.hit.score - a.hit.score || b.degree - a.degree);
  // Entities only: a claim's label is its text cut short, so two claims may share one.
  const same = (h: (typeof hits)[number]) =>
    h.hit.kind === "Entity" ? `${h.hit.type ?? ""}|${normal(h.hit.label)}` : h.hit.key;
  const best = new Map<string, (typeof hits)[number]>();
  for (const h of hits) if ((best.get(same(h))?.degree ?? -1) < h.degree) best.set(same(h), h);
  const kept: SearchHit[] = [];
  for (const h of hits) {
    const chosen = best.get(same(h));
    if (!chosen) continue; // its label was listed already
    best.delete(same(h));
    kept.push({ ...chosen.hit, score: h.hit.score });
  }
  return kept.slice(0, limit);
}

/**
 * The text on either side of a quote, from a window of the source around it. The quote sits at or
 * before `expectedAt` in the window (code points and UTF-16 units drift apart after emoji), so the
 * occurrence nearest to it is taken.
 */
export function contextAround(window: string, quote: string, expectedAt: number): { before: string; after: string } {
  let best = -1;
  for (let i = window.indexOf(quote); i >= 0; i = window.indexOf(quote, i + 1))
    if (best < 0 || Math.abs(i - expectedAt) < Math.abs(best - expectedAt)) best = i;
  if (best < 0) return { before: "", after: "" };
  return {
    before: window.slice(Math.max(0, best - q.CONTEXT_CHARS), best),
    after: window.slice(best + quote.length, best + quote.length + q.CONTEXT_CHARS),
  };
}

/** The page a paged source (PDF) states the quote on; other sources have none and get no field. */
const pageOf = (page: unknown): { page?: number } => (page == null ? {} : { page: toNumber(page) });

/** How many claims contradict a statement's claim; no field when none do. */
const disputedBy = (count: unknown): { disputed?: number } => {
  const n = count == null ? 0 : toNumber(count);
  return n > 0 ? { disputed: n } : {};
};

const toStatement = (r: Neo4jRecord): Statement => ({
  ...pageOf(r.get("page")),
  claimId: r.get("claimId"),
  claimText: r.get("claimText"),
  sourceId: r.get("sourceId"),
  sourceTitle: r.get("sourceTitle"),
  sourceUri: r.get("sourceUri"),
  start: toNumber(r.get("start")),
  end: toNumber(r.get("end")),
  quote: r.get("quote"),
  ...contextAround(r.get("window") as string, r.get("quote") as string, toNumber(r.get("quoteAt"))),
  ...disputedBy(r.get("disputed")),
});

const toRelated = (r: Neo4jRecord): Related => ({
  key: r.get("key"),
  label: labelOf(String(r.get("label") ?? "")),
  kind: r.get("kind"),
  rel: r.get("rel"),
});

/** One page of a node's statements (for an entity, those about it or those by it), with how many there are in all. */
export async function statementsPage(
  db: Executor,
  id: string,
  offset: number,
  limit: number,
  role: StatementRole = "about",
) {
  const [rows, [total]] = await Promise.all([
    db.read(q.statementsFor(id, offset, limit, role)),
    db.read(q.statementsTotal(id, role)),
  ]);
  return { statements: rows.map(toStatement), total: toNumber(total?.get("total") ?? 0) };
}

/** One page of a node's neighbours over one related type, with how many there are in all. */
export async function relatedPage(db: Executor, id: string, rel: string, offset: number, limit: number) {
  if (!(q.RELATED_TYPES as string[]).includes(rel)) return undefined;
  const [rows, totals] = await Promise.all([db.read(q.relatedTo(id, rel, offset, limit)), relatedTotals(db, id)]);
  return { related: rows.map(toRelated), total: totals[rel] ?? 0 };
}

async function relatedTotals(db: Executor, id: string): Promise<Record<string, number>> {
  const rows = await db.read(q.relatedTotals(id));
  return Object.fromEntries(rows.map((r) => [r.get("rel") as string, toNumber(r.get("total"))]));
}

export async function details(db: Executor, id: string): Promise<NodeDetails | undefined> {
  const [rec] = await db.read(q.nodeById(id));
  if (!rec) return undefined;
  const node = wireNode(rec.get("n") as NodeLike, rec.get("degree"));
  // A claim also lists the claims that corroborate and contradict it.
  const entity = node.attributes.kind === "Entity";
  const [statements, statementsBy, relatedCounts, links] = await Promise.all([
    statementsPage(db, id, 0, DETAILS_PAGE),
    entity ? statementsPage(db, id, 0, DETAILS_PAGE, "by") : undefined,
    relatedTotals(db, id),
    node.attributes.kind === "Claim" ? claimLinks(db, id) : undefined,
  ]);
  const related = await Promise.all(
    Object.keys(relatedCounts).map((rel) => db.read(q.relatedTo(id, rel, 0, DETAILS_PAGE))),
  );
  return {
    ...node,
    statements: statements.statements,
    ...(statementsBy ? { statementsBy: statementsBy.statements } : {}),
    related: related.flat().map(toRelated),
    totals: {
      statements: statements.total,
      ...(statementsBy ? { statementsBy: statementsBy.total } : {}),
      related: relatedCounts,
    },
    ...links,
  };
}

export async function documents(db: Executor): Promise<z.infer<typeof DocumentsResponse>> {
  const records = await db.read(q.documents);
  return DocumentsResponse.parse({
    documents: records.map((r) => ({
      key: r.get("key"),
      title: r.get("title"),
      uri: r.get("uri"),
      claims: toNumber(r.get("claims")),
    })),
  });
}

/** The claims a filter chooses, a page of them, drawn with what they link to (see ClaimsQuery). */
export async function claimsMatching(db: Executor, ask: ClaimsQuery): Promise<WireGraph> {
  const numbers = ask.numbers === "1";
  const [rec] = await db.read(q.claimsMatching(ask.docs, numbers, ask.unit, ask.offset, ask.limit));
  const ids = (rec?.get("ids") as string[] | undefined) ?? [];
  const [around] = ids.length ? await db.read(q.claimSurroundings(ids, numbers, ask.unit)) : [];
  const graph = await graphOfIds(db, [...ids, ...((around?.get("others") as string[] | undefined) ?? [])]);
  const page: z.infer<typeof ClaimsPage> = {
    total: toNumber(rec?.get("total") ?? 0),
    offset: ask.offset,
    shown: ids.length,
  };
  return { ...graph, attributes: page };
}

export async function units(db: Executor): Promise<z.infer<typeof UnitsResponse>> {
  const [rec] = await db.read(q.units);
  const listed = (rec?.get("units") as Array<{ unit: string; claims: unknown }> | undefined) ?? [];
  return UnitsResponse.parse({
    units: listed.map((u) => ({ unit: u.unit, claims: toNumber(u.claims) })),
    claims: toNumber(rec?.get("claims") ?? 0),
  });
}

/** Why there is no path: one of the keys names no node, or the two are not connected within reach. */
export type NoPath = { missing: string[] };

/**
 * The shortest paths between two nodes (shortest first, up to `paths` of them) as one graph of exactly
 * their nodes and edges, each path listed in the graph's attributes (PathRoutes).
 */
export async function shortestPaths(
  db: Executor,
  { from, to, paths, mentions }: PathQuery,
): Promise<WireGraph | NoPath> {
  if (from === to) {
    const one = await graphOfIds(db, [from]);
    const routes: PathRoutes = { paths: [{ nodes: [from], edges: [] }] };
    return one.nodes.length ? { ...one, attributes: routes, edges: [] } : { missing: [from] };
  }
  const records = await db.read(q.shortestPaths(from, to, paths, mentions === "exclude"));
  if (!records.length) {
    const found = new Set((await db.read(q.existingIds([from, to]))).map((r) => r.get("id") as string));
    return { missing: [from, to].filter((id) => !found.has(id)) };
  }
  const nodes = new Map<string, WireGraph["nodes"][number]>();
  const edges: WireGraph["edges"] = [];
  const edgeAt = new Map<string, number>();
  const routes: PathRoutes = { paths: [] };
  for (const rec of records) {
    const path = rec.get("p") as Path;
    const degrees = rec.get("degrees") as unknown[];
    const pathNodes: Node[] = [path.start, ...path.segments.map((s) => s.end)];
    const keyOf = new Map<string, string>();
    pathNodes.forEach((n, i) => {
      const wired = wireNode(n, degrees[i]);
      keyOf.set(n.elementId, wired.key);
      if (!nodes.has(wired.key)) nodes.set(wired.key, wired);
    });
    const route = { nodes: pathNodes.map((n) => keyOf.get(n.elementId)!), edges: [] as number[] };
    for (const { relationship: r } of path.segments) {
      if (!edgeAt.has(r.elementId)) {
        edgeAt.set(r.elementId, edges.length);
        edges.push(wireEdge(r, keyOf.get(r.startNodeElementId)!, keyOf.get(r.endNodeElementId)!));
      }
      route.edges.push(edgeAt.get(r.elementId)!);
    }
    routes.paths.push(route);
  }
  return { attributes: routes, options: GRAPH_OPTIONS, nodes: [...nodes.values()], edges };
}
