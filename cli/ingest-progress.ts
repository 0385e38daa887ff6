// What `ingest` shows while it runs: a bar with the document being written and the rate so far on a
// terminal, and a line at 10%, 50% and 100% with documents per second, on a terminal or in a log
// (where a bar cannot be drawn), so a long run says how fast it goes and when it will end.
import { MultiBar, Presets } from "cli-progress";
import type { IngestProgress } from "../app/ingest-paths.ts";

const MILESTONES = [0.1, 0.5, 1];

export function ingestProgress(log: (line: string) => void) {
  const terminal = process.stderr.isTTY === true;
  const bars = new MultiBar(
    { format: "ingest [{bar}] {value}/{total} {rate} docs/s {file}", stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let bar: ReturnType<MultiBar["create"]> | undefined;
  let started = 0;
  let next = 0;
  return {
    update({ done, total, path }: IngestProgress) {
      if (!bar) {
        started = performance.now();
        bar = bars.create(total, 0, { file: "", rate: "-" });
      }
      const rate = (done / Math.max((performance.now() - started) / 1000, 1e-3)).toFixed(1);
      bar.update(done, { file: path, rate });
      while (next < MILESTONES.length && done >= Math.ceil(MILESTONES[next]! * total)) {
        const line = `ingest: ${Math.round(MILESTONES[next]! * 100)}% (${done}/${total} documents), ${rate} docs/s`;
        if (terminal) bars.log(`${line}\n`);
        else log(line);
        next++;
      }
    },
    stop: () => bars.stop(),
  };
}
