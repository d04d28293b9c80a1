import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The typed side of the hook registry that server.mjs (the custom server) keeps on globalThis:
 * the app's own code registers here what the process does around Next. Under `next build` or a
 * test runner no custom server exists; registering is then harmless and nothing runs the hooks.
 */
export type RequestHook = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;
type ServerHooks = { handlers: RequestHook[]; shutdownHooks: (() => Promise<void> | void)[] };

const globalForServer = globalThis as { __gatehouseServer?: ServerHooks };
const hooks: ServerHooks = (globalForServer.__gatehouseServer ??= {
  handlers: [],
  shutdownHooks: [],
});

/** Runs `hook` once on SIGTERM/SIGINT, after in-flight requests have finished. */
export function onShutdown(hook: () => Promise<void> | void): void {
  hooks.shutdownHooks.push(hook);
}

/** Lets `hook` answer requests before Next does; it returns true when it answered. */
export function addRequestHook(hook: RequestHook): void {
  hooks.handlers.push(hook);
}
