import { LinkButton } from "@/app/_components/ui/button";
import { AuthShell, Card } from "@/app/_components/ui/card";

export default function NotFound() {
  return (
    <AuthShell>
      <Card>
        <p className="font-mono text-sm font-medium text-brand-600 dark:text-brand-100">404</p>
        <h1 className="mt-1 text-xl font-semibold tracking-tight">Page not found</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          There is nothing at this address. Check the link, or start from the home page.
        </p>
        <div className="mt-6 grid gap-3 sm:grid-cols-2">
          <LinkButton href="/">Go home</LinkButton>
          <LinkButton href="/account" variant="secondary">
            Your account
          </LinkButton>
        </div>
      </Card>
    </AuthShell>
  );
}
