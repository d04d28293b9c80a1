import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What one `/api/auth` request carries into Better Auth callbacks that cannot see it from
 * their own arguments.
 *
 * Written by: the boundary wrapper (`./index.ts`), which runs every auth handler inside
 * `authRequestContext.run()`.
 * Read by: the organization step (`lib/oauth/organization-step.ts`), which asks
 * `authRequestContext.current()` whether the picker's own endpoints are calling.
 *
 * The store lives on `globalThis` under a named key because instrumentation and each route
 * bundle evaluate their own copy of this module; all copies must share one store.
 */
export type AuthRequestContext = {
  /** The public request's pathname, e.g. `/api/auth/oauth2/continue`. */
  pathname: string;
};

const globalForContext = globalThis as {
  __gatehouseAuthRequestContext?: AsyncLocalStorage<AuthRequestContext>;
};
const storage = (globalForContext.__gatehouseAuthRequestContext ??=
  new AsyncLocalStorage<AuthRequestContext>());

export const authRequestContext = {
  /** Runs `fn` with `context` visible to everything it calls, synchronously or not. */
  run<T>(context: AuthRequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  /** The context of the auth request being handled, or undefined outside one. */
  current(): AuthRequestContext | undefined {
    return storage.getStore();
  },
};
