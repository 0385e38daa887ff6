export {};
// A load generator in its own process, so that the clients never share an event loop with the server
// they measure: `tsx bench/load-client.ts BASE PATH TOTAL CLIENTS` prints the latencies (ms) as JSON.
const [base, path, total, clients] = process.argv.slice(2);
if (!base || !path || !total || !clients) throw new Error("usage: load-client BASE PATH TOTAL CLIENTS");
const url = new URL(path, base);
const times: number[] = [];
let next = 0;
let bytes = 0;
async function client() {
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
