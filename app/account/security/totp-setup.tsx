"use client";

import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { FormMessage } from "@/app/_components/form/form-message";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { authClient } from "@/lib/auth-client";

/** Step two of enabling: scan (or type) the secret, then prove it with a code. */
export function TotpSetup({
  totpURI,
  onVerified,
  onCancel,
}: {
  totpURI: string;
  onVerified: () => void;
  onCancel: () => void;
}) {
  const [qr, setQr] = useState<string>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const secret = new URL(totpURI).searchParams.get("secret") ?? "";

  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(totpURI, { margin: 1, width: 192 }).then((url) => live && setQr(url));
    return () => {
      live = false;
    };
  }, [totpURI]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "").replace(/\s/g, "");
    if (!/^\d{6}$/.test(code)) return setError("Enter the 6-digit code from your app.");
    setPending(true);
    setError(undefined);
    const { error: failure } = await authClient.twoFactor.verifyTotp({ code });
    setPending(false);
    if (failure)
      return setError("That code is not valid. Check your device's clock and try again.");
    onVerified();
  }

  return (
    <div className="space-y-4">
      <p className="text-sm">
        Scan this QR code with an authenticator app (1Password, Google Authenticator, Authy …).
      </p>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <div className="grid size-48 shrink-0 place-items-center rounded-lg bg-white p-2 ring-1 ring-zinc-200">
          {qr ? (
            // A data URL generated in the browser.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={qr} alt="QR code for your authenticator app" width={176} height={176} />
          ) : null}
        </div>
        <div className="min-w-0 space-y-1 text-sm">
          <p id="totp-secret-label">Can&apos;t scan it? Enter this key instead:</p>
          <code
            aria-describedby="totp-secret-label"
            data-testid="totp-secret"
            className="block rounded bg-zinc-100 px-2 py-1 font-mono break-all dark:bg-zinc-950"
          >
            {secret}
          </code>
        </div>
      </div>
      <form onSubmit={onSubmit} method="post" className="max-w-sm space-y-3" noValidate>
        <FormMessage message={error} />
        <Field
          label="Verification code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
            Verify and turn on
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
