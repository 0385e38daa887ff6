// The explorer is a built bundle (dist/viewer). `npm start` and `npm test` build it; a user who runs
// `claimgraph serve` straight after `npm install` gets it built on that first serve, once.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { promisify } from "node:util";

/** Builds the viewer into `viewerDir` unless it is there; says whether it is there now. */
export async function ensureViewerBuilt(
  root: string,
  viewerDir: string,
  log: (line: string) => void,
): Promise<boolean> {
  if (existsSync(resolve(viewerDir, "index.html"))) return true;
  let vite: string;
  try {
    // Vite's package exports do not include its bin; it sits next to its package.json.
    vite = resolve(dirname(createRequire(resolve(root, "package.json")).resolve("vite/package.json")), "bin/vite.js");
  } catch {
    log("serve: the explorer is not built and Vite is not installed; run `npm install` then `npm run build`");
    return false;
  }
  log("serve: building the explorer (first run only, about 10-20 s)...");
  try {
    await promisify(execFile)(
      process.execPath,
      [
        vite,
        "build",
        "--config",
        "viewer/vite.config.ts",
        "--outDir",
        viewerDir,
        "--emptyOutDir",
        "--logLevel",
        "warn",
      ],
      { cwd: root, timeout: 300_000 },
    );
  } catch (e) {
    log(
      `serve: building the explorer failed (${(e as Error).message.split("\n")[0]}); run \`npm run build\` to see why`,
    );
    return false;
  }
  return existsSync(resolve(viewerDir, "index.html"));
}
