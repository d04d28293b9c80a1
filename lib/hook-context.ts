import type { createAuthMiddleware } from "better-auth/api";

/** The context Better Auth passes to `hooks.before` / `hooks.after` middleware. */
export type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];
