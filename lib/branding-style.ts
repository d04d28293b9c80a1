/**
 * The product's look: name, logo and accent colour, with Gatehouse's defaults. Free of server
 * imports: the browser's brand mark and the unit tests read it.
 */
export type Branding = { productName: string; logoUrl: string | null; accentColor: string | null };

export const DEFAULT_BRANDING: Branding = {
  productName: "Gatehouse",
  logoUrl: null,
  accentColor: null,
};

export const ACCENT_PATTERN = /^#[0-9a-f]{6}$/i;

/**
 * The accent colour as the CSS variables Tailwind's `brand-*` utilities read (app/globals.css),
 * shades mixed from the one colour. Only a validated `#rrggbb` is ever written into the style.
 */
export function accentVariables(accent: string | null): Record<string, string> {
  if (!accent || !ACCENT_PATTERN.test(accent)) return {};
  const mix = (other: string, share: number) =>
    `color-mix(in oklch, ${accent} ${share}%, ${other})`;
  return {
    "--color-brand-50": mix("white", 8),
    "--color-brand-100": mix("white", 18),
    "--color-brand-500": mix("white", 85),
    "--color-brand-600": accent,
    "--color-brand-700": mix("black", 82),
  };
}
