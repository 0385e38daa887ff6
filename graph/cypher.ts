// The read-only Cypher console (DESIGN.md, "Cypher console safety"). Neo4j enforces read-only
// itself (a READ access-mode session); before that an EXPLAIN of the query is inspected, so that
// writes, LOAD CSV and risky procedures are refused with a clear message and are never started.
import type { Neo4jError, Node, Record as Neo4jRecord, ResultSummary } from "neo4j-driver";
import type { z } from "zod";
import type { CypherRequest, CypherResponse } from "./api-contract.ts";
import {
  cellConverter,
  MAX_VALUES,
  collectElements,
  emptyElements,
  nodeElementIds,
  resultGraph,
  toNeo4jParams,
  type FoundNode,
} from "./cypher-values.ts";
import type { Executor } from "./executor.ts";
import { nodesByElementIds } from "./queries/cypher.ts";

export const CYPHER_TIMEOUT_MS = 10_000;

export type CypherErrorCode =
  | "write-refused"
  | "load-csv-refused"
  | "procedure-refused"
  | "admin-refused"
  | "syntax"
  | "invalid"
  | "timeout"
  | "too-large"
  | "busy";

/** A query the console will not run, or one Neo4j rejected or stopped; `code` says which. */
export class CypherError extends Error {
  constructor(
    readonly code: CypherErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The procedures the console may call: what a user needs to find their way in the graph. Every
 * other procedure is refused, however read-only Neo4j reckons it: many report on the server and
 * other sessions (db.stats.*, dbms.*), read files or start heavy jobs. Compared in lower case.
 */
const ALLOWED_PROCEDURES = new Set(
  [
    "db.labels",
    "db.relationshipTypes",
    "db.propertyKeys",
    "db.schema.visualization",
    "db.schema.nodeTypeProperties",
    "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes",
    "db.index.fulltext.queryRelationships",
  ].map((p) => p.toLowerCase()),
);
/** Commands that report themselves as reads but act on other people's work. */
const DENIED_OPERATORS = new Set(["TerminateTransactions"]);
/** CALL { } IN TRANSACTIONS needs an implicit transaction, and the console runs only explicit ones. */
const BATCHING_OPERATORS = new Set(["TransactionApply", "TransactionForeach"]);

const WRITE_REFUSED =
  "cypher: this console is read-only; CREATE/MERGE/SET/DELETE, schema and admin commands are refused";

type RawPlan = { operatorType: string; arguments?: Record<string, unknown>; children?: RawPlan[] };

function* operators(plan: RawPlan | undefined): Generator<{ name: string; details: string }> {
  if (!plan) return;
  yield { name: plan.operatorType.split("@")[0]!, details: String(plan.arguments?.Details ?? "") };
  for (const child of plan.children ?? []) yield* operators(child);
}

const procedureOf = (op: { name: string; details: string }) =>
  op.name === "ProcedureCall" ? op.details.split("(")[0]!.trim() : undefined;

/** Why the planned query may not run, from its plan and query type; undefined when it may. */
export function refusal(summary: Pick<ResultSummary, "queryType" | "plan">): CypherError | undefined {
  const ops = [...operators(summary.plan || undefined)];
  if (ops.some((op) => op.name === "LoadCSV"))
    return new CypherError("load-csv-refused", "cypher: LOAD CSV is refused; the console reads only the graph");
  const procedure = ops.map(procedureOf).find((p) => p && !ALLOWED_PROCEDURES.has(p.toLowerCase()));
  if (procedure)
    return new CypherError(
      "procedure-refused",
      `cypher: procedure ${procedure} is refused; the console may call only ${[...ALLOWED_PROCEDURES].join(", ")}`,
    );
  // SHOW TRANSACTIONS, SETTINGS, ...: the server's own state, other sessions' queries among it.
  const show = ops.find((op) => op.name.startsWith("Show"));
  if (show)
    return new CypherError(
      "admin-refused",
      "cypher: SHOW commands report on the server, not the graph, and are refused",
    );
  const admin = ops.find((op) => DENIED_OPERATORS.has(op.name));
  if (admin)
    return new CypherError("admin-refused", `cypher: ${admin.name} is an administration command and is refused`);
  if (summary.queryType !== "r") return new CypherError("write-refused", WRITE_REFUSED);
  if (ops.some((op) => BATCHING_OPERATORS.has(op.name)))
    return new CypherError(
      "invalid",
      "cypher: CALL { ... } IN TRANSACTIONS cannot run in the console; leave out IN TRANSACTIONS",
    );
  return undefined;
}

const EXPLAIN = "EXPLAIN ";

/**
 * A syntax error found while the console planned the query speaks of "EXPLAIN <query>": the
 * user's query is shown as they wrote it, with the positions on its first line moved back.
 */
function withoutExplain(message: string): string {
  const shift = (n: string) => String(Math.max(0, Number(n) - EXPLAIN.length));
  return message
    .replace(
      /\(line 1, column (\d+) \(offset: (\d+)\)\)/,
      (_, col: string, off: string) => `(line 1, column ${shift(col)} (offset: ${shift(off)}))`,
    )
    .replace(`"${EXPLAIN}`, '"')
    .replace(new RegExp(`\n {${EXPLAIN.length}}(\\s*\\^)`), "\n$1");
}

/** Neo4j's errors as console errors; anything that is not the query's fault is passed on as it is. */
function fromNeo4j(e: unknown, timeoutMs: number): unknown {
  const { code = "", message = "" } = e as Partial<Neo4jError>;
  if (code.includes("TransactionTimedOut"))
    return new CypherError(
      "timeout",
      `cypher: the query ran longer than ${timeoutMs / 1000} s and was stopped; narrow the MATCH or add a LIMIT`,
    );
  // Memory pools for one query, or (a single huge value) the buffer Neo4j builds a record in.
  if (/MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemoryError/.test(code))
    return new CypherError(
      "too-large",
      "cypher: the query or its result needs more memory than Neo4j allows one query; return fewer values or add a LIMIT",
    );
  if (code === "Neo.ClientError.Statement.AccessMode") return new CypherError("write-refused", WRITE_REFUSED);
  if (code === "Neo.ClientError.Statement.SyntaxError")
    return new CypherError("syntax", `cypher: ${withoutExplain(message)}`);
  if (code === "Neo.ClientError.Statement.ArgumentError" && /execution mode/i.test(message))
    return new CypherError("invalid", "cypher: leave out EXPLAIN and PROFILE; the console plans every query itself");
  if (code.startsWith("Neo.ClientError.")) return new CypherError("invalid", `cypher: ${message}`);
  return e;
}

export type CypherOptions = { timeoutMs?: number };

/** How deep brackets and parameters may nest; real queries stay far below. */
export const MAX_NESTING = 50;

function bracketDepth(query: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of query) {
    if (ch === "(" || ch === "[" || ch === "{") max = Math.max(max, ++depth);
    else if (ch === ")" || ch === "]" || ch === "}") depth = Math.max(0, depth - 1);
  }
  return max;
}

/** How deep a JSON value nests, counted without recursion (it may be thousands deep). */
function valueDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > MAX_NESTING) return max;
    if (v && typeof v === "object") for (const x of Object.values(v)) stack.push([x, d + 1]);
  }
  return max;
}

/** Runs one read-only query: at most `limit` rows are read, the rest is discarded unread. */
export async function runReadOnlyCypher(
  db: Executor,
  request: z.output<typeof CypherRequest>,
  opts: CypherOptions = {},
): Promise<CypherResponse> {
  const started = performance.now();
  const timeoutMs = opts.timeoutMs ?? CYPHER_TIMEOUT_MS;
  // Refused at once: Neo4j's parser takes minutes over brackets nested hundreds deep, and deep
  // parameters overflow the stack that converts them.
  const depth = bracketDepth(request.query);
  if (depth > MAX_NESTING)
    throw new CypherError(
      "invalid",
      `cypher: the query nests brackets ${depth} deep; at most ${MAX_NESTING} are allowed`,
    );
  if (valueDepth(request.params) > MAX_NESTING)
    throw new CypherError("invalid", `cypher: the parameters nest more than ${MAX_NESTING} deep`);
  const params = toNeo4jParams(request.params) as Record<string, unknown>;
  const fail = (e: unknown): never => {
    throw fromNeo4j(e, timeoutMs);
  };

  if (/^\s*(?:EXPLAIN|PROFILE)\b/i.test(request.query))
    throw new CypherError("invalid", "cypher: leave out EXPLAIN and PROFILE; the console plans every query itself");
  const plan = await db
    .stream({ query: `${EXPLAIN}${request.query}`, params, routing: "READ" }, () => true, { timeoutMs })
    .catch(fail);
  const refused = plan.summary
    ? refusal(plan.summary)
    : new CypherError("invalid", "cypher: Neo4j returned no plan for the query, so it cannot be checked");
  if (refused) throw refused;

  const raw: unknown[][] = [];
  let truncated = false;
  const { keys } = await db
    .stream(
      { query: request.query, params, routing: "READ" },
      (record: Neo4jRecord) => {
        if (raw.length === request.limit) {
          truncated = true;
          return false;
        }
        raw.push(record.keys.map((k) => record.get(k)));
        return true;
      },
      { timeoutMs, fetchSize: Math.min(request.limit + 1, 1000) },
    )
    .catch(fail);

  const elements = emptyElements();
  for (const row of raw) collectElements(row, elements);
  const ids = nodeElementIds(elements);
  const found = new Map<string, FoundNode>();
  if (ids.length)
    for (const r of await db.read(nodesByElementIds(ids), { timeoutMs }))
      found.set(r.get("eid") as string, { node: r.get("n") as Node, degree: r.get("degree") });

  const budget = { values: MAX_VALUES, cut: false };
  const cell = cellConverter(elements, found, budget);
  const rows = raw.map((row) => row.map(cell));
  return {
    columns: keys,
    rows,
    graph: resultGraph(elements, found),
    truncated: truncated || budget.cut,
    ms: Math.round(performance.now() - started),
  };
}
