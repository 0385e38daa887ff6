export {};
// A load generator in its own process, so that the clients never share an event loop with the server
// they measure: `tsx bench/load-client.ts BASE PATH TOTAL CLIENTS` prints the latencies (ms) as JSON.
// Each client first sends WARM_UP requests that are not timed: a fresh process opens its connections
// and compiles its HTTP client on those, which is the load generator's cost, not the server's (a
// browser keeps its connection and its compiled code).
const [base, path, total, clients] = process.argv.slice(2);
if (!base || !path || !total || !clients) throw new Error("usage: load-client BASE PATH TOTAL CLIENTS");
const url = new URL(path, base);
const times: number[] = [];
let next = 0;
let bytes = 0;
const WARM_UP = 3;
async function client() {
  for (let i = 0; i < WARM_UP; i++) await (await fetch(url)).arrayBuffer();
  while (next < Number(total)) {
    next++;
    const t = performance.now();
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    times.push(performance.now() - t);
    if (!res.ok) throw new Error(`load-client: ${path} answered ${res.status}`);
    bytes = body.byteLength;
  }
}
await Promise.all(Array.from({ length: Number(clients) }, client));
process.stdout.write(JSON.stringify({ times, bytes }));
