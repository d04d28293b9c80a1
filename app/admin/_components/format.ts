import { parseUserAgent } from "@/lib/user-agent";

/** A short age such as `3 days` or `5 minutes`. */
export function formatAge(value: Date | string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - new Date(value).getTime()) / 1000));
  const units: [number, string][] = [
    [86_400, "day"],
    [3_600, "hour"],
    [60, "minute"],
  ];
  for (const [size, name] of units) {
    if (seconds >= size) {
      const n = Math.floor(seconds / size);
      return `${n} ${name}${n === 1 ? "" : "s"}`;
    }
  }
  return "less than a minute";
}

/** A user agent as a table cell shows it (the sessions page's parser); the full value goes in `title`. */
export function shortUserAgent(ua: string | null | undefined): string {
  if (!ua) return "—";
  const { browser, os } = parseUserAgent(ua);
  if (browser === "Unknown browser") return ua.length > 40 ? `${ua.slice(0, 40)}…` : ua;
  return os === "Unknown system" ? browser : `${browser} · ${os}`;
}

/** Optional date filter from `YYYY-MM-DD`; `endOfDay` makes the "to" bound inclusive. */
export function parseDay(value: string | undefined, endOfDay = false): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  return endOfDay ? new Date(date.getTime() + 86_400_000) : date;
}

/** One string query parameter (first value when repeated). */
export function param(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  const trimmed = v?.trim();
  return trimmed ? trimmed.slice(0, 200) : undefined;
}
