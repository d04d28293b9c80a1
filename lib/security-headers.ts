/** Headers every response carries (next.config.ts for Next's routes, lib/lean-path.ts for the lean path). */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];
