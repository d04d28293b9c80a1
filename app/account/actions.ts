"use server";

import { isAPIError } from "better-auth/api";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { formValues, invalid, type ActionState } from "@/lib/action";
import { auth } from "@/lib/auth";
import { requireSession } from "@/lib/session";
import { emailSchema, profileSchema } from "./schemas";

const failed = (formData: FormData, message: string): ActionState => ({
  ok: false,
  message,
  values: formValues(formData),
});

export async function updateProfile(_: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = profileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  await requireSession("/account");
  await auth.api.updateUser({
    body: { name: parsed.data.name, image: parsed.data.image || null },
    headers: await headers(),
  });
  revalidatePath("/account", "layout");
  return { ok: true, message: "Profile saved." };
}

export async function changeEmail(_: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = emailSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const session = await requireSession("/account");
  const email = parsed.data.email.toLowerCase();
  if (email === session.user.email) {
    return { ...failed(formData, "That is already your email address."), fieldErrors: {} };
  }
  try {
    await auth.api.changeEmail({
      body: { newEmail: email, callbackURL: "/account" },
      headers: await headers(),
    });
  } catch (error) {
    if (isAPIError(error)) return failed(formData, error.message || "Could not change it.");
    throw error;
  }
  revalidatePath("/account", "layout");
  // An unverified address changes at once; a verified one waits for the link to the new one.
  return session.user.emailVerified
    ? { ok: true, message: `Check your inbox: we sent a confirmation link to ${email}.` }
    : { ok: true, message: `Your email address is now ${email}.` };
}

export async function resendVerification(): Promise<ActionState> {
  const session = await requireSession("/account");
  if (session.user.emailVerified) return { ok: true, message: "Your address is verified." };
  await auth.api.sendVerificationEmail({
    body: { email: session.user.email, callbackURL: "/account" },
    headers: await headers(),
  });
  return { ok: true, message: `Check your inbox: we sent a new link to ${session.user.email}.` };
}
