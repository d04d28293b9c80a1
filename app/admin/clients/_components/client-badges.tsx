import { Badge, StatusBadge } from "@/app/_components/ui/badge";
import { isPublic, kindLabel, type ClientShape } from "./client-labels";

/** Status, confidentiality and kind of a client, as labelled badges (text, not colour alone). */
export function ClientBadges({ client }: { client: ClientShape & { disabled: boolean | null } }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <StatusBadge disabled={client.disabled} />
      <Badge>{isPublic(client) ? "Public" : "Confidential"}</Badge>
      <Badge tone="brand">{kindLabel(client)}</Badge>
    </span>
  );
}
