import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security-headers";

// Pages a person types credentials into or grants access on must never be framed or cached.
const interactionHeaders = [
  { key: "Cache-Control", value: "no-store" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files relative to its own module; postgres.js
  // keeps sockets: both must stay real node_modules, not bundled copies. ioredis keeps sockets
  // too; prom-client keeps one registry per process.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "ioredis", "prom-client"],
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      ...[
        "/sign-in",
        "/sign-up",
        "/forgot-password",
        "/reset-password",
        "/two-factor",
        "/verify-email",
        "/consent",
        "/select-organization",
        "/error",
        "/account/:path*",
        "/admin/:path*",
      ].map((source) => ({ source, headers: interactionHeaders })),
    ];
  },
};

export default nextConfig;
