"use client";

import { useState } from "react";
import { authClient } from "@/lib/auth-client";

/**
 * The signed-in account, with a way out: signing out and returning to the sign-in page with
 * the same signed query lets someone else continue the same authorization.
 */
export function AccountSwitch({
  name,
  email,
  image,
  signInHref,
}: {
  name: string;
  email: string;
  image?: string;
  signInHref: string;
}) {
  const [pending, setPending] = useState(false);

  async function switchAccount() {
    setPending(true);
    await authClient.signOut();
    window.location.assign(signInHref);
  }

  const initial = Array.from((name || email).trim())[0]?.toUpperCase() ?? "?";
  return (
    <div className="mt-5 flex items-center gap-3 rounded-lg border border-zinc-200 px-3 py-2.5 dark:border-zinc-800">
      {image && /^https?:\/\//i.test(image) ? (
        // eslint-disable-next-line @next/next/no-img-element -- avatars live on arbitrary origins
        <img src={image} alt="" className="size-9 rounded-full object-cover" />
      ) : (
        <span
          aria-hidden
          className="grid size-9 shrink-0 place-items-center rounded-full bg-zinc-200 text-sm font-semibold text-zinc-700 dark:bg-zinc-700 dark:text-zinc-100"
        >
          {initial}
        </span>
      )}
      <div className="min-w-0 flex-1 text-sm">
        <p className="truncate font-medium">{name || email}</p>
        <p className="break-all text-zinc-600 dark:text-zinc-400">
          <span className="sr-only">Signed in as </span>
          {email}
        </p>
      </div>
      <button
        type="button"
        onClick={switchAccount}
        disabled={pending}
        className="shrink-0 text-right text-xs font-medium text-brand-600 underline-offset-2 hover:underline disabled:opacity-60 dark:text-brand-100"
      >
        <span className="block text-zinc-600 dark:text-zinc-400">Not you?</span>
        Switch account
      </button>
    </div>
  );
}
