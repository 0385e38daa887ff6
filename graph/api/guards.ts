// Who may call the API: with a token, whoever sends it; without one (loopback only, see serve.ts),
// only requests addressed to a loopback name, so a web page cannot reach the API by DNS rebinding.
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** An error the API answers as {error, code} with this HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const digest = (s: string) => createHash("sha256").update(s).digest();

export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    // Only as a header: a token in the query string would land in logs and browser history.
    const given = c.req.header("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
    // Compared as fixed-length digests in constant time, so timing reveals nothing about the token.
    if (!timingSafeEqual(digest(given), expected))
      throw new HttpError(401, "unauthorized", "missing or wrong token (send Authorization: Bearer TOKEN)");
    return next();
  };
}

const LOOPBACK_NAMES = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function loopbackHostOnly(): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header("host") ?? "";
    const name = URL.canParse(`http://${host}`) ? new URL(`http://${host}`).hostname : "";
    if (!LOOPBACK_NAMES.has(name))
      throw new HttpError(
        403,
        "forbidden-host",
        `requests must be addressed to 127.0.0.1 or localhost, not "${host}"; to serve other hosts set CLAIMGRAPH_TOKEN and --host`,
      );
    return next();
  };
}
