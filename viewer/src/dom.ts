// A tiny element builder. Text always goes in as text nodes, never as HTML: much of what the
// viewer shows comes from ingested documents, so it must not be able to inject markup.

type Child = Node | string | null | undefined | false;
/** Strings become attributes, `true` a bare attribute; false and undefined are left out. */
type Attrs = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === "string") element.setAttribute(name, value);
    else if (value === true) element.setAttribute(name, "");
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** A coloured dot, as used in the legend, suggestions and details. */
export function swatch(color: string): HTMLSpanElement {
  const dot = h("span", { class: "swatch", "aria-hidden": "true" });
  dot.style.backgroundColor = color;
  return dot;
}

export function requireElement<T extends HTMLElement>(selector: string, type: new () => T): T {
  const element = document.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`viewer/index.html lacks ${selector}`);
  return element;
}
