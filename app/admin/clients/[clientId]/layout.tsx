import { NavLink } from "@/app/_components/ui/nav-link";
import { requireClient } from "../require-client";
import { DetailHeader } from "../../_components/detail-header";
import { ClientBadges } from "../_components/client-badges";
import { ownerLabel } from "../_components/client-labels";

export default async function ClientLayout({
  params,
  children,
}: LayoutProps<"/admin/clients/[clientId]">) {
  const client = await requireClient(params);
  const base = `/admin/clients/${encodeURIComponent(client.clientId)}`;
  return (
    <>
      <DetailHeader
        back={{ href: "/admin/clients", label: "Clients" }}
        title={client.name ?? client.clientId}
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            <ClientBadges client={client} />
            <span>Owner {ownerLabel(client)}</span>
          </span>
        }
      />
      <nav
        aria-label="Client sections"
        className="mb-6 border-b border-zinc-200 dark:border-zinc-800"
      >
        <ul className="-mb-px flex gap-1 overflow-x-auto pb-2">
          <li>
            <NavLink href={base} label="Settings" exact />
          </li>
          <li>
            <NavLink href={`${base}/resources`} label="Resources" />
          </li>
          <li>
            <NavLink href={`${base}/consents`} label="Consents" />
          </li>
        </ul>
      </nav>
      {children}
    </>
  );
}
