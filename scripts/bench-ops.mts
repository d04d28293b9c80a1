// `npm run bench:ops` (needs `npm run build`): a database outage under load, measured.
// Starts a scratch PostgreSQL cluster (own data directory under a temp dir, own free port;
// never the shared server on 5432) and the production server on it, drives protocol and page
// requests from CONCURRENCY loops, stops the cluster for OUTAGE_MS, starts it again, and prints
// the figures: answers during the outage by status, the longest request, the recovery time and
// any 5xx after recovery. A benchmark that prints figures, not a test: it exits 0 either way.
import { HttpSession } from "../e2e/protocol/http-session";
import { postRegistration } from "../e2e/protocol/oauth-client";
import { createScratchCluster } from "../e2e/protocol/scratch-postgres";
import { startServer } from "../e2e/protocol/server";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const OUTAGE_MS = Number(process.env.BENCH_OUTAGE_MS ?? 5000);
const BEFORE_MS = 3000;
const AFTER_MS = 8000;
const TOKEN = "bench-initial-access-token-0123456789";

type Sample = { kind: string; start: number; end: number; status: number };

const cluster = await createScratchCluster();
const server = await startServer({
  DATABASE_URL: cluster.url,
  BETTER_AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
  INITIAL_ACCESS_TOKEN: TOKEN,
  RATE_LIMIT_ENABLED: "false",
});
try {
  const base = server.baseUrl;
  const registered = await postRegistration(
    base,
    {
      client_name: "Bench RP",
      redirect_uris: ["https://rp.example.test/cb"],
      token_endpoint_auth_method: "client_secret_basic",
    },
    TOKEN,
  );
  const client = (await registered.json()) as { client_id: string; client_secret: string };
  const basic = `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString("base64")}`;
  const browser = new HttpSession(base);
  await browser.post("/api/auth/sign-up/email", {
    email: "bench@example.test",
    password: "bench-password-123",
    name: "Bench",
  });
  // The client's form POST to a protocol endpoint (HTTP Basic client authentication).
  const clientPost = (path: string, body: string) => () =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
      body,
    });
  const kinds: [string, () => Promise<Response>][] = [
    ["introspect", clientPost("/api/auth/oauth2/introspect", "token=not-a-token")],
    [
      "token",
      clientPost("/api/auth/oauth2/token", "grant_type=refresh_token&refresh_token=not-a-token"),
    ],
    [
      "session",
      () => fetch(`${base}/api/auth/get-session`, { headers: { cookie: browser.cookieHeader() } }),
    ],
    [
      "page /account",
      () =>
        fetch(`${base}/account`, {
          headers: { cookie: browser.cookieHeader() },
          redirect: "manual",
        }),
    ],
  ];

  const samples: Sample[] = [];
  const t0 = Date.now();
  let stopAt = Infinity;
  // `stopping`: when `pg_ctl stop` was called (connections start being cut); `down`: when it
  // returned (the server is gone). Answers between the two belong to the outage.
  let stopping = 0;
  let down = 0;
  let up = 0;
  const loops = Array.from({ length: CONCURRENCY }, async (_, i) => {
    for (let n = i; Date.now() < stopAt; n++) {
      const [kind, send] = kinds[n % kinds.length]!;
      const start = Date.now();
      const status = await send().then(
        async (res) => (await res.arrayBuffer(), res.status),
        () => 0,
      );
      samples.push({ kind, start, end: Date.now(), status });
    }
  });
  const at = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms - (Date.now() - t0)));
  await at(BEFORE_MS);
  stopping = Date.now();
  await cluster.stop();
  down = Date.now();
  await at(BEFORE_MS + OUTAGE_MS);
  await cluster.start();
  up = Date.now();
  stopAt = up + AFTER_MS;
  await Promise.all(loops);

  const count = (list: Sample[]) => {
    const by: Record<string, number> = {};
    for (const s of list) by[s.status] = (by[s.status] ?? 0) + 1;
    return by;
  };
  const ok = (s: Sample) => s.status > 0 && s.status < 500;
  const before = samples.filter((s) => s.end < stopping);
  const during = samples.filter((s) => s.end >= stopping && s.start < up);
  const afterUp = samples.filter((s) => s.start >= up);
  // Recovery: from the restart to the start of the first request after which every kind only
  // gets good answers.
  let recoveredAt = up;
  for (const s of afterUp) if (!ok(s)) recoveredAt = Math.max(recoveredAt, s.end);
  const afterRecovery = afterUp.filter((s) => s.start >= recoveredAt);
  const longest = samples.reduce((m, s) => (s.end - s.start > m.end - m.start ? s : m));
  const slow = samples.filter((s) => s.end - s.start > 5000).length;
  console.log(
    `bench:ops — ${CONCURRENCY} loops, database stopped ${OUTAGE_MS} ms (pg_ctl stop took ${down - stopping} ms)`,
  );
  console.log(
    `  before outage: ${before.length} requests, by status ${JSON.stringify(count(before))}`,
  );
  console.log(
    `  during outage: ${during.length} requests, by status ${JSON.stringify(count(during))}`,
  );
  console.log(
    `  longest request: ${longest.end - longest.start} ms (${longest.kind}, ${longest.status}); over 5 s: ${slow}`,
  );
  console.log(
    `  recovery: ${recoveredAt - up} ms after the database was back (${up - down} ms after the stop)`,
  );
  console.log(
    `  after restart: ${afterUp.length} requests, by status ${JSON.stringify(count(afterUp))}`,
  );
  console.log(
    `  5xx after recovery: ${afterRecovery.filter((s) => s.status >= 500 || s.status === 0).length} of ${afterRecovery.length}`,
  );
  // Any answer that is neither good nor the outage's 503, and when it came (ms from the stop).
  const stray = samples.filter((s) => s.status === 0 || (s.status >= 500 && s.status !== 503));
  console.log(`  5xx other than 503: ${stray.length}`);
  for (const s of stray.slice(0, 20)) {
    console.log(`    ${s.kind} ${s.status}: ${s.start - down}..${s.end - down} ms from the stop`);
  }
} finally {
  await server.stop();
  await cluster.destroy();
}
