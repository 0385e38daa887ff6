// The Cypher console: a read-only query box. Results with nodes or relationships are drawn on the
// graph (by the controller); other results are shown as a table. Refusals and errors are explained
// in the console itself, in plain words.
import type { CypherResponse } from "../../../../graph/api-contract.ts";
import { ApiRequestError } from "../../api.ts";
import { h } from "../../dom.ts";
import { resultTable } from "./result-table.ts";

export interface CypherEvents {
  run(query: string): void;
  open(key: string): void;
}

export interface CypherConsole {
  /** Puts a query from a shared link in the console, to be read and run only by the user's own click. */
  offer(query: string): void;
  running(): void;
  /** `drawn` = how many nodes and edges of the result went on the graph. */
  result(response: CypherResponse, drawn: { nodes: number; edges: number }): void;
  failed(error: unknown): void;
}

/** A headline for each refusal code, for someone who just typed a query; the server's message follows. */
const HEADLINES: Record<string, string> = {
  "write-refused": "Write refused, nothing was written.",
  "load-csv-refused": "LOAD CSV refused: the console reads only the graph.",
  "procedure-refused": "Procedure refused: the console runs only read-only procedures.",
  "admin-refused": "Admin command refused.",
  syntax: "Syntax error.",
  invalid: "Invalid query.",
  timeout: "Timed out: the query ran too long and was stopped.",
  "too-large": "Result too large: the query was stopped.",
  busy: "The console is busy.",
};

export function explainCypherError(error: unknown): { headline: string; detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiRequestError ? error.code : undefined;
  const headline = (code !== undefined ? HEADLINES[code] : undefined) ?? "Query failed.";
  return { headline, detail: message.replace(/^cypher: /, "") };
}

export function createCypherConsole(
  container: HTMLElement,
  labelOf: (key: string) => string | undefined,
  events: CypherEvents,
): CypherConsole {
  const textarea = h("textarea", {
    "aria-label": "Cypher",
    rows: "2",
    spellcheck: "false",
    placeholder: "MATCH (c:Claim)-[:ABOUT]->(e:Entity {name: 'DeepSeek'}) RETURN c, e LIMIT 25",
  });
  const run = h("button", { type: "button", class: "button" }, "Run query");
  const output = h("div", { class: "cypher-output", "aria-live": "polite" });
  const submit = () => {
    const query = textarea.value.trim();
    if (query) events.run(query);
  };
  run.addEventListener("click", submit);
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  });
  container.replaceChildren(
    output,
    h(
      "div",
      { class: "cypher-input" },
      textarea,
      h("div", { class: "cypher-actions" }, run, h("span", { class: "muted small" }, "Ctrl+Enter")),
    ),
  );

  const dismiss = h("button", { type: "button", class: "icon-button", "aria-label": "Close results" }, "×");
  dismiss.addEventListener("click", () => output.replaceChildren());
  const say = (...children: Node[]) => output.replaceChildren(dismiss, ...children);

  return {
    offer(query) {
      textarea.value = query;
      say(
        h(
          "p",
          { class: "cypher-offer" },
          "The link you opened carries this query. Read it, then press Run query to run it.",
        ),
      );
    },
    running() {
      run.disabled = true;
      say(h("p", { class: "muted" }, "Running…"));
    },
    result(response, drawn) {
      run.disabled = false;
      const rows = `${response.rows.length.toLocaleString()} row${response.rows.length === 1 ? "" : "s"}`;
      const truncated = response.truncated ? " (truncated: add a LIMIT to see fewer)" : "";
      const summary =
        drawn.nodes > 0
          ? `${rows} in ${Math.round(response.ms)} ms${truncated}. Drawn on the graph: ${drawn.nodes} nodes, ${drawn.edges} relationships.`
          : `${rows} in ${Math.round(response.ms)} ms${truncated}.`;
      const table =
        response.rows.length > 0 && response.columns.length > 0
          ? resultTable(response.columns, response.rows, labelOf, events.open)
          : h("p", { class: "muted" }, "No rows.");
      // A drawn result keeps its table folded away: the graph is the answer.
      say(
        h("p", { class: "cypher-summary" }, summary),
        drawn.nodes > 0 ? h("details", {}, h("summary", {}, "Rows"), table) : table,
      );
    },
    failed(error) {
      run.disabled = false;
      const { headline, detail } = explainCypherError(error);
      // Neo4j's messages point at the error with a caret under the query: keep their line breaks.
      say(
        h(
          "div",
          { class: "cypher-error", role: "alert" },
          h("strong", {}, headline),
          " ",
          h("span", { class: "detail" }, detail),
        ),
      );
    },
  };
}
