import type { Metadata } from "next";
import { ConsoleShell } from "@/app/_components/ui/console-shell";
import { requireAdmin } from "@/lib/session";
import { ADMIN_NAV } from "./nav";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin · Gatehouse" },
};

// The layout is not the guard (it does not re-run on client navigation): every page and
// every action calls requireAdmin() itself. This call only keeps the frame from rendering.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const session = await requireAdmin();
  return (
    <ConsoleShell area="Admin" navLabel="Admin" nav={ADMIN_NAV} email={session.user.email}>
      {children}
    </ConsoleShell>
  );
}
