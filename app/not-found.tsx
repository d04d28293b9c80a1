import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";
import { AuthShell, Card } from "@/app/_components/ui/card";

export default function NotFound() {
  return (
    <AuthShell>
      <Card>
        <h1 className="text-xl font-semibold tracking-tight">Page not found</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          There is nothing at this address. Check the link, or start from the home page.
        </p>
        <Link href="/" className={`${buttonClass("secondary")} mt-6 w-full`}>
          Go home
        </Link>
      </Card>
    </AuthShell>
  );
}
