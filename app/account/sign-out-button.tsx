"use client";

import { Button } from "@/app/_components/ui/button";
import { authClient } from "@/lib/auth-client";

export function SignOutButton() {
  return (
    <Button
      variant="secondary"
      className="mt-6 w-full"
      onClick={async () => {
        await authClient.signOut();
        window.location.assign("/");
      }}
    >
      Sign out
    </Button>
  );
}
