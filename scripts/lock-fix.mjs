// Adds stub lock entries for optional, platform-specific packages that this machine's
// package mirror does not serve (docs/library-facts.md#fact-1). `npm install` silently drops them
// from package-lock.json and `npm ci` then fails with "Missing: … from lock file".
// A stub carries os/cpu so npm ci skips it here; a machine of that platform with the
// full registry still installs the real package. Run after every dependency change.
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const packages = lock.packages;

const OS = ["darwin", "win32", "linux", "freebsd", "android", "openbsd", "netbsd", "sunos", "aix"];
const CPU = ["arm64", "x64", "ia32", "arm", "riscv64", "ppc64", "s390x", "loong64", "wasm32"];
const pick = (name, list) => list.filter((v) => name.split(/[-/]/).includes(v));

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? path + "/" : ""}node_modules/${dep}`;
    if (packages[nested] || packages[`node_modules/${dep}`]) continue;
    const os = pick(dep, OS);
    const cpu = pick(dep, CPU);
    if (os.length === 0 && cpu.length === 0) continue; // not a platform package
    packages[`node_modules/${dep}`] = {
      version,
      ...(os.length ? { os } : {}),
      ...(cpu.length ? { cpu } : {}),
      optional: true,
    };
    added++;
  }
}

writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`lock-fix: added ${added} stub entr${added === 1 ? "y" : "ies"}`);
