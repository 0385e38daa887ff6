// The views the actions drive, gathered so the actions do not depend on how main.ts builds them.
import type { CypherConsole } from "../features/cypher/cypher-console.ts";
import type { DetailsPanel } from "../features/details/details-panel.ts";
import type { Area, GraphView } from "../features/graph/graph-view.ts";
import type { LayoutControls } from "../features/layout/layout-controls.ts";
import type { PathPanel } from "../features/path/path-panel.ts";
import type { StatusBar } from "../status.ts";

export interface FeatureViews {
  view: GraphView;
  details: DetailsPanel;
  status: StatusBar;
  path: PathPanel;
  cypher: CypherConsole;
  layout: LayoutControls;
  /** How many of the claims the document and numbers filters choose are drawn; null: no such filter. */
  claimsDrawn(page: { drawn: number; total: number } | null): void;
  /** The graph's structure changed: counts and other derived displays need refreshing. */
  graphChanged(): void;
  /** The part of the viewport the floating panels leave free, where nodes are brought into view. */
  freeArea(): Area;
}
