// Entry of the extraction worker thread (see extraction-worker.ts). The code is TypeScript, and a
// worker does not inherit the main thread's tsx hooks, so it registers them before loading it.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker-main.ts");
