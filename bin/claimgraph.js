#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so there is no build step before first use.
import { register } from "tsx/esm/api";

register();
await import("../cli/main.ts");
