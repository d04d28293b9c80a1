// Summarises a V8 .cpuprofile (node --cpu-prof) by layer: self time per package / area.
// Usage: node bench/profile-summary.mjs <file.cpuprofile> [top-functions]
// Get one with: BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" BENCH_CASES=cc_jwt npm run bench
import { readFileSync } from "node:fs";

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/profile-summary.mjs <file.cpuprofile> [top]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
}

function layer(node) {
  const { url, functionName } = node.callFrame;
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
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
console.log("\nself time by layer:");
for (const [l, us] of [...layers].sort((a, b) => b[1] - a[1]).slice(0, 20))
  console.log(`${pct(us)}  ${l}`);
console.log("\ntop functions (self):");
for (const [f, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25)))
  console.log(`${pct(us)}  ${f}`);
