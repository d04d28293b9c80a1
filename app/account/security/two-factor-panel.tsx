"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { Button } from "@/app/_components/ui/button";
import { authClient } from "@/lib/auth-client";
import { BackupCodes } from "./backup-codes";
import { PasswordConfirmForm, passwordError } from "./password-confirm-form";
import { TotpSetup } from "./totp-setup";

type Step =
  | { name: "idle" }
  | { name: "enable-password" }
  | { name: "scan"; totpURI: string; backupCodes: string[] }
  | { name: "codes"; backupCodes: string[] }
  | { name: "disable-password" }
  | { name: "regenerate-password" };

export function TwoFactorPanel({ enabled }: { enabled: boolean }) {
  const router = useRouter();
  const [step, setStep] = useState<Step>({ name: "idle" });
  const [notice, setNotice] = useState<string>();
  const idle = () => setStep({ name: "idle" });
  const finish = (message: string) => {
    setNotice(message);
    idle();
    router.refresh();
  };

  switch (step.name) {
    case "enable-password":
      return (
        <PasswordConfirmForm
          submitLabel="Continue"
          onCancel={idle}
          onConfirm={async (password) => {
            const { data, error } = await authClient.twoFactor.enable({ password });
            if (error || !data) return passwordError(error ?? {});
            if (!("totpURI" in data)) return "Authenticator apps are not available here.";
            setStep({ name: "scan", totpURI: data.totpURI, backupCodes: data.backupCodes });
          }}
        />
      );
    case "scan":
      return (
        <TotpSetup
          totpURI={step.totpURI}
          onCancel={idle}
          onVerified={() => setStep({ name: "codes", backupCodes: step.backupCodes })}
        />
      );
    case "codes":
      return <BackupCodes codes={step.backupCodes} onDone={() => finish("Backup codes saved.")} />;
    case "disable-password":
      return (
        <PasswordConfirmForm
          submitLabel="Turn off two-factor authentication"
          variant="danger"
          onCancel={idle}
          onConfirm={async (password) => {
            const { error } = await authClient.twoFactor.disable({ password });
            if (error) return passwordError(error);
            finish("Two-factor authentication is off.");
          }}
        />
      );
    case "regenerate-password":
      return (
        <PasswordConfirmForm
          submitLabel="Generate new codes"
          onCancel={idle}
          onConfirm={async (password) => {
            const { data, error } = await authClient.twoFactor.generateBackupCodes({ password });
            if (error || !data) return passwordError(error ?? {});
            setStep({ name: "codes", backupCodes: data.backupCodes });
          }}
        />
      );
  }

  return (
    <div className="space-y-4">
      <FormMessage message={notice} tone="info" />
      {enabled ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setStep({ name: "regenerate-password" })}>
            Regenerate backup codes
          </Button>
          <Button variant="danger" onClick={() => setStep({ name: "disable-password" })}>
            Turn off
          </Button>
        </div>
      ) : (
        <Button onClick={() => setStep({ name: "enable-password" })}>
          Set up authenticator app
        </Button>
      )}
    </div>
  );
}
