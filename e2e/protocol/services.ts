import { spawn, type ChildProcess } from "node:child_process";
import { createServer as createHttpServer, request as httpRequest } from "node:http";
import { createConnection, createServer, type Server, type Socket } from "node:net";
import Redis from "ioredis";
import { freePort } from "./server";

/** A redis-server of the suite's own on a free port, without persistence. */
export async function startRedis(port?: number) {
  const redisPort = port ?? (await freePort());
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const probe = new Redis({ port: redisPort, lazyConnect: true, maxRetriesPerRequest: 0 });
  probe.on("error", () => {});
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await probe.connect();
      if ((await probe.ping()) === "PONG") break;
    } catch {
      probe.disconnect();
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`redis-server did not start on port ${redisPort}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  probe.disconnect();
  return {
    port: redisPort,
    url: `redis://127.0.0.1:${redisPort}`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}

/**
 * A TCP relay in front of the local PostgreSQL: closing it is a database outage seen from the
 * server (connections drop, new ones are refused) without touching the shared PostgreSQL.
 */
export async function startRelay(targetPort = 5432) {
  const port = await freePort();
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const open = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = createConnection({ host: "127.0.0.1", port: targetPort });
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  const close = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  };
  await open();
  return { port, open, close };
}

/** `url` with its host and port replaced by the relay's. */
export function throughRelay(url: string, port: number) {
  const u = new URL(url);
  u.hostname = "127.0.0.1";
  u.port = String(port);
  return u.toString();
}

/**
 * A load balancer in front of several instances, as an operator runs them: every instance is
 * configured with the balancer's origin as BETTER_AUTH_URL, and the test picks the instance the
 * next requests go to. Like a reverse proxy it sets `X-Forwarded-For` (the test's current
 * client address) unless the request already carries one.
 */
export async function startBalancer() {
  const port = await freePort();
  const targets: Record<string, number> = {};
  const state = { target: "", clientIp: "192.0.2.1" };
  const server = createHttpServer((req, res) => {
    const headers = { ...req.headers };
    headers["x-forwarded-for"] ??= state.clientIp;
    const upstream = httpRequest(
      {
        host: "127.0.0.1",
        port: targets[state.target],
        method: req.method,
        path: req.url,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      res.statusCode = 502;
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  return {
    url: `http://localhost:${port}`,
    /** Adds an instance listening on `instancePort`. */
    add: (name: string, instancePort: number) => {
      targets[name] = instancePort;
      state.target ||= name;
    },
    /** Sends the next requests to this instance. */
    use: (name: string) => void (state.target = name),
    /** Sends the next requests as coming from this address. */
    from: (ip: string) => void (state.clientIp = ip),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
