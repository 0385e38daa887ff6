// The timeline: claims on the canvas per publication month as a small bar chart, and a From and a
// To slider over those months that narrow which claims are shown (plus whether undated ones are).
// It only reports the range chosen; the filters in the view state hide what falls outside.
import { h } from "../../dom.ts";
import {
  describeRange,
  formatMonth,
  handlePositions,
  keepsClaim,
  rangeFromHandles,
  type Histogram,
  type TimeRange,
  allTime,
} from "../../state/timeline.ts";

export interface TimelineEvents {
  change(range: TimeRange): void;
}

export interface TimelinePanel {
  /** The claims on the canvas changed: redraw the bars and the sliders' months. */
  setHistogram(histogram: Histogram): void;
  /** The range in the view state (set by the sliders, a shared link, or reset). */
  show(range: TimeRange): void;
}

const SVG = "http://www.w3.org/2000/svg";
const CHART = { width: 240, height: 48 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function slider(name: string) {
  const input = h("input", { type: "range", min: "0", max: "0", step: "1", value: "0", "aria-label": name });
  const month = h("output", { class: "timeline-month", "aria-hidden": "true" });
  const row = h(
    "label",
    { class: "timeline-slider" },
    h("span", { class: "timeline-handle-name" }, name),
    input,
    month,
  );
  return { input, month, row };
}

export function createTimeline(container: HTMLElement, events: TimelineEvents): TimelinePanel {
  let histogram: Histogram = { months: [], counts: [], undated: 0, total: 0, database: null };
  let range: TimeRange = allTime;

  const chart = svg("svg", { viewBox: `0 0 ${CHART.width} ${CHART.height}`, preserveAspectRatio: "none" });
  chart.classList.add("timeline-chart");
  chart.setAttribute("role", "img");
  const from = slider("From");
  const to = slider("To");
  const undated = h("input", { type: "checkbox", checked: true });
  const undatedCount = h("span", { class: "count", "aria-hidden": "true" });
  const summary = h("p", { class: "timeline-summary small", "aria-live": "polite" });
  const reset = h("button", { type: "button", class: "button secondary" }, "All dates");
  reset.addEventListener("click", () => events.change(allTime));

  const legendDatabase = h("span", {});
  const legend = h(
    "p",
    { class: "timeline-legend small muted" },
    h("span", { class: "timeline-key canvas", "aria-hidden": "true" }),
    "on the canvas ",
    h("span", { class: "timeline-key database", "aria-hidden": "true" }),
    legendDatabase,
  );

  container.replaceChildren(
    h("h2", {}, "Timeline"),
    chart,
    legend,
    h("div", { class: "timeline-sliders" }, from.row, to.row),
    h("label", { class: "check" }, undated, h("span", { class: "check-label" }, "Show undated claims"), undatedCount),
    h("div", { class: "timeline-footer" }, summary, reset),
  );

  /** The range the controls now say; a handle dragged past the other pushes it along. */
  function chosen(moved: "from" | "to"): TimeRange {
    let [a, b] = [Number(from.input.value), Number(to.input.value)];
    if (a > b) {
      if (moved === "from") b = a;
      else a = b;
    }
    return rangeFromHandles(histogram.months, a, b, undated.checked);
  }
  from.input.addEventListener("input", () => events.change(chosen("from")));
  to.input.addEventListener("input", () => events.change(chosen("to")));
  undated.addEventListener("change", () => events.change({ ...range, showUndated: undated.checked }));

  /**
   * One column per month: the database's claims as a pale bar (when known), the canvas's in front of
   * it, on one scale, so the chart also shows how much of each month is loaded.
   */
  function drawBars(): void {
    const { months, counts, database } = histogram;
    const most = Math.max(1, ...counts, ...(database?.counts ?? []));
    const step = CHART.width / Math.max(months.length, 1);
    const gap = step > 4 ? 1 : 0;
    const bar = (column: SVGGElement, i: number, n: number, kind: string) => {
      if (n === 0) return; // an empty month is the gap between bars
      const height = Math.max(2, (n / most) * (CHART.height - 2));
      const rect = svg("rect", { x: i * step, y: CHART.height - height, width: step - gap, height });
      rect.classList.add(kind);
      column.append(rect);
    };
    chart.replaceChildren(
      ...months.map((month, i) => {
        const column = svg("g", {});
        const title = svg("title", {});
        const inDatabase = database ? `, ${database.counts[i]} in the database` : "";
        title.textContent = `${formatMonth(month)}: ${plural(counts[i]!, "claim")} on the canvas${inDatabase}`;
        column.append(title);
        if (database) bar(column, i, database.counts[i]!, "in-database");
        bar(column, i, counts[i]!, keepsClaim(range, `${month}-01`) ? "in-range" : "out-of-range");
        return column;
      }),
    );
    const dated = counts.reduce((n, c) => n + c, 0);
    const span = months.length === 0 ? "" : ` from ${formatMonth(months[0]!)} to ${formatMonth(months.at(-1)!)}`;
    chart.setAttribute("aria-label", `Claims per month${span}: ${plural(dated, "dated claim")} on the canvas`);
    legend.hidden = database === null;
    legendDatabase.textContent = database ? `in the database (${database.total})` : "";
  }

  function render(): void {
    const { months } = histogram;
    const positions = handlePositions(range, months);
    for (const [handle, at] of [
      [from, positions.from],
      [to, positions.to],
    ] as const) {
      handle.input.max = String(Math.max(months.length - 1, 0));
      handle.input.value = String(at);
      handle.input.disabled = months.length === 0;
      const text = months.length === 0 ? "" : formatMonth(months[at]!);
      handle.input.setAttribute("aria-valuetext", text);
      handle.month.textContent = text;
    }
    undated.checked = range.showUndated;
    undatedCount.textContent = histogram.undated > 0 ? String(histogram.undated) : "";
    chart.toggleAttribute("hidden", months.length === 0);
    summary.textContent = describeRange(range, histogram);
    reset.disabled = range.from === null && range.to === null && range.showUndated;
    drawBars();
  }
  render();

  return {
    setHistogram(next) {
      histogram = next;
      render();
    },
    show(next) {
      range = next;
      render();
    },
  };
}
