// The one place that maps what a node or edge is (kind, entity type, degree) to how it looks.
// The graph view, search suggestions, details panel and legend all take their colours from here.
import {
  ENTITY_TYPES,
  NODE_KINDS,
  RELATIONSHIPS,
  REL_TYPES,
  type EntityType,
  type NodeKind,
  type RelType,
} from "../../graph/model.ts";
import type { NodeAttributes } from "../../graph/wire.ts";

const ENTITY_COLORS: Record<EntityType, string> = {
  Organization: "#3e63dd",
  Person: "#e5484d",
  Place: "#30a46c",
  Technology: "#8e4ec6",
  Product: "#f76b15",
  Publication: "#0797b9",
};
const KIND_COLORS: Record<Exclude<NodeKind, "Entity">, string> = {
  Claim: "#8b95a5",
  Source: "#8d6e4e",
  Quantity: "#d6409f",
};
const UNKNOWN_COLOR = "#6b7280";

export const EMPHASIS_COLOR = "#e5a000";

/** The colours that depend on the page's background: the light theme's and the dark one's. */
export interface Palette {
  label: string;
  fadedNode: string;
  fadedEdge: string;
  focusedEdge: string;
  /** Behind the hovered node's label. */
  hoverBox: string;
}
export const LIGHT_PALETTE: Palette = {
  label: "#1c2330",
  fadedNode: "#e3e6eb",
  fadedEdge: "#eef0f3",
  focusedEdge: "#5f6b7c",
  hoverBox: "#ffffff",
};
export const DARK_PALETTE: Palette = {
  label: "#e6e9ef",
  fadedNode: "#2b3039",
  fadedEdge: "#22262d",
  focusedEdge: "#a3adbb",
  hoverBox: "#1b1f26",
};
/** Faded nodes and edges: dimmed by a focus, left out of a PNG. */
export const FADED_NODE_COLOR = LIGHT_PALETTE.fadedNode;
export const isFadedColor = (color: string | undefined) =>
  color === LIGHT_PALETTE.fadedNode ||
  color === DARK_PALETTE.fadedNode ||
  color === LIGHT_PALETTE.fadedEdge ||
  color === DARK_PALETTE.fadedEdge;

/**
 * Relationship colours, one per type of the RELATIONSHIPS table (the Record type makes a missing one
 * a compile error): light enough that nodes stay in front, distinct enough to tell apart. Agreement
 * and disagreement between claims are the exception: green and red, to be seen.
 */
const EDGE_COLORS: Record<RelType, string> = {
  STATED_IN: "#d9c7b4",
  ABOUT: "#c5cbe0",
  ATTRIBUTED_TO: "#f0b8ba",
  MENTIONS: "#e1e4e8",
  CITES: "#a9dbe4",
  STATES: "#f3c1df",
  CORROBORATES: "#46a758",
  CONTRADICTS: "#e5484d",
};
export const edgeColor = (type: string): string => EDGE_COLORS[type as RelType] ?? "#d0d4da";

const isEntityType = (type: string): type is EntityType => (ENTITY_TYPES as readonly string[]).includes(type);

/** Colour of a node given its kind and, for entities, its type (search hits carry the same two). */
export function colorOf(kind: string, type?: string): string {
  if (kind === "Entity") return type !== undefined && isEntityType(type) ? ENTITY_COLORS[type] : UNKNOWN_COLOR;
  return kind in KIND_COLORS ? KIND_COLORS[kind as keyof typeof KIND_COLORS] : UNKNOWN_COLOR;
}

export const nodeColor = (a: NodeAttributes): string => colorOf(a.kind, a.kind === "Entity" ? a.type : undefined);

/** What to call a node's category: the entity type, or the kind for claims, sources and quantities. */
export const categoryOf = (a: NodeAttributes): string => (a.kind === "Entity" ? a.type : a.kind);

const BASE_SIZE: Record<NodeKind, number> = { Entity: 4, Claim: 3, Source: 3.5, Quantity: 2 };
/** How much a node may grow over its base size, at the largest measure on the canvas. */
const GROWTH = 14;

/** What node size stands for: connections in the database, or the claims about, by or in the node. */
export type SizeBy = "degree" | "claims";

/**
 * What a node is sized by. Degree is the node's degree in the whole database when the API sends it,
 * which keeps sizes stable as the user expands, otherwise its degree on screen; claims, the claims
 * about an entity, by it, or stated in a source (a claim counts as one, a figure as none).
 */
export function sizeMeasure(a: NodeAttributes, degreeOnScreen: number, by: SizeBy): number {
  if (by === "degree") return a.degree ?? degreeOnScreen;
  if (a.kind === "Claim") return 1;
  return a.kind === "Entity" || a.kind === "Source" ? (a.claims ?? 0) : 0;
}

/**
 * Radius in pixels, from the node's measure relative to the largest on the canvas, on a log scale:
 * a hub of 13,000 neighbours stands out from its 200 neighbours of 1,000 each without burying them,
 * and the sizes stay readable whatever the graph's scale.
 */
export function nodeSize(a: NodeAttributes, measure: number, largest: number): number {
  const share = largest > 0 ? Math.log1p(Math.max(measure, 0)) / Math.log1p(largest) : 0;
  return BASE_SIZE[a.kind] + GROWTH * Math.min(share, 1) ** 2;
}

/** Colours for communities, told apart from each other; the smallest communities share the last one. */
export const COMMUNITY_COLORS = [
  "#3e63dd",
  "#e5484d",
  "#30a46c",
  "#8e4ec6",
  "#f76b15",
  "#0797b9",
  "#d6409f",
  "#978365",
  "#ffb224",
  "#6e56cf",
  "#8b95a5",
] as const;

const MAX_LABEL = 42;
/** Claim labels are whole sentences; cut them so they do not cover the graph. */
export const nodeLabel = (a: NodeAttributes): string =>
  a.label.length > MAX_LABEL ? `${a.label.slice(0, MAX_LABEL - 1).trimEnd()}…` : a.label;

export interface LegendEntry {
  label: string;
  color: string;
  /** What the category means, shown as a tooltip. */
  description?: string;
}
/** The node categories: the six entity types, then the other node kinds (claims, sources, quantities). */
export const LEGEND: readonly LegendEntry[] = [
  ...ENTITY_TYPES.map((type) => ({ label: type, color: ENTITY_COLORS[type] })),
  ...NODE_KINDS.filter((k) => k !== "Entity").map((kind) => ({ label: kind, color: KIND_COLORS[kind] })),
];
/** Every relationship type of the RELATIONSHIPS table, in its order, with its description. */
export const EDGE_LEGEND: readonly LegendEntry[] = REL_TYPES.map((type) => ({
  label: type,
  color: EDGE_COLORS[type],
  description: RELATIONSHIPS[type].description,
}));

/**
 * Sigma settings that depend on how big the graph is. Past a few thousand nodes, arrows, edges and
 * labels while the camera moves cost more frames than they are worth.
 */
export function renderSettings(order: number) {
  const large = order > 5000;
  return {
    defaultEdgeType: large ? "line" : "arrow",
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelDensity: large ? 0.5 : 0.8,
    labelGridCellSize: large ? 150 : 110,
    labelRenderedSizeThreshold: large ? 10 : 8,
  } as const;
}
