import { AppMark } from "@/app/_components/ui/app-mark";

const linkClass =
  "font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100";

/** Only http(s) links from client metadata become clickable. */
const safeHref = (uri?: string) => (uri && /^https?:\/\//i.test(uri) ? uri : undefined);

/** The app asking for access: logo, name, its published links and whether it is verified. */
export function ClientSummary({
  name,
  logoUri,
  homepage,
  terms,
  privacy,
  verified,
  domain,
}: {
  name: string;
  logoUri?: string;
  homepage?: string;
  terms?: string;
  privacy?: string;
  verified: boolean;
  /** For a metadata-document client: the host that publishes its document, i.e. the app's domain. */
  domain?: string;
}) {
  const links = [
    { href: safeHref(homepage), label: "Website" },
    { href: safeHref(terms), label: "Terms of service" },
    { href: safeHref(privacy), label: "Privacy policy" },
  ].filter((l): l is { href: string; label: string } => !!l.href);
  return (
    <div>
      <div className="mb-4 flex">
        <AppMark name={name} logoUri={logoUri} />
      </div>
      <h1 className="text-xl font-semibold tracking-tight text-balance">
        {name} wants to access your account
      </h1>
      {domain ? (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Published by <span className="font-mono font-medium break-all">{domain}</span>
        </p>
      ) : null}
      {links.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((link) => (
            <li key={link.label}>
              <a href={link.href} target="_blank" rel="noopener noreferrer" className={linkClass}>
                {link.label}
                <span className="sr-only"> of {name} (opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {verified ? null : (
        <div className="mt-4 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
          <p className="font-medium">Unverified app</p>
          <p className="mt-0.5">
            {domain
              ? `This app describes itself in a document on ${domain}; the administrators of this portal have not reviewed it.`
              : "This app registered itself; the administrators of this portal have not reviewed it."}
            Allow it only if you trust its developer.
          </p>
        </div>
      )}
    </div>
  );
}
