import { formatDateTime } from "@/app/_components/ui/format-date";
import type { ClientListRow } from "@/db/queries/clients";
import { DEVICE_CODE_GRANT } from "../schemas";

export type ClientShape = Pick<
  ClientListRow,
  "applicationType" | "tokenEndpointAuthMethod" | "grantTypes" | "clientDiscoveryId"
>;

/** Clients resolved from a Client ID Metadata Document (`@better-auth/cimd`'s discovery id). */
export const isMetadataDocumentClient = (client: Pick<ClientShape, "clientDiscoveryId">) =>
  client.clientDiscoveryId === "cimd";

/** The application kind a client's metadata amounts to, in the console's words. */
export function kindLabel(client: ClientShape): string {
  if (isMetadataDocumentClient(client)) return "Metadata document";
  if (
    client.grantTypes?.includes("client_credentials") &&
    !client.grantTypes.includes("authorization_code")
  ) {
    return "Machine-to-machine";
  }
  if (
    client.grantTypes?.includes(DEVICE_CODE_GRANT) &&
    !client.grantTypes.includes("authorization_code")
  ) {
    return "TV / limited-input device";
  }
  if (client.applicationType === "native") return "Native / CLI";
  if (client.tokenEndpointAuthMethod === "none") return "Single-page app";
  return "Web app";
}

export const isPublic = (client: Pick<ClientShape, "tokenEndpointAuthMethod">) =>
  client.tokenEndpointAuthMethod === "none";

/** Who answers for a client: its owner, the platform, or the host publishing its metadata document. */
export const ownerLabel = (client: {
  clientId: string;
  clientDiscoveryId: string | null;
  referenceId: string | null;
  ownerEmail: string | null;
}) =>
  isMetadataDocumentClient(client)
    ? new URL(client.clientId).host
    : (client.ownerEmail ??
      (client.referenceId === "platform" ? "Platform" : (client.referenceId ?? "—")));

/** A client-list timestamp; "Never" for a client that has not been used. */
export const formatDate = (d: Date | null | undefined) => formatDateTime(d, "Never");
