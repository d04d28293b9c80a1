import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { ADMIN, INITIAL_ACCESS_TOKEN, TEST_SECRET } from "./global-setup";

// Test runners start from the repository root (npm scripts); this file is shared by Vitest (ESM)
// and Playwright (CommonJS), so it avoids import.meta.
export const ROOT = process.cwd();

/** The admin connection used to create and drop throwaway databases. Local only. */
export const ADMIN_DATABASE_URL =
  process.env.TEST_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host})`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function createDatabase(
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  assertLocalDatabase(ADMIN_DATABASE_URL);
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const sql = postgres(ADMIN_DATABASE_URL, { max: 1, onnotice: () => {} });
  await sql.unsafe(`create database "${name}"`);
  await sql.end();
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const admin = postgres(ADMIN_DATABASE_URL, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

export type RunningServer = {
  baseUrl: string;
  dataDir: string;
  output: () => string;
  /** The server process (to send it a signal) and its exit code once it ends. */
  child: ChildProcess;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
  /** Kills the server process with SIGKILL (a crash: no shutdown code runs) and waits for it. */
  crash: () => Promise<void>;
};

/** `npm start` (server.mjs on the production build) with only the given environment. */
function spawnNext(port: number, env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "server.mjs")], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      BETTER_AUTH_URL: `http://localhost:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, exited, output: () => output };
}

/** Starts the production build (`next start`) with the given environment on a free port. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "gatehouse-test-"));
  const { child, exited, output } = spawnNext(port, { GATEHOUSE_DATA_DIR: dataDir, ...env });

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server exited during start-up:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/.well-known/openid-configuration`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Server did not become ready:\n${output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    dataDir,
    output,
    child,
    exited,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
    crash: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
    },
  };
}

/** Runs `next start` expecting it to refuse to start; returns its exit code and output. */
export async function startExpectingExit(env: Record<string, string>) {
  const { child, exited, output } = spawnNext(await freePort(), env);
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const code = await exited;
  clearTimeout(timer);
  return { code, output: output() };
}

/**
 * A production server of a suite's own, on its own throwaway database, with the suite's
 * environment on top of the usual test settings. `stop()` ends both.
 */
export async function startOwnServer(prefix: string, env: Record<string, string>) {
  const database = await createDatabase(prefix);
  try {
    const server = await startServer({
      DATABASE_URL: database.url,
      BETTER_AUTH_SECRET: TEST_SECRET,
      INITIAL_ACCESS_TOKEN,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO_CLIENTS: "false",
      RATE_LIMIT_ENABLED: "false",
      ...env,
    });
    return {
      ...server,
      databaseUrl: database.url,
      stop: async () => {
        await server.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
