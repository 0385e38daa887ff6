// Builds the graph explorer into dist/viewer, which `claimgraph serve` serves next to the API.
// In development the API runs separately (claimgraph serve, port 4477) and vite proxies /api to it.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const api = { "/api": "http://127.0.0.1:4477" };

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset URLs, so the bundle works wherever the server mounts it.
  base: "./",
  build: {
    outDir: "../dist/viewer",
    // outDir is outside root, where vite would otherwise refuse to empty it (and warn).
    emptyOutDir: true,
  },
  server: { proxy: api },
  preview: { proxy: api },
});
