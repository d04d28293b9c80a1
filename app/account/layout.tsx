import type { Metadata } from "next";
import { ConsoleShell } from "@/app/_components/ui/console-shell";
import { requireSession } from "@/lib/session";
import { ACCOUNT_NAV } from "./nav";

export const metadata: Metadata = {
  title: { default: "Your account", template: "%s · Gatehouse" },
};

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession("/account");
  return (
    <ConsoleShell area="Account" navLabel="Account" nav={ACCOUNT_NAV} email={session.user.email}>
      {children}
    </ConsoleShell>
  );
}
