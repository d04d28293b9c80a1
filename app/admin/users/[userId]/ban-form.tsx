"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { useHydrated } from "@/app/_components/form/use-hydrated";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { initialActionState } from "@/lib/action";
import { banUser } from "../actions";

export function BanForm({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState(banUser, initialActionState);
  const hydrated = useHydrated();
  const err = (name: string) => state.fieldErrors?.[name]?.[0];
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} />
      <input type="hidden" name="userId" value={userId} />
      <Field
        label="Reason"
        name="reason"
        defaultValue={state.values?.reason}
        error={err("reason")}
        hint="Shown in the console only."
        maxLength={300}
      />
      <Field
        label="Ban for (days)"
        name="days"
        inputMode="numeric"
        defaultValue={state.values?.days}
        error={err("days")}
        hint="Leave empty for a permanent ban."
      />
      <Button type="submit" variant="danger" disabled={pending || !hydrated} aria-busy={pending}>
        {pending ? "Banning…" : "Ban user"}
      </Button>
    </form>
  );
}
