// `npm run bench`: Gatehouse against node-oidc-provider, side by side, in one run.
// Builds once (or reuses .next/), starts the production server (`node server.mjs`) pinned to one
// core (BENCH_CPU, default 1) on a throwaway PostgreSQL database, registers its clients and a
// protected resource, measures each case with autocannon (BENCH_CONNECTIONS keep-alive connections
// for BENCH_DURATION seconds after a 1 s warm-up, then one connection for the unloaded p50), then
// does the same against bench/peer/server.mjs pinned to the same core. Prints a table, appends
// every row to bench/results/<date>.jsonl. Loopback only; a benchmark, not a test.
// Options: BENCH_LABEL (a tag in the results), BENCH_CASES (comma list), BENCH_BUILD=1 (rebuild).
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import postgres from "postgres";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ADMIN_DB =
  process.env.TEST_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const CPU = process.env.BENCH_CPU ?? "1";
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const LABEL = process.env.BENCH_LABEL ?? "";
const ONLY = process.env.BENCH_CASES?.split(",").filter(Boolean);
const CALLBACK = "http://127.0.0.1:9876/callback";
const RESOURCE = "https://api.bench.test";
const VERIFIER = "bench-verifier-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFG";
const CHALLENGE = createHash("sha256").update(VERIFIER).digest("base64url");

const log = (...args) => console.error("[bench]", ...args);
const basic = (id, secret) =>
  "Basic " +
  Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString("base64");
const form = (params) => new URLSearchParams(params).toString();

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A tiny browser: cookie jar, no redirects followed, node:http (no Sec-Fetch-* headers). */
class Jar {
  cookies = new Map();
  constructor(base) {
    this.base = base;
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  async send(method, url, { headers = {}, body } = {}) {
    const target = new URL(url, this.base);
    const res = await new Promise((resolve, reject) => {
      const req = httpRequest(
        target,
        { method, headers: { cookie: this.header(), origin: this.base, ...headers } },
        (incoming) => {
          const chunks = [];
          incoming.on("data", (c) => chunks.push(c));
          incoming.on("end", () =>
            resolve({
              status: incoming.statusCode,
              headers: incoming.headers,
              text: Buffer.concat(chunks).toString(),
            }),
          );
          incoming.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    for (const line of res.headers["set-cookie"] ?? []) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      const value = pair.slice(i + 1).trim();
      if (value === "" || /max-age=0\b/i.test(line)) this.cookies.delete(pair.slice(0, i).trim());
      else this.cookies.set(pair.slice(0, i).trim(), value);
    }
    return res;
  }
  json(method, url, data) {
    return this.send(method, url, {
      headers: { "content-type": "application/json" },
      body: JSON.stringify(data),
    });
  }
}

/** Follows an authorization request until the callback; `answer` handles provider pages. */
async function authorize(jar, url, answer) {
  let next = new URL(url, jar.base);
  for (let step = 0; step < 12; step++) {
    if (next.toString().startsWith(CALLBACK)) return next;
    let res = await answer(next);
    if (!res) res = await jar.send("GET", next.toString());
    if (res.status >= 300 && res.status < 400) next = new URL(res.headers.location, next);
    else {
      const data = JSON.parse(res.text || "{}");
      if (!data.url)
        throw new Error(`authorize step ${next.pathname}: ${res.status} ${res.text.slice(0, 300)}`);
      next = new URL(data.url, next);
    }
  }
  throw new Error("authorization did not finish");
}

async function tokenRequest(base, tokenPath, client, params) {
  const res = await fetch(new URL(tokenPath, base), {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: basic(client.client_id, client.client_secret),
    },
    body: form(params),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${tokenPath} ${res.status}: ${text}`);
  return JSON.parse(text);
}

function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
    return { rssMiB: Math.round(kb("VmRSS") / 1024), peakMiB: Math.round(kb("VmHWM") / 1024) };
  } catch {
    return { rssMiB: null, peakMiB: null };
  }
}

/**
 * Starts a server pinned to the benchmark core. Its output goes to a file, not to a pipe this
 * process reads: this process runs autocannon, and a server whose log lines wait for a busy
 * reader to drain a 64 KiB pipe is measured waiting on the benchmark, not serving (the peer logs
 * nothing per request, so only Gatehouse paid for it: JWKS 1,200 req/s through the pipe, 9,000
 * with the output in a file, same build).
 */
function spawnPinned(args, env, readyText) {
  const logDir = mkdtempSync(path.join(tmpdir(), "gatehouse-bench-log-"));
  const logFile = path.join(logDir, "server.log");
  const fd = openSync(logFile, "a");
  const child = spawn("taskset", ["-c", CPU, process.execPath, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", fd, fd],
  });
  closeSync(fd);
  const output = () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : "");
  const ready = new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (!output().includes(readyText)) return;
      clearInterval(poll);
      resolve();
    }, 100);
    child.on("exit", (code) => {
      clearInterval(poll);
      reject(new Error(`server exited (${code}):\n${output()}`));
    });
  });
  return {
    child,
    ready,
    output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(logDir, { recursive: true, force: true });
    },
  };
}

// ---- the measurement -----------------------------------------------------------------------

/** CPU time (user + system, all threads) the process has used, in ms; null off Linux. Unlike
 * req/s it does not depend on what else the shared core was running. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (USER_HZ, 100 on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

async function pgCounters(sql, dbName) {
  if (!sql) return null;
  await sql`select pg_stat_clear_snapshot()`;
  const [row] = await sql`select xact_commit + xact_rollback as xacts, tup_returned, tup_fetched,
    tup_inserted + tup_updated + tup_deleted as writes from pg_stat_database where datname = ${dbName}`;
  return row && Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

/** pg_stat_database is flushed by each backend at most once a second: wait until it settles. */
async function settledCounters(sql, dbName) {
  if (!sql) return null;
  let last = await pgCounters(sql, dbName);
  for (let i = 0; i < 8; i++) {
    await new Promise((r) => setTimeout(r, 600));
    const now = await pgCounters(sql, dbName);
    if (now.xacts === last.xacts) return now;
    last = now;
  }
  return last;
}

function cannon(base, c, connections, duration) {
  return autocannon({
    url: base,
    connections,
    duration,
    // autocannon clears a connection's context after each pass over `requests`: a chained case
    // (refresh rotation) lists its request many times so the chain survives the run.
    requests: Array.from({ length: c.setupRequest ? 20_000 : 1 }, () => ({
      method: c.method ?? "GET",
      path: c.path,
      headers: c.headers ?? {},
      body: c.body,
      ...(c.setupRequest ? { setupRequest: c.setupRequest } : {}),
      ...(c.onResponse ? { onResponse: c.onResponse } : {}),
    })),
  });
}

async function measure(target, c) {
  if (process.env.BENCH_DRY === "1") {
    // Set-up check: one request per case, no load.
    const r = await cannon(target.base, c, 1, 0.3);
    return {
      server: target.name,
      case: c.name,
      codes: Object.keys(r.statusCodeStats ?? {}).join(" "),
      errors: r.errors,
    };
  }
  await cannon(target.base, c, CONNECTIONS, 1); // warm-up
  const before = await settledCounters(target.sql, target.dbName);
  const cpuBefore = cpuMs(target.pid);
  const loaded = await cannon(target.base, c, CONNECTIONS, DURATION);
  const cpuAfter = cpuMs(target.pid);
  const after = await settledCounters(target.sql, target.dbName);
  const single = await cannon(target.base, c, 1, Math.max(2, Math.round(DURATION / 2)));
  const total = loaded.requests.total;
  const codes = Object.entries(loaded.statusCodeStats ?? {})
    .map(([code, s]) => `${code}:${s.count}`)
    .join(" ");
  const expected = Object.entries(loaded.statusCodeStats ?? {})
    .filter(([code]) => (c.expect ?? [200]).includes(Number(code)))
    .reduce((n, [, s]) => n + s.count, 0);
  return {
    server: target.name,
    case: c.name,
    rps: Math.round(loaded.requests.average),
    p50: loaded.latency.p50,
    p99: loaded.latency.p99,
    unloadedP50: single.latency.p50,
    total,
    okShare: total ? Number((expected / total).toFixed(3)) : 0,
    codes,
    errors: loaded.errors + loaded.timeouts,
    cpuMsPerReq:
      cpuBefore !== null && cpuAfter !== null && total
        ? Number(((cpuAfter - cpuBefore) / total).toFixed(2))
        : null,
    sqlXactsPerReq:
      before && after && total ? Number(((after.xacts - before.xacts) / total).toFixed(2)) : null,
    rowsWrittenPerReq:
      before && after && total ? Number(((after.writes - before.writes) / total).toFixed(2)) : null,
    ...rssOf(target.pid),
  };
}

/** The benchmark cases, from what `prepare` set up on a server. */
function cases(s) {
  const formPost = (path, client, params, extra = {}) => ({
    method: "POST",
    path,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: basic(client.client_id, client.client_secret),
    },
    body: form(params),
    ...extra,
  });
  const refreshPool = [...s.refreshTokens];
  return [
    { name: "discovery", path: s.discoveryPath },
    { name: "jwks", path: s.jwksPath },
    formPost(
      s.introspectPath,
      s.machine,
      { token: s.opaqueToken, token_type_hint: "access_token" },
      { name: "introspection" },
    ),
    formPost(
      s.tokenPath,
      s.machine,
      { grant_type: "client_credentials", scope: "api:read" },
      { name: "cc_opaque" },
    ),
    formPost(
      s.tokenPath,
      s.machine,
      { grant_type: "client_credentials", scope: "api:read", resource: RESOURCE },
      { name: "cc_jwt" },
    ),
    formPost(
      s.tokenPath,
      s.app,
      {},
      {
        name: "refresh_token",
        setupRequest: (req, context) => {
          context.rt ??= refreshPool.pop();
          return {
            ...req,
            body: form({ grant_type: "refresh_token", refresh_token: context.rt ?? "exhausted" }),
          };
        },
        onResponse: (status, body, context) => {
          if (status !== 200 && process.env.BENCH_DRY === "1") log("refresh:", status, body);
          if (status === 200) context.rt = JSON.parse(body).refresh_token ?? context.rt;
          else context.rt = undefined;
        },
      },
    ),
    {
      name: "userinfo",
      path: s.userinfoPath,
      headers: { authorization: `Bearer ${s.userAccessToken}` },
    },
    {
      name: "authorize",
      path: s.authorizePath,
      headers: { cookie: s.sessionCookie },
      expect: [302, 303],
    },
    // Password sign-in (scrypt): Gatehouse only, node-oidc-provider has no password login.
    s.signIn && {
      name: "sign_in",
      method: "POST",
      path: "/api/auth/sign-in/email",
      headers: { "content-type": "application/json", origin: s.origin },
      body: JSON.stringify(s.signIn),
    },
  ].filter((c) => c && (!ONLY || ONLY.includes(c.name)));
}

// ---- Gatehouse ------------------------------------------------------------------------------

async function prepareGatehouse(base, dbUrl) {
  const iat = "bench-initial-access-token-0123456789";
  const register = async (metadata) => {
    const res = await fetch(`${base}/api/auth/oauth2/register`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${iat}` },
      body: JSON.stringify(metadata),
    });
    if (res.status !== 201) throw new Error(`registration: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const machine = await register({
    client_name: "Bench machine",
    grant_types: ["client_credentials"],
    // The registration endpoint asks for a redirect URI even of a client_credentials client.
    application_type: "native",
    redirect_uris: [CALLBACK],
    token_endpoint_auth_method: "client_secret_basic",
    scope: "api:read",
  });
  const app = await register({
    client_name: "Bench app",
    application_type: "native",
    redirect_uris: [CALLBACK],
    token_endpoint_auth_method: "client_secret_basic",
    grant_types: ["authorization_code", "refresh_token"],
    scope: "openid profile email offline_access",
  });
  // The protected resource and its link to the machine client (what the admin console writes).
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  const now = new Date();
  await sql`insert into oauth_resource (id, identifier, name, signing_algorithm, allowed_scopes, created_at, updated_at)
    values (${randomBytes(8).toString("hex")}, ${RESOURCE}, 'Bench API', 'RS256', ${["api:read"]}, ${now}, ${now})`;
  await sql`insert into oauth_client_resource (id, client_id, resource_id, created_at)
    values (${randomBytes(8).toString("hex")}, ${machine.client_id}, ${RESOURCE}, ${now})`;
  await sql.end();

  const jar = new Jar(base);
  const user = {
    email: `bench-${Date.now()}@example.test`,
    password: "correct-horse-battery",
    name: "Bench User",
  };
  const signUp = await jar.json("POST", "/api/auth/sign-up/email", user);
  if (signUp.status !== 200) throw new Error(`sign-up: ${signUp.status} ${signUp.text}`);
  const authorizePath = codeRequest("/api/auth/oauth2/authorize", app.client_id);
  const answer = async (next) => {
    if (next.pathname !== "/consent") return undefined;
    return jar.json("POST", "/api/auth/oauth2/consent", {
      accept: true,
      oauth_query: next.search.slice(1),
    });
  };
  const tokenPath = "/api/auth/oauth2/token";
  return {
    ...(await mintTokens({ base, tokenPath, jar, machine, app, authorizePath, answer })),
    signIn: { email: user.email, password: user.password },
    origin: base,
    authorizePath,
    jwksPath: "/api/auth/jwks",
    introspectPath: "/api/auth/oauth2/introspect",
    tokenPath,
    userinfoPath: "/api/auth/oauth2/userinfo",
  };
}

/** The bench's authorization request (code + PKCE) at `path` of either server. */
const codeRequest = (path, clientId, extra = {}) =>
  `${path}?` +
  form({
    response_type: "code",
    client_id: clientId,
    redirect_uri: CALLBACK,
    scope: "openid profile email offline_access",
    code_challenge: CHALLENGE,
    code_challenge_method: "S256",
    state: "bench-state",
    ...extra,
  });

/**
 * The tokens the cases replay, minted the same way at both servers: a code flow's access token,
 * 40 refresh tokens from further code flows (each refresh case spends one), and a
 * client_credentials access token of the machine client.
 */
async function mintTokens({ base, tokenPath, jar, machine, app, authorizePath, answer }) {
  const codeFlow = async () => {
    const cb = await authorize(jar, authorizePath, answer);
    return tokenRequest(base, tokenPath, app, {
      grant_type: "authorization_code",
      code: cb.searchParams.get("code"),
      redirect_uri: CALLBACK,
      code_verifier: VERIFIER,
    });
  };
  const first = await codeFlow();
  const refreshTokens = [];
  for (let i = 0; i < 40; i++) refreshTokens.push((await codeFlow()).refresh_token);
  const opaque = await tokenRequest(base, tokenPath, machine, {
    grant_type: "client_credentials",
    scope: "api:read",
  });
  return {
    machine,
    app,
    opaqueToken: opaque.access_token,
    userAccessToken: first.access_token,
    refreshTokens,
    sessionCookie: jar.header(),
    discoveryPath: "/.well-known/openid-configuration",
  };
}

/** Measures every case against one server, logging and keeping each row. */
async function measureCases(target, setup, results) {
  for (const c of cases(setup)) {
    const row = await measure(target, c);
    log(JSON.stringify(row));
    results.push(row);
  }
}

async function benchGatehouse(results) {
  if (process.env.BENCH_BUILD === "1" || !existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    log("building (npm run build)…");
    const built = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    if (built.status !== 0) throw new Error("build failed");
  }
  const dbName = `gh_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(ADMIN_DB, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${dbName}"`);
  const dbUrl = Object.assign(new URL(ADMIN_DB), { pathname: `/${dbName}` }).toString();
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "gatehouse-bench-"));
  const server = spawnPinned(
    [...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []), "server.mjs"],
    {
      NODE_ENV: "production",
      PORT: String(port),
      BETTER_AUTH_URL: base,
      DATABASE_URL: dbUrl,
      GATEHOUSE_DATA_DIR: dataDir,
      BETTER_AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
      INITIAL_ACCESS_TOKEN: "bench-initial-access-token-0123456789",
      SEED_DEMO_CLIENTS: "false",
      ADMIN_EMAIL: "admin@bench.test",
      ADMIN_PASSWORD: "admin-password-123",
      RATE_LIMIT_ENABLED: "false",
    },
    "[gatehouse] listening",
  );
  const stats = postgres(dbUrl, { max: 1, onnotice: () => {} });
  try {
    await server.ready;
    // The first request runs instrumentation (migrations, seeding); wait for it to answer.
    for (let i = 0; i < 240; i++) {
      const ok = await fetch(`${base}/.well-known/openid-configuration`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const setup = await prepareGatehouse(base, dbUrl);
    const target = { name: "gatehouse", base, sql: stats, dbName, pid: server.child.pid };
    await measureCases(target, setup, results);
  } finally {
    await stats.end();
    await server.stop();
    await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---- node-oidc-provider -------------------------------------------------------------------

async function preparePeer(base) {
  const machine = { client_id: "bench-machine", client_secret: "bench-machine-secret-0123456789" };
  const app = { client_id: "bench-app", client_secret: "bench-app-secret-0123456789" };
  const jar = new Jar(base);
  const authorizeUrl = (extra) => codeRequest("/auth", app.client_id, extra);
  const minted = await mintTokens({
    base,
    tokenPath: "/token",
    jar,
    machine,
    app,
    // offline_access needs prompt=consent at node-oidc-provider (OpenID Connect Core 11).
    authorizePath: authorizeUrl({ prompt: "consent" }),
    answer: async () => undefined,
  });
  return {
    ...minted,
    authorizePath: authorizeUrl({ scope: "openid profile email" }),
    jwksPath: "/jwks",
    introspectPath: "/token/introspection",
    tokenPath: "/token",
    userinfoPath: "/me",
  };
}

async function benchPeer(results) {
  const port = await freePort();
  const server = spawnPinned(
    ["bench/peer/server.mjs"],
    { NODE_ENV: "production", PORT: String(port) },
    "ready",
  );
  try {
    await server.ready;
    const base = `http://localhost:${port}`;
    const setup = await preparePeer(base);
    const target = { name: "oidc-provider", base, sql: null, dbName: null, pid: server.child.pid };
    await measureCases(target, setup, results);
  } finally {
    await server.stop();
  }
}

// ---- report -------------------------------------------------------------------------------

function table(results) {
  const names = [...new Set(results.map((r) => r.case))];
  const lines = [
    "| case | oidc-provider req/s | Gatehouse req/s | ratio | Gatehouse p50 / p99 ms | unloaded p50 ms (GH / peer) | CPU ms / req (GH / peer) | SQL xacts / req | rows written / req | GH ok share |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const name of names) {
    const g = results.find((r) => r.case === name && r.server === "gatehouse");
    const p = results.find((r) => r.case === name && r.server === "oidc-provider");
    const ratio = g && p && p.rps ? (g.rps / p.rps).toFixed(3) : "–";
    lines.push(
      `| ${name} | ${p?.rps ?? "–"} | ${g?.rps ?? "–"} | ${ratio} | ${g ? `${g.p50} / ${g.p99}` : "–"} | ${g?.unloadedP50 ?? "–"} / ${p?.unloadedP50 ?? "–"} | ${g?.cpuMsPerReq ?? "–"} / ${p?.cpuMsPerReq ?? "–"} | ${g?.sqlXactsPerReq ?? "–"} | ${g?.rowsWrittenPerReq ?? "–"} | ${g?.okShare ?? "–"} |`,
    );
  }
  const rss = (server) => results.filter((r) => r.server === server).at(-1);
  const g = rss("gatehouse");
  const p = rss("oidc-provider");
  lines.push(
    "",
    `RSS after the run (peak): Gatehouse ${g?.rssMiB ?? "–"} MiB (${g?.peakMiB ?? "–"}), oidc-provider ${p?.rssMiB ?? "–"} MiB (${p?.peakMiB ?? "–"}).`,
  );
  return lines.join("\n");
}

const results = [];
const started = new Date();
if (process.env.BENCH_SKIP_PEER !== "1") await benchPeer(results);
if (process.env.BENCH_SKIP_GATEHOUSE !== "1") await benchGatehouse(results);
const machine = `${cpus()[0]?.model ?? "cpu"} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT })
  .stdout?.toString()
  .trim();
mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
const file = path.join(ROOT, "bench/results", `${started.toISOString().slice(0, 10)}.jsonl`);
for (const row of process.env.BENCH_DRY === "1" ? [] : results) {
  appendFileSync(
    file,
    JSON.stringify({
      at: started.toISOString(),
      label: LABEL,
      commit,
      machine,
      cpu: CPU,
      connections: CONNECTIONS,
      duration: DURATION,
      ...row,
    }) + "\n",
  );
}
console.log(
  `\n${machine}; servers pinned to CPU ${CPU}; ${CONNECTIONS} connections, ${DURATION} s per case; commit ${commit}${LABEL ? ` (${LABEL})` : ""}\n`,
);
console.log(table(results));
