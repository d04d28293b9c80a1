"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/app/_components/ui/button";
import { rotateSigningKey } from "./actions";

function Submit() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-busy={pending}>
      {pending ? "Rotating…" : "Rotate now"}
    </Button>
  );
}

export function RotateKeyForm() {
  return (
    <form action={rotateSigningKey}>
      <Submit />
    </form>
  );
}
