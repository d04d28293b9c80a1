"use client";

import { Button, type ButtonProps } from "@/app/_components/ui/button";
import { Spinner } from "@/app/_components/ui/spinner";
import { useHydrated } from "./use-hydrated";

/**
 * A submit button that keeps its label (and so its size and accessible name) while pending and
 * overlays a spinner: no layout shift, and tests still find it by name. Disabled until hydrated
 * so an early click cannot submit the form natively.
 */
export function PendingButton({
  pending,
  children,
  className = "",
  disabled,
  type = "submit",
  ...props
}: ButtonProps & { pending: boolean }) {
  const hydrated = useHydrated();
  return (
    <Button
      type={type}
      className={`relative ${className}`}
      disabled={disabled || pending || !hydrated}
      aria-busy={pending || undefined}
      {...props}
    >
      <span className={pending ? "opacity-0" : undefined}>{children}</span>
      {pending ? (
        <span className="absolute inset-0 grid place-items-center">
          <Spinner />
        </span>
      ) : null}
    </Button>
  );
}
