import type { BetterAuthOptions } from "better-auth";
import { symmetricDecrypt, symmetricEncrypt } from "better-auth/crypto";
import { env } from "@/lib/env";

/**
 * Upstream client secrets are stored encrypted (Better Auth's symmetric encryption keyed by
 * BETTER_AUTH_SECRET) and never shown again. The sso plugin keeps the whole OIDC configuration,
 * secret included, as plain JSON in `sso_provider.oidc_config` and has no encryption option
 * (docs/library-facts.md#fact-92): the row holds `clientSecretSealed` instead of `clientSecret`,
 * and the adapter below opens it whenever the plugin reads a provider.
 */
type OidcConfig = Record<string, unknown> & { clientSecret?: string; clientSecretSealed?: string };

export async function sealOidcConfig(config: OidcConfig): Promise<string> {
  const { clientSecret, ...rest } = config;
  if (!clientSecret) return JSON.stringify(rest);
  const sealed = await symmetricEncrypt({ key: env.BETTER_AUTH_SECRET, data: clientSecret });
  return JSON.stringify({ ...rest, clientSecretSealed: sealed });
}

export async function openOidcConfig(stored: unknown): Promise<unknown> {
  if (typeof stored !== "string") return stored;
  let config: OidcConfig;
  try {
    config = JSON.parse(stored) as OidcConfig;
  } catch {
    return stored;
  }
  if (!config || typeof config !== "object" || !config.clientSecretSealed) return stored;
  const { clientSecretSealed, ...rest } = config;
  const clientSecret = await symmetricDecrypt({
    key: env.BETTER_AUTH_SECRET,
    data: clientSecretSealed,
  });
  return JSON.stringify({ ...rest, clientSecret });
}

type AdapterFactory = Exclude<BetterAuthOptions["database"], undefined>;
type Adapter = ReturnType<Extract<AdapterFactory, (...args: never[]) => unknown>>;
type Row = Record<string, unknown> | null;

const MODEL = "ssoProvider";

async function openRow<T extends Row>(row: T): Promise<T> {
  if (!row || !("oidcConfig" in row)) return row;
  return { ...row, oidcConfig: await openOidcConfig(row.oidcConfig) };
}

async function sealData(data: Record<string, unknown>) {
  if (typeof data.oidcConfig !== "string") return data;
  return { ...data, oidcConfig: await sealOidcConfig(JSON.parse(data.oidcConfig) as OidcConfig) };
}

/** The adapter with `ssoProvider` rows sealed on write and opened on read (transactions too). */
export function sealingProviderSecrets(adapter: Adapter): Adapter {
  return {
    ...adapter,
    create: (async (args: { model: string; data: Record<string, unknown> }) =>
      adapter.create({
        ...args,
        data: args.model === MODEL ? await sealData(args.data) : args.data,
      } as never)) as Adapter["create"],
    update: (async (args: { model: string; update: Record<string, unknown> }) => {
      if (args.model !== MODEL) return adapter.update(args as never);
      return openRow(
        (await adapter.update({ ...args, update: await sealData(args.update) } as never)) as Row,
      );
    }) as Adapter["update"],
    findOne: (async (args: { model: string }) => {
      const row = (await adapter.findOne(args as never)) as Row;
      return args.model === MODEL ? openRow(row) : row;
    }) as Adapter["findOne"],
    findMany: (async (args: { model: string }) => {
      const rows = (await adapter.findMany(args as never)) as Row[];
      return args.model === MODEL ? Promise.all(rows.map(openRow)) : rows;
    }) as Adapter["findMany"],
    transaction: ((callback: (trx: Adapter) => Promise<unknown>) =>
      adapter.transaction((trx: unknown) =>
        callback(sealingProviderSecrets(trx as Adapter)),
      )) as Adapter["transaction"],
  };
}
