// The port of the test (or bench) Neo4j: 7688 (7689), or a free one when another checkout's server holds it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { localNeo4jStatus } from "../graph/local-neo4j.ts";

/**
 * `preferred`, unless another checkout's Neo4j holds it: then a free port. The choice is kept in the
 * server's home, so this checkout's running server is found there again next time.
 */
export async function testBoltPort(home: string, preferred = 7688): Promise<number> {
  const file = join(home, "bolt-port");
  const kept = existsSync(file) ? Number(readFileSync(file, "utf8")) : preferred;
  const ours = (await localNeo4jStatus({ home, boltPort: kept })).running;
  const port = ours || (await canListen(kept)) ? kept : await freePort();
  mkdirSync(home, { recursive: true });
  writeFileSync(file, String(port));
  return port;
}

const canListen = (port: number) =>
  new Promise<boolean>((done) => {
    const server = createServer();
    server.once("error", () => done(false));
    server.listen(port, "127.0.0.1", () => server.close(() => done(true)));
  });

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
