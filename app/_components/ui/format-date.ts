const dateFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** A stable, server-rendered timestamp (UTC, so server and client render the same text). */
export function formatDateTime(value: Date | string | null | undefined, empty = "—"): string {
  if (!value) return empty;
  return `${dateFormat.format(new Date(value))} UTC`;
}

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return dayFormat.format(new Date(value));
}
