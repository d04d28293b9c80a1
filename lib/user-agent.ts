export type DeviceInfo = { browser: string; os: string; mobile: boolean };

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, "Edge"],
  [/(?:OPR|Opera)\/(\d+)/, "Opera"],
  [/SamsungBrowser\/(\d+)/, "Samsung Internet"],
  [/Firefox\/(\d+)|FxiOS\/(\d+)/, "Firefox"],
  [/HeadlessChrome\/(\d+)/, "Headless Chrome"],
  [/Chrome\/(\d+)|CriOS\/(\d+)/, "Chrome"],
  [/Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//, "Safari"],
  [/curl\/([\d.]+)/, "curl"],
  [/node|undici/i, "Node.js"],
];

const SYSTEMS: [RegExp, string | ((m: RegExpMatchArray) => string)][] = [
  [/iPhone|iPod/, "iOS"],
  [/iPad/, "iPadOS"],
  [/Android(?: ([\d.]+))?/, (m) => (m[1] ? `Android ${m[1].split(".")[0]}` : "Android")],
  [/Windows NT/, "Windows"],
  [/CrOS/, "ChromeOS"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
];

/**
 * A small, dependency-free reading of a User-Agent header for the sessions list: the browser
 * family with its major version, the operating system, and whether it looks like a phone.
 */
export function parseUserAgent(ua: string | null | undefined): DeviceInfo {
  if (!ua) return { browser: "Unknown browser", os: "Unknown system", mobile: false };
  let browser = "Unknown browser";
  for (const [pattern, name] of BROWSERS) {
    const m = ua.match(pattern);
    if (m) {
      const version = m.slice(1).find(Boolean);
      browser = version ? `${name} ${version.split(".")[0]}` : name;
      break;
    }
  }
  let os = "Unknown system";
  for (const [pattern, name] of SYSTEMS) {
    const m = ua.match(pattern);
    if (m) {
      os = typeof name === "string" ? name : name(m);
      break;
    }
  }
  return { browser, os, mobile: /Mobi|iPhone|Android.+Mobile/.test(ua) };
}
