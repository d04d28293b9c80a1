"use client";

import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { PendingButton } from "@/app/_components/form/pending-button";
import { Field } from "@/app/_components/ui/field";
import type { Membership } from "@/db/queries/organizations";
import { authClient } from "@/lib/auth-client";
import { slugify } from "@/lib/organization-slug";

export function OrganizationPicker({ organizations }: { organizations: Membership[] }) {
  const [selected, setSelected] = useState(organizations[0]?.id ?? "");
  const [pending, setPending] = useState<"continue" | "create">();
  const [message, setMessage] = useState<string>();

  async function resume(organizationId: string) {
    // setActive records the choice; continue resumes the authorization (docs/library-facts.md#fact-24).
    const active = await authClient.organization.setActive({ organizationId });
    if (active.error) throw new Error(active.error.message ?? "Could not select the organization.");
    if (active.data && "redirect" in active.data && active.data.redirect) return;
    const next = await authClient.oauth2.continue({ postLogin: true });
    if (next.error) throw new Error(next.error.message ?? "This request has expired.");
  }

  async function run(kind: "continue" | "create", task: () => Promise<void>) {
    setPending(kind);
    setMessage(undefined);
    try {
      await task();
    } catch (error) {
      setPending(undefined);
      setMessage((error as Error).message);
    }
  }

  async function onContinue(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run("continue", () => resume(selected));
  }

  async function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("organization-name")).trim();
    await run("create", async () => {
      const created = await authClient.organization.create({
        name,
        slug: `${slugify(name).slice(0, 43) || "org"}-${Math.random().toString(36).slice(2, 6)}`,
      });
      if (created.error || !created.data) {
        throw new Error(created.error?.message ?? "Could not create the organization.");
      }
      await resume(created.data.id);
    });
  }

  return (
    <div className="mt-6 space-y-6">
      <FormMessage message={message} />
      {organizations.length > 0 ? (
        <form onSubmit={onContinue} className="space-y-4">
          <fieldset className="space-y-2">
            <legend className="mb-2 text-sm font-medium">Your organizations</legend>
            {organizations.map((org) => (
              <label
                key={org.id}
                className="flex cursor-pointer items-center gap-3 rounded-lg border border-zinc-200 px-3 py-2.5 text-sm has-checked:border-brand-500 has-checked:bg-brand-50 dark:border-zinc-700 dark:has-checked:bg-brand-700/20"
              >
                <input
                  type="radio"
                  name="organization"
                  value={org.id}
                  checked={selected === org.id}
                  onChange={() => setSelected(org.id)}
                  aria-labelledby={`org-${org.id}-name`}
                  aria-describedby={`org-${org.id}-role`}
                  className="accent-brand-600"
                />
                <span id={`org-${org.id}-name`} className="flex-1 font-medium">
                  {org.name}
                </span>
                <span
                  id={`org-${org.id}-role`}
                  className="text-xs text-zinc-600 capitalize dark:text-zinc-400"
                >
                  {org.role}
                </span>
              </label>
            ))}
          </fieldset>
          <PendingButton
            className="w-full"
            pending={pending === "continue"}
            disabled={!!pending || !selected}
          >
            Continue
          </PendingButton>
        </form>
      ) : null}
      <form
        onSubmit={onCreate}
        className={`space-y-3 ${organizations.length ? "border-t border-zinc-200 pt-5 dark:border-zinc-800" : ""}`}
      >
        {organizations.length ? <p className="text-sm font-medium">Or create a new one</p> : null}
        <Field
          label="New organization name"
          name="organization-name"
          required
          maxLength={64}
          hint="You become its owner, and the app will act for it."
        />
        {/* Not "… and continue": the contract finds the picker's button by the name "Continue". */}
        <PendingButton
          variant={organizations.length ? "secondary" : "primary"}
          className="w-full"
          pending={pending === "create"}
          disabled={!!pending}
        >
          Create organization
        </PendingButton>
      </form>
    </div>
  );
}
