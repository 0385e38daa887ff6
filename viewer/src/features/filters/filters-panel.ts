// Filters that double as the legend: node categories (colour swatches) and relationship types
// (line swatches) to tick on and off, the disputed claims alone, and the ingested documents to
// restrict the claims to. The
// filters only change the view state; the reducers hide what they exclude, nothing is deleted.
import type { Documents, Units } from "../../api.ts";
import { EDGE_LEGEND, LEGEND, type LegendEntry } from "../../appearance.ts";
import { h, swatch } from "../../dom.ts";
import type { Filters } from "../../state/view-state.ts";

export interface FilterEvents {
  category(category: string, hidden: boolean): void;
  relation(relation: string, hidden: boolean): void;
  /** The documents ticked; [] shows all. */
  documents(keys: string[]): void;
  /** "Disputed claims only" ticked or not. */
  disputedOnly(on: boolean): void;
  /** "Unhide" pressed for a hidden node. */
  unhide(key: string): void;
  /** "With numbers" ticked (with the unit chosen, null for any) or not (null). */
  numbers(filter: { unit: string | null } | null): void;
  /** "More claims" pressed: the next page of the claims the filters choose. */
  moreClaims(): void;
}

export interface FiltersPanel {
  /** How many nodes of each category are on the canvas, shown next to the category. */
  counts(byCategory: ReadonlyMap<string, number>): void;
  /** How many claims on the canvas another claim contradicts, shown next to "Disputed claims only". */
  disputedCount(n: number): void;
  setDocuments(documents: Documents): void;
  documentsUnavailable(message: string): void;
  /** Ticks the boxes as the state says (a shared link can set filters). */
  show(filters: Filters): void;
  setUnits(units: Units): void;
  /** How many of the claims the document and numbers filters choose are drawn; null: no such filter. */
  claimsDrawn(page: { drawn: number; total: number } | null): void;
  /** Lists the nodes the user hid, each with an "Unhide" button. */
  hidden(nodes: ReadonlyArray<{ key: string; label: string }>): void;
}

/** The checkbox is named by the category itself ("Claim", "ATTRIBUTED_TO"); `text` is what is shown. */
function checkboxRow(entry: LegendEntry, mark: HTMLElement, onChange: (checked: boolean) => void, text = entry.label) {
  const box = h("input", { type: "checkbox", "aria-label": entry.label, checked: true });
  box.addEventListener("change", () => onChange(box.checked));
  const count = h("span", { class: "count", "aria-hidden": "true" });
  const label = h("label", { class: "check" }, box, mark, h("span", { class: "check-label" }, text), count);
  if (entry.description) label.title = entry.description;
  const row = h("li", {}, label);
  return { row, count, box };
}

const compact = new Intl.NumberFormat("en", { notation: "compact" });

/** "ATTRIBUTED_TO" reads as "attributed to". */
const relationText = (type: string) => type.toLowerCase().replaceAll("_", " ");

const lineSwatch = (color: string) => {
  const line = h("span", { class: "line-swatch", "aria-hidden": "true" });
  line.style.backgroundColor = color;
  return line;
};

export function createFilters(container: HTMLElement, events: FilterEvents): FiltersPanel {
  const countCells = new Map<string, HTMLElement>();
  const categoryBoxes = new Map<string, HTMLInputElement>();
  const relationBoxes = new Map<string, HTMLInputElement>();
  let documentBoxes: Array<[string, HTMLInputElement]> = [];
  let shown: Filters | undefined;
  const categories = LEGEND.map((entry) => {
    const { row, count, box } = checkboxRow(entry, swatch(entry.color), (checked) =>
      events.category(entry.label, !checked),
    );
    countCells.set(entry.label, count);
    categoryBoxes.set(entry.label, box);
    return row;
  });
  const relations = EDGE_LEGEND.map((entry) => {
    const { row, box } = checkboxRow(
      entry,
      lineSwatch(entry.color),
      (checked) => events.relation(entry.label, !checked),
      relationText(entry.label),
    );
    relationBoxes.set(entry.label, box);
    return row;
  });
  const disputedBox = h("input", { type: "checkbox", "aria-label": "Disputed claims only" });
  disputedBox.addEventListener("change", () => events.disputedOnly(disputedBox.checked));
  const disputedCount = h("span", { class: "count", "aria-hidden": "true" });
  const disputedRow = h(
    "label",
    { class: "check" },
    disputedBox,
    h("span", { class: "check-label" }, "Disputed claims only"),
    disputedCount,
  );
  disputedRow.title = "Show only the claims another source contradicts";
  const tickDocuments = () => {
    for (const [key, box] of documentBoxes) box.checked = shown?.documents?.has(key) ?? false;
  };
  const numbersBox = h("input", { type: "checkbox", "aria-label": "With numbers" });
  const unitChoice = h("select", { "aria-label": "Unit", disabled: true }, h("option", { value: "" }, "any unit"));
  const numbersChanged = () => {
    unitChoice.disabled = !numbersBox.checked;
    events.numbers(numbersBox.checked ? { unit: unitChoice.value || null } : null);
  };
  numbersBox.addEventListener("change", numbersChanged);
  unitChoice.addEventListener("change", numbersChanged);
  const numbersRow = h(
    "label",
    { class: "check" },
    numbersBox,
    h("span", { class: "check-label" }, "With numbers"),
    unitChoice,
  );
  numbersRow.title = "Show only the claims that state a figure, of any unit or of one";
  const claimsNote = h("p", { class: "muted small", role: "status", "aria-label": "Claims drawn" });
  const moreClaims = h("button", { type: "button", class: "button secondary small" }, "More claims");
  moreClaims.hidden = true;
  moreClaims.addEventListener("click", () => events.moreClaims());

  const documentFinder = h("input", {
    type: "search",
    "aria-label": "Find a document",
    placeholder: "Find a document…",
  });
  documentFinder.addEventListener("input", () => {
    const words = documentFinder.value.trim().toLowerCase();
    for (const row of documentList.children)
      (row as HTMLElement).hidden = words !== "" && !(row.textContent ?? "").toLowerCase().includes(words);
  });
  const hiddenList = h("ul", { class: "hidden-list", "aria-label": "Hidden nodes" });
  const hiddenSet = h("fieldset", {}, h("legend", {}, "Hidden nodes"), hiddenList);
  hiddenSet.hidden = true;
  const documentList = h("ul", { class: "document-list" });
  const documentNote = h("p", { class: "muted small" }, "Loading documents…");

  container.replaceChildren(
    h("h2", {}, "Filters"),
    h("fieldset", {}, h("legend", {}, "Nodes"), h("ul", { class: "legend-list" }, ...categories)),
    h("fieldset", {}, h("legend", {}, "Relationships"), h("ul", { class: "legend-list" }, ...relations)),
    h(
      "fieldset",
      {},
      h("legend", {}, "Claims"),
      h("ul", { class: "claim-filters" }, h("li", {}, disputedRow), h("li", {}, numbersRow)),
      claimsNote,
      moreClaims,
    ),
    h("fieldset", {}, h("legend", {}, "Documents"), documentFinder, documentList, documentNote),
    hiddenSet,
    h("p", { class: "muted small" }, "Double-click a node to expand it. Size and colour: see Appearance."),
  );

  return {
    counts(byCategory) {
      for (const [category, cell] of countCells) {
        const n = byCategory.get(category) ?? 0;
        cell.textContent = n > 0 ? compact.format(n) : "";
      }
    },
    disputedCount(n) {
      disputedCount.textContent = n > 0 ? compact.format(n) : "";
    },
    setDocuments(documents) {
      const boxes: Array<[string, HTMLInputElement]> = [];
      const rows = documents.map((doc) => {
        const box = h("input", { type: "checkbox", "aria-label": doc.title || doc.uri });
        boxes.push([doc.key, box]);
        box.addEventListener("change", () => events.documents(boxes.filter(([, b]) => b.checked).map(([k]) => k)));
        const label = h(
          "label",
          { class: "check" },
          box,
          h("span", { class: "check-label" }, doc.title || doc.uri),
          h("span", { class: "count", "aria-hidden": "true" }, String(doc.claims)),
        );
        label.title = `${doc.uri}: ${doc.claims} claims`;
        return h("li", {}, label);
      });
      documentList.replaceChildren(...rows);
      documentBoxes = boxes;
      tickDocuments();
      documentNote.textContent =
        documents.length === 0 ? "No documents ingested." : "Tick documents to show only the claims they state.";
    },
    documentsUnavailable(message) {
      documentNote.textContent = `Documents unavailable: ${message}`;
    },
    setUnits({ units }) {
      const chosen = unitChoice.value;
      unitChoice.replaceChildren(
        h("option", { value: "" }, "any unit"),
        ...units.map((u) => h("option", { value: u.unit }, `${u.unit} (${compact.format(u.claims)})`)),
      );
      unitChoice.value = chosen;
    },
    claimsDrawn(page) {
      claimsNote.textContent =
        page === null ? "" : `${page.drawn.toLocaleString()} of ${page.total.toLocaleString()} matching claims drawn`;
      moreClaims.hidden = page === null || page.drawn >= page.total;
    },
    hidden(nodes) {
      hiddenSet.hidden = nodes.length === 0;
      hiddenList.replaceChildren(
        ...nodes.map(({ key, label }) => {
          const button = h(
            "button",
            { type: "button", class: "button secondary small", "aria-label": `Unhide ${label}` },
            "Unhide",
          );
          button.addEventListener("click", () => events.unhide(key));
          return h("li", {}, h("span", { class: "check-label" }, label), button);
        }),
      );
    },
    show(filters) {
      shown = filters;
      for (const [label, box] of categoryBoxes) box.checked = !filters.hiddenCategories.has(label);
      for (const [label, box] of relationBoxes) box.checked = !filters.hiddenRelations.has(label);
      disputedBox.checked = filters.disputedOnly;
      numbersBox.checked = filters.numbers !== null;
      unitChoice.disabled = filters.numbers === null;
      const unit = filters.numbers?.unit ?? "";
      // A unit from a link that the list does not hold yet still shows as chosen.
      if (![...unitChoice.options].some((o) => o.value === unit)) unitChoice.append(h("option", { value: unit }, unit));
      unitChoice.value = unit;
      tickDocuments();
    },
  };
}
