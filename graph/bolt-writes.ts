// Fewer socket writes for Bolt. The driver hands its socket one 1,400-byte chunk at a time, each a
// write system call of its own; a document's claims (a few MB of parameters) then cost thousands of
// them, and on loopback each one also runs the receiving side of TCP. That was 13% of SOTU ingest's
// main thread. Corked until the next tick, the chunks of one message leave in one writev.
// The driver exposes no option for this, so its channel's write is wrapped; should a driver release
// move it, nothing breaks (writes go out as before) and bolt-writes.test.ts says so.
import { createRequire } from "node:module";
import type { Socket } from "node:net";

type Channel = { _conn?: Socket };
type ChannelClass = { prototype: { write(this: Channel, buffer: unknown): void; corksWrites?: true } };

/** Wraps the driver's Node channel so its writes are corked; true when in place. */
export function corkBoltWrites(): boolean {
  let channel: ChannelClass | undefined;
  try {
    const require = createRequire(import.meta.url);
    channel = require("neo4j-driver-bolt-connection/lib/channel/node/node-channel.js").default;
  } catch {
    return false;
  }
  const proto = channel?.prototype;
  if (typeof proto?.write !== "function") return false;
  if (proto.corksWrites) return true;
  const write = proto.write;
  proto.write = function (buffer) {
    const socket = this._conn;
    if (socket && socket.writableCorked === 0) {
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    write.call(this, buffer);
  };
  proto.corksWrites = true;
  return true;
}
