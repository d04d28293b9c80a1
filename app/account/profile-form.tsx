"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { Field } from "@/app/_components/ui/field";
import { initialActionState } from "@/lib/action-state";
import { updateProfile } from "./actions";
import { Avatar } from "./avatar";

export function ProfileForm({ name, image }: { name: string; image: string | null }) {
  const [state, action] = useActionState(updateProfile, initialActionState);
  const [preview, setPreview] = useState({ name, image: image ?? "" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "info" : "error"} />
      <div className="flex items-center gap-4">
        <Avatar
          name={preview.name || name}
          image={URL.canParse(preview.image) ? preview.image : null}
        />
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Apps you allow to see your profile get this name and picture.
        </p>
      </div>
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        required
        defaultValue={state.values?.name ?? name}
        error={errors.name?.[0]}
        onChange={(e) => setPreview((p) => ({ ...p, name: e.target.value }))}
      />
      <Field
        label="Avatar URL"
        name="image"
        type="url"
        inputMode="url"
        placeholder="https://…"
        hint="A link to a square image. Leave empty to show your initials."
        defaultValue={state.values?.image ?? image ?? ""}
        error={errors.image?.[0]}
        onChange={(e) => setPreview((p) => ({ ...p, image: e.target.value }))}
      />
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}
