// A real local Neo4j without Docker: Neo4j Community 5.26 embedded in a small Java launcher
// (graph/neo4j/Launcher.java) whose jars Maven resolves from Maven Central (graph/neo4j/pom.xml).
// Everything lives under `home`:
//   classpath.txt  the resolved jars (re-resolved when missing or when a jar has gone)
//   classes/       javac output (recompiled when Launcher.java is newer), and launcher.jar of it
//   classes.jsa    the JVM's archive of the classes a start loads (class data sharing), written by
//                  the first start at its clean stop, used by the next ones: 2-3 s less per start
//   data/          the Neo4j store and Neo4j's own logs
//   password       random, generated once, mode 0600; the launcher sets it on every start
//   neo4j.pid      the JVM's pid;  neo4j.log  its stdout+stderr;  start.lock  held while starting
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { z } from "zod";

export type LocalNeo4jOptions = { home: string; boltPort: number; heap?: string };
export type Neo4jConnection = { uri: string; user: string; password: string };

const LAUNCHER_DIR = fileURLToPath(new URL("./neo4j/", import.meta.url));
const START_TIMEOUT_MS = 120_000;
const MAX_DIRECT_MEMORY = "256m";
const STOP_TIMEOUT_MS = 60_000;
// Longer than the slowest start (a first Maven download included), so a held lock is never broken.
const STALE_LOCK_MS = 10 * 60_000;

const Options = z.object({
  home: z.string().min(1),
  boltPort: z.number().int().min(1).max(65535),
  heap: z
    .string()
    .regex(/^\d+[kmg]$/i, "a JVM size such as 512m or 2g")
    .default("1g"),
});
// Generated passwords are base64url; anything else a person put there must at least be one
// non-blank token Neo4j accepts (8+ characters).
const Password = z.string().regex(/^\S{8,256}$/, "8 to 256 characters without spaces");
const Pid = z.coerce.number().int().positive();

type Paths = ReturnType<typeof pathsOf>;

function pathsOf(where: string, opts: LocalNeo4jOptions) {
  const parsed = Options.safeParse(opts);
  if (!parsed.success) throw new Error(`local-neo4j.${where}: invalid options: ${z.prettifyError(parsed.error)}`);
  const home = path.resolve(parsed.data.home);
  return {
    ...parsed.data,
    home,
    uri: `bolt://127.0.0.1:${parsed.data.boltPort}`,
    classpath: path.join(home, "classpath.txt"),
    classes: path.join(home, "classes"),
    launcherJar: path.join(home, "launcher.jar"),
    classArchive: path.join(home, "classes.jsa"),
    /** Written at the JVM's exit; becomes classArchive only after a clean stop (never half-written). */
    newClassArchive: path.join(home, "classes.jsa.new"),
    data: path.join(home, "data"),
    password: path.join(home, "password"),
    pid: path.join(home, "neo4j.pid"),
    log: path.join(home, "neo4j.log"),
    lock: path.join(home, "start.lock"),
  };
}

export async function startLocalNeo4j(
  opts: LocalNeo4jOptions,
): Promise<Neo4jConnection & { pid: number; alreadyRunning: boolean; startupMs: number }> {
  const began = Date.now();
  const p = pathsOf("start", opts);
  fs.mkdirSync(p.home, { recursive: true, mode: 0o700 });
  return withLock(p, async () => {
    const conn = { uri: p.uri, user: "neo4j", password: readPassword(p, "start", true) };
    const running = runningPid(p);
    if (running !== undefined) {
      const bolt = await boltCheck(conn);
      if (bolt === "ok") return { ...conn, pid: running, alreadyRunning: true, startupMs: Date.now() - began };
      throw new Error(
        bolt === "unauthorized"
          ? `local-neo4j.start: the server (pid ${running}) rejects the password in ${p.password}; ` +
              `stop it and start again, the launcher sets the password on start`
          : `local-neo4j.start: the server (pid ${running}) is running but Bolt does not answer on ${p.uri} ` +
              `(started with another port, or hung: see ${p.log}); stop it and start again`,
      );
    }
    const pid = await spawnServer(p, conn.password);
    return { ...conn, pid, alreadyRunning: false, startupMs: Date.now() - began };
  });
}

export async function stopLocalNeo4j(opts: LocalNeo4jOptions): Promise<{ stopped: boolean }> {
  const p = pathsOf("stop", opts);
  if (!fs.existsSync(p.home)) return { stopped: false };
  return withLock(p, async () => {
    const pid = runningPid(p);
    if (pid !== undefined) {
      process.kill(pid, "SIGTERM"); // the launcher's shutdown hook closes the store cleanly
      if (!(await waitFor(() => !isOurServer(pid, p), STOP_TIMEOUT_MS))) {
        throw new Error(
          `local-neo4j.stop: pid ${pid} did not exit within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; ` +
            `see ${p.log} and data/logs/debug.log, or kill -9 ${pid} (Neo4j recovers on the next start)`,
        );
      }
    }
    fs.rmSync(p.pid, { force: true });
    // The JVM has exited cleanly, so the archive it wrote at exit is whole.
    if (pid !== undefined && fs.existsSync(p.newClassArchive)) fs.renameSync(p.newClassArchive, p.classArchive);
    return { stopped: pid !== undefined };
  });
}

export async function localNeo4jStatus(
  opts: LocalNeo4jOptions,
): Promise<{ running: boolean; pid?: number; uri?: string }> {
  const p = pathsOf("status", opts);
  const pid = runningPid(p);
  return pid === undefined ? { running: false } : { running: true, pid, uri: p.uri };
}

export async function localNeo4jConnection(opts: LocalNeo4jOptions): Promise<Neo4jConnection> {
  const p = pathsOf("connection", opts);
  return { uri: p.uri, user: "neo4j", password: readPassword(p, "connection", false) };
}

/** Resolves jars and compiles the launcher when needed, spawns the JVM and waits for Bolt. */
async function spawnServer(p: Paths, password: string): Promise<number> {
  const jars = resolveClasspath(p);
  buildLauncher(p, jars.join(path.delimiter));
  // Class data sharing wants jars only on the classpath (no directory of classes).
  const classpath = [p.launcherJar, ...jars].join(path.delimiter);
  fs.rmSync(p.newClassArchive, { force: true });
  // Archiving slows a start by a few seconds; after a crash (a pid file no stop removed) the next
  // one may well crash too, so it starts plainly and a later start after a clean stop archives.
  const crashedBefore = fs.existsSync(p.pid);
  const classSharing = fs.existsSync(p.classArchive)
    ? [`-XX:SharedArchiveFile=${p.classArchive}`]
    : crashedBefore
      ? []
      : [`-XX:ArchiveClassesAtExit=${p.newClassArchive}`];
  const log = fs.openSync(p.log, "w"); // one start per log, so its tail explains this start
  const child = spawn(
    "java",
    // Like neo4j's own launcher: after an OutOfMemoryError the process is not worth keeping.
    // Bolt builds each record in one direct buffer that grows 4 MiB at a time, unchecked by the
    // transaction timeout: one huge value (RETURN range(1, 100000000)) kept a core busy for
    // minutes. With direct memory capped, such a record fails within seconds and Neo4j goes on.
    [
      `-Xmx${p.heap}`,
      `-XX:MaxDirectMemorySize=${MAX_DIRECT_MEMORY}`,
      "-XX:+ExitOnOutOfMemoryError",
      ...classSharing,
      // A stale or unusable archive only costs its speed-up: no warnings in the log for it.
      "-Xlog:cds=off",
      "-Xlog:cds+dynamic=off",
      "-cp",
      classpath,
      "Launcher",
      p.data,
      String(p.boltPort),
    ],
    // Detached with its own stdio, so the server outlives the CLI that started it.
    {
      detached: true,
      stdio: ["ignore", log, log],
      cwd: p.home,
      env: { ...process.env, NEO4J_LOCAL_PASSWORD: password },
    },
  );
  fs.closeSync(log);
  let failure: Error | undefined;
  child.on("error", (e: NodeJS.ErrnoException) => (failure = e.code === "ENOENT" ? missingTool("java") : e));
  child.on("exit", (code, signal) => (failure ??= new Error(`the JVM exited (${signal ?? `code ${code}`})`)));
  child.unref();
  if (child.pid !== undefined) fs.writeFileSync(p.pid, `${child.pid}\n`); // undefined: 'error' follows

  // The launcher prints READY only after it has set the password; probing Bolt before that would
  // fail authentication and could trip Neo4j's rate limit on failed logins.
  const ready = await waitFor(() => failure !== undefined || logText(p).includes("READY bolt://"), START_TIMEOUT_MS);
  if (failure === undefined && ready && (await boltCheck({ uri: p.uri, user: "neo4j", password })) === "ok") {
    return child.pid!;
  }
  if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, "SIGTERM");
  fs.rmSync(p.pid, { force: true });
  if (failure?.message.startsWith("local-neo4j:")) throw failure;
  const why =
    failure?.message ?? (ready ? `Bolt does not answer on ${p.uri}` : `not ready within ${START_TIMEOUT_MS / 1000} s`);
  throw new Error(
    `local-neo4j.start: Neo4j did not start: ${why}. Last lines of ${p.log}:\n${tail(logText(p), 25)}\n` +
      `(a port in use needs another boltPort; an old Java needs Java 17 or 21)`,
  );
}

function resolveClasspath(p: Paths): string[] {
  const read = () =>
    fs.existsSync(p.classpath) ? fs.readFileSync(p.classpath, "utf8").trim().split(path.delimiter) : [];
  let jars = read();
  // A cleaned ~/.m2 leaves a classpath naming jars that are gone: resolve again.
  if (jars.length === 0 || !jars.every((jar) => fs.existsSync(jar))) {
    const pom = path.join(LAUNCHER_DIR, "pom.xml");
    run("mvn", ["-q", "-B", "-f", pom, "dependency:build-classpath", `-Dmdep.outputFile=${p.classpath}`]);
    fs.rmSync(p.classArchive, { force: true }); // archived from other jars
    jars = read();
    if (jars.length === 0)
      throw new Error(
        `local-neo4j.start: mvn wrote no classpath to ${p.classpath}; run the mvn command by hand to see why`,
      );
  }
  return jars;
}

/** Compiles the launcher when its source is newer, and jars it; a new launcher needs a new archive. */
function buildLauncher(p: Paths, classpath: string): void {
  const source = path.join(LAUNCHER_DIR, "Launcher.java");
  const compiled = path.join(p.classes, "Launcher.class");
  const newer = (a: string, b: string) => fs.existsSync(a) && fs.statSync(a).mtimeMs >= fs.statSync(b).mtimeMs;
  if (!newer(compiled, source)) run("javac", ["-d", p.classes, "-cp", classpath, source]);
  if (newer(p.launcherJar, compiled)) return;
  run("jar", ["cf", p.launcherJar, "-C", p.classes, "."]);
  fs.rmSync(p.classArchive, { force: true });
}

/** Runs a build tool synchronously; its output only matters when it fails. */
function run(tool: string, args: string[]): void {
  const r = spawnSync(tool, args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") throw missingTool(tool);
  if (r.error || r.status !== 0) {
    throw new Error(
      `local-neo4j.start: \`${tool} ${args.join(" ")}\` failed (${r.error?.message ?? `exit ${r.status}`}):\n` +
        tail(`${r.stdout ?? ""}${r.stderr ?? ""}`, 25),
    );
  }
}

function missingTool(tool: string): Error {
  return new Error(
    `local-neo4j: \`${tool}\` was not found. Install Java 17 (java, javac) and Maven (mvn), ` +
      `or run \`docker compose up -d\` and set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, ` +
      `or point NEO4J_URI at any Neo4j 5 server.`,
  );
}

function readPassword(p: Paths, where: string, create: boolean): string {
  if (create) {
    try {
      // 'wx': never overwrite a password the store may already hold.
      fs.writeFileSync(p.password, `${randomBytes(24).toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  if (!fs.existsSync(p.password)) {
    throw new Error(`local-neo4j.${where}: no password file ${p.password}; start the local server first`);
  }
  const parsed = Password.safeParse(fs.readFileSync(p.password, "utf8").trim());
  if (!parsed.success) {
    throw new Error(
      `local-neo4j.${where}: ${p.password} is not a valid password (${parsed.error.issues[0]?.message}); ` +
        `delete it, then stop and start the server: a new one is generated and set`,
    );
  }
  return parsed.data;
}

/** The pid from the pid file if that process is our JVM; a stale or garbled pid file counts as none. */
function runningPid(p: Paths): number | undefined {
  if (!fs.existsSync(p.pid)) return undefined;
  const pid = Pid.safeParse(fs.readFileSync(p.pid, "utf8").trim());
  return pid.success && isOurServer(pid.data, p) ? pid.data : undefined;
}

/** Alive and running our launcher on this data dir: a pid may be reused by another program. */
function isOurServer(pid: number, p: Paths): boolean {
  const cmd = commandLine(pid);
  return cmd !== undefined && cmd.includes("Launcher") && cmd.includes(p.data);
}

function commandLine(pid: number): string | undefined {
  if (fs.existsSync("/proc/self")) {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " "); // empty for a zombie
    } catch {
      return undefined;
    }
  }
  const ps = spawnSync("ps", ["-o", "args=", "-p", String(pid)], { encoding: "utf8" }); // macOS
  return ps.status === 0 ? ps.stdout : undefined;
}

async function boltCheck(conn: Neo4jConnection): Promise<"ok" | "down" | "unauthorized"> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), { connectionTimeout: 5_000 });
  try {
    await driver.verifyConnectivity();
    return "ok";
  } catch (e) {
    return String((e as { code?: unknown }).code).startsWith("Neo.ClientError.Security.") ? "unauthorized" : "down";
  } finally {
    await driver.close();
  }
}

/**
 * Serialises start and stop across processes (e.g. vitest workers) with an exclusive lock file.
 * A lock whose holder has died, or that is older than any start can take, is stale and broken.
 */
async function withLock<T>(p: Paths, body: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      fs.writeFileSync(p.lock, `${process.pid}\n`, { flag: "wx" });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    if (lockIsStale(p.lock)) fs.rmSync(p.lock, { force: true });
    else await sleep(250);
  }
  try {
    return await body();
  } finally {
    fs.rmSync(p.lock, { force: true });
  }
}

function lockIsStale(lock: string): boolean {
  try {
    // An empty lock is one being written right now, not a stale one: only age breaks it.
    const holder = Pid.safeParse(fs.readFileSync(lock, "utf8").trim());
    return (holder.success && !isAlive(holder.data)) || Date.now() - fs.statSync(lock).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false; // released meanwhile: just try again
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // alive, but another user's
  }
}

async function waitFor(done: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(200)) if (done()) return true;
  return done();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const logText = (p: Paths) => (fs.existsSync(p.log) ? fs.readFileSync(p.log, "utf8") : "");
const tail = (text: string, lines: number) => text.trimEnd().split("\n").slice(-lines).join("\n");
