"use server";

import { cookies } from "next/headers";
import * as z from "zod";
import { findProviderByProviderId, listLinkedIdentities } from "@/db/queries/identity-providers";
import { refuse, sessionAction } from "@/lib/action";
import { userTarget } from "@/lib/audit";
import { auth } from "@/lib/auth";
import { env } from "@/lib/env";
import {
  LINK_INTENT_COOKIE,
  LINK_INTENT_MAX_AGE,
  linkIntentValue,
} from "@/lib/identity-providers/link-intent";

const PAGE = "/account/security";

/** Notes that the signed-in user wants to link `providerId`; the browser then goes upstream. */
export const startLinking = sessionAction(
  PAGE,
  z.object({ providerId: z.string().min(1) }),
  async (input, ctx) => {
    const provider = await findProviderByProviderId(input.providerId);
    if (!provider || !provider.enabled) refuse("This sign-in option is not available.");
    (await cookies()).set(
      LINK_INTENT_COOKIE,
      await linkIntentValue(ctx.session.user.id, provider.providerId),
      {
        httpOnly: true,
        sameSite: "lax",
        secure: env.BETTER_AUTH_URL.startsWith("https:"),
        path: "/",
        maxAge: LINK_INTENT_MAX_AGE,
      },
    );
    return { ok: true };
  },
);

/** Unlinks an upstream identity; Better Auth refuses to remove the last way to sign in. */
export const unlinkIdentity = sessionAction(
  PAGE,
  z.object({ accountId: z.string().min(1) }),
  async (input, ctx) => {
    const linked = (await listLinkedIdentities(ctx.session.user.id)).find(
      (a) => a.id === input.accountId,
    );
    if (!linked) refuse("This identity is no longer linked.");
    await auth.api.unlinkAccount({
      headers: ctx.headers,
      body: { accountId: linked.id },
    });
    await ctx.audit({
      type: "user.identity_unlinked",
      target: userTarget(ctx.session.user),
      details: { provider: linked.name },
    });
    ctx.revalidate(PAGE);
    return { ok: true, message: `${linked.name} is no longer linked.` };
  },
);
