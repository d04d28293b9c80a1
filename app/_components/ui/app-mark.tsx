/**
 * An application's logo, or its initial on a tinted square when it has none (or the logo
 * fails to load is left to the browser: the alt text names the app).
 */
export function AppMark({
  name,
  logoUri,
  size = "md",
}: {
  name: string;
  logoUri?: string;
  size?: "sm" | "md";
}) {
  const box = size === "sm" ? "size-8 text-sm" : "size-12 text-lg";
  if (logoUri && /^https?:\/\//i.test(logoUri)) {
    return (
      // Client logos live on arbitrary origins; next/image would need each one allow-listed.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={logoUri}
        alt={`${name} logo`}
        referrerPolicy="no-referrer"
        className={`${box} shrink-0 rounded-xl border border-zinc-200 bg-white object-contain dark:border-zinc-700`}
      />
    );
  }
  const initial = Array.from(name.trim())[0]?.toUpperCase() ?? "?";
  return (
    <span
      aria-hidden
      className={`${box} grid shrink-0 place-items-center rounded-xl bg-brand-100 font-semibold text-brand-700 dark:bg-brand-500/20 dark:text-brand-100`}
    >
      {initial}
    </span>
  );
}
