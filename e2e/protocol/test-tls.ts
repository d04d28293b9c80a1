import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { hostname, tmpdir } from "node:os";
import path from "node:path";

/**
 * A throwaway certificate authority and a server certificate for this machine's host name,
 * made offline with the openssl CLI. The server under test trusts the CA through
 * NODE_EXTRA_CA_CERTS (the public contract's way), so a document served over HTTPS from the
 * test process is genuine TLS. The host name (not `localhost`, which metadata documents may
 * never use) must resolve, as it does through /etc/hosts on common machines and containers.
 */
export function makeTestTls(host = hostname()) {
  const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-tls-"));
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { stdio: "pipe" });
  openssl(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "1",
    "-subj",
    "/CN=Gatehouse test CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign",
    "-keyout",
    file("ca.key"),
    "-out",
    file("ca.crt"),
  );
  openssl(
    "req",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-subj",
    `/CN=${host}`,
    "-keyout",
    file("leaf.key"),
    "-out",
    file("leaf.csr"),
  );
  writeFileSync(file("leaf.ext"), `subjectAltName=DNS:${host}\nextendedKeyUsage=serverAuth\n`);
  openssl(
    "x509",
    "-req",
    "-in",
    file("leaf.csr"),
    "-CA",
    file("ca.crt"),
    "-CAkey",
    file("ca.key"),
    "-CAcreateserial",
    "-days",
    "1",
    "-extfile",
    file("leaf.ext"),
    "-out",
    file("leaf.crt"),
  );
  return {
    host,
    caFile: file("ca.crt"),
    key: readFileSync(file("leaf.key")),
    cert: readFileSync(file("leaf.crt")),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export type TestTls = ReturnType<typeof makeTestTls>;

type Document = { body: unknown; headers?: Record<string, string> };

/**
 * An HTTPS server publishing JSON documents (Client ID Metadata Documents, protected-resource
 * metadata) at paths the test sets; it counts the requests per path.
 */
export async function startDocumentServer(tls: TestTls) {
  const documents = new Map<string, Document>();
  const hits = new Map<string, number>();
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const pathname = new URL(req.url ?? "/", "https://x").pathname;
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    const doc = documents.get(pathname);
    if (!doc) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json", ...doc.headers });
    res.end(JSON.stringify(doc.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  const { port } = server.address() as { port: number };
  const origin = `https://${tls.host}:${port}`;
  return {
    origin,
    host: `${tls.host}:${port}`,
    /** Publishes `body(url)` at `pathname` and returns its URL. */
    publish: (
      pathname: string,
      body: (url: string) => unknown,
      headers?: Record<string, string>,
    ) => {
      const url = `${origin}${pathname}`;
      documents.set(pathname, { body: body(url), headers });
      return url;
    },
    hits: (pathname: string) => hits.get(pathname) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
