/**
 * The form-level message region; screen readers hear it when it changes. Empty, it is out of the
 * layout (absolute, not hidden: a live region must stay in the accessibility tree), so a form's
 * spacing shows no gap for it.
 */
export function FormMessage({
  message,
  tone = "error",
}: {
  message?: string;
  tone?: "error" | "info";
}) {
  return (
    <div aria-live="polite" role={tone === "error" ? "alert" : "status"} className="empty:absolute">
      {message ? (
        <p
          className={`rounded-lg px-3 py-2 text-sm ${
            tone === "error"
              ? "bg-red-50 text-red-700 dark:bg-red-950/50 dark:text-red-300"
              : "bg-brand-50 text-brand-700 dark:bg-brand-700/20 dark:text-brand-100"
          }`}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
