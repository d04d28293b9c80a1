// Summarises a V8 .cpuprofile (node --cpu-prof) by layer: self time per package / area.
// Usage: node bench/profile-summary.mjs <file.cpuprofile> [top-functions]
// Get one with: BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" BENCH_CASES=cc_jwt npm run bench
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/profile-summary.mjs <file.cpuprofile> [top]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
// Only the busy seconds (the load), not start-up and idle waits: per-second buckets whose
// samples are less than half idle.
const isIdle = (id) => byId.get(id)?.callFrame.functionName === "(idle)";
const times = [];
let t = profile.startTime;
for (const d of profile.timeDeltas) times.push((t += d));
const busy = new Map();
profile.samples.forEach((id, i) => {
  const second = Math.floor(times[i] / 1e6);
  const b = busy.get(second) ?? { idle: 0, all: 0 };
  b.all += 1;
  if (isIdle(id)) b.idle += 1;
  busy.set(second, b);
});
// The load is the last run of at least 3 busy seconds (warm-up + measured window); start-up and
// the benchmark's set-up come before it, separated by idle seconds.
const seconds = [...busy.keys()].sort((a, b) => a - b);
const isBusy = (sec) => {
  const b = busy.get(sec);
  return b && b.idle < b.all / 2;
};
let block = [];
let current = [];
for (const sec of seconds) {
  if (isBusy(sec) && (current.length === 0 || current.at(-1) === sec - 1)) current.push(sec);
  else {
    if (current.length >= 3) block = current;
    current = isBusy(sec) ? [sec] : [];
  }
}
if (current.length >= 3) block = current;
const inWindow = new Set(block);
const windowSeconds = block.length;
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  if (!inWindow.has(Math.floor(times[i] / 1e6))) continue;
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
}

// Turbopack bundles node_modules into chunks: map each frame back through the chunk's source map.
const maps = new Map();
function originalSource(url, line, column) {
  if (!url.startsWith("file://")) return undefined;
  if (!maps.has(url)) {
    const file = fileURLToPath(url) + ".map";
    maps.set(url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, "utf8"))) : null);
  }
  const map = maps.get(url);
  if (!map) return undefined;
  const entry = map.findEntry(line, column);
  return entry?.originalSource;
}

function layer(node) {
  const { url, functionName, lineNumber, columnNumber } = node.callFrame;
  const original = url.includes("/.next/")
    ? originalSource(url, lineNumber, columnNumber)
    : undefined;
  if (original) {
    const pkg = original.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (pkg) return decodeURIComponent(pkg[1]);
    const app = original.match(/\[project\]\/([^/]+\/[^/]+)/) ?? original.match(/([^/]+\/[^/]+)$/);
    return `app: ${app ? app[1] : original}`;
  }
  if (functionName === "(garbage collector)") return "GC";
  if (functionName === "(idle)") return "idle";
  if (functionName === "(program)") return "V8/native (program)";
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  if (/\[project\]\/node_modules\/((?:@[^/]+\/)?[^/ ]+)/.test(url)) return RegExp.$1;
  if (url.includes(".next/server/chunks") || url.includes(".next/server/app")) {
    // Turbopack chunks: name the package when the chunk is a node_modules chunk.
    return url.includes("node_modules_") ? "bundled node_modules (chunk)" : "app code (chunk)";
  }
  if (url.startsWith("node:") || url === "") return `node internals${url ? "" : " (native)"}`;
  return url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
}

const total = [...self.values()].reduce((a, b) => a + b, 0);
const layers = new Map();
const fns = new Map();
for (const [id, us] of self) {
  const node = byId.get(id);
  const l = layer(node);
  layers.set(l, (layers.get(l) ?? 0) + us);
  const key = `${node.callFrame.functionName || "(anonymous)"} — ${l}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
}
const pct = (us) => ((100 * us) / total).toFixed(1).padStart(5) + " %";
console.log(`${file}: ${(total / 1e6).toFixed(1)} s of CPU in ${windowSeconds} busy seconds`);
console.log("\nself time by layer:");
for (const [l, us] of [...layers].sort((a, b) => b[1] - a[1]).slice(0, 20))
  console.log(`${pct(us)}  ${l}`);
console.log("\ntop functions (self):");
for (const [f, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25)))
  console.log(`${pct(us)}  ${f}`);
