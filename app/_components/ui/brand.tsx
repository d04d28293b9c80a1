"use client";

import { createContext, useContext } from "react";
import { DEFAULT_BRANDING, accentVariables, type Branding } from "@/lib/branding-style";

const BrandingContext = createContext<Branding>(DEFAULT_BRANDING);

/**
 * Gives the pages below the product's branding: the mark reads the name and logo, and the
 * accent colour overrides the `brand-*` colour variables for everything inside.
 */
export function BrandingProvider({
  branding,
  children,
}: {
  branding: Branding;
  children: React.ReactNode;
}) {
  return (
    <BrandingContext value={branding}>
      <div style={{ display: "contents", ...accentVariables(branding.accentColor) }}>
        {children}
      </div>
    </BrandingContext>
  );
}

/** The product's logo (or its initial) and name, above an auth card. */
export function BrandMark() {
  const { productName, logoUrl } = useContext(BrandingContext);
  return (
    <div className="mb-6 flex items-center gap-2 text-sm font-semibold tracking-tight text-zinc-600 dark:text-zinc-400">
      {logoUrl ? (
        // An admin-chosen URL on any origin; next/image would need it allow-listed.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={logoUrl}
          alt={`${productName} logo`}
          referrerPolicy="no-referrer"
          className="size-7 rounded-lg object-contain"
        />
      ) : (
        <span
          aria-hidden
          className="grid size-7 place-items-center rounded-lg bg-brand-600 text-white"
        >
          {Array.from(productName.trim())[0]?.toUpperCase() ?? "G"}
        </span>
      )}
      {productName}
    </div>
  );
}
