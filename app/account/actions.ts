"use server";

import * as z from "zod";
import { refuse, sessionAction } from "@/lib/action";
import { userTarget } from "@/lib/audit";
import { auth } from "@/lib/auth";
import { emailSchema, profileSchema } from "./schemas";

export const updateProfile = sessionAction("/account", profileSchema, async (input, ctx) => {
  await auth.api.updateUser({
    body: { name: input.name, image: input.image || null },
    headers: ctx.headers,
  });
  await ctx.audit({ type: "user.profile_updated", target: userTarget(ctx.session.user) });
  ctx.revalidate("/account", "layout");
  return { ok: true, message: "Profile saved." };
});

export const changeEmail = sessionAction("/account", emailSchema, async (input, ctx) => {
  const { user } = ctx.session;
  const email = input.email.toLowerCase();
  if (email === user.email) refuse("That is already your email address.");
  await auth.api.changeEmail({
    body: { newEmail: email, callbackURL: "/account" },
    headers: ctx.headers,
  });
  // An unverified address changes at once; a verified one waits for the link to the new one.
  await ctx.audit({
    type: user.emailVerified ? "user.email_change_requested" : "user.email_changed",
    target: userTarget(user),
    details: { from: user.email, to: email },
  });
  ctx.revalidate("/account", "layout");
  return user.emailVerified
    ? { ok: true, message: `Check your inbox: we sent a confirmation link to ${email}.` }
    : { ok: true, message: `Your email address is now ${email}.` };
});

export const resendVerification = sessionAction("/account", z.object({}), async (_, ctx) => {
  const { user } = ctx.session;
  if (user.emailVerified) return { ok: true, message: "Your address is verified." };
  await auth.api.sendVerificationEmail({
    body: { email: user.email, callbackURL: "/account" },
    headers: ctx.headers,
  });
  return { ok: true, message: `Check your inbox: we sent a new link to ${user.email}.` };
});
