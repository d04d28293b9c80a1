import { connection } from "next/server";
import { BrandingProvider } from "@/app/_components/ui/brand";
import { getBranding } from "@/lib/branding";

/** The interaction pages wear the product's branding (set at /admin/branding). */
export default async function BrandedLayout({ children }: { children: React.ReactNode }) {
  // Read at request time: the branding lives in the database, never in the build.
  await connection();
  return <BrandingProvider branding={await getBranding()}>{children}</BrandingProvider>;
}
