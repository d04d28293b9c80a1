import type { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The typed side of the hook registry that server.mjs (the custom server) keeps on globalThis:
 * the app's own code registers here what the process does around Next. Under `next build` or a
 * test runner no custom server exists; registering is then harmless and nothing runs the hooks.
 */
/** true: the hook answered; a request: Next serves that one instead (a hook that read the body
 * hands back a request replaying it); false: Next serves the request as it came. */
export type RequestHook = (
  req: IncomingMessage,
  res: ServerResponse,
) => Promise<boolean | IncomingMessage> | boolean | IncomingMessage;
type ServerHooks = {
  handlers: RequestHook[];
  shutdownHooks: (() => Promise<void> | void)[];
  requestState?: AsyncLocalStorage<RequestState>;
  /** Set by server.mjs, which opens its port once start-up calls it. */
  markStarted?: () => void;
};
/** What the hooks and the app note about the request being served. */
export type RequestState = {
  /** A server action's own code (lib/action.ts) started: the framework decoded its input. */
  actionStarted?: boolean;
};

const globalForServer = globalThis as { __gatehouseServer?: ServerHooks };
const hooks: ServerHooks = (globalForServer.__gatehouseServer ??= {
  handlers: [],
  shutdownHooks: [],
});

/** Runs `hook` once on SIGTERM/SIGINT, after in-flight requests have finished. */
export function onShutdown(hook: () => Promise<void> | void): void {
  hooks.shutdownHooks.push(hook);
}

/** Lets `hook` answer requests before Next does (see RequestHook). */
export function addRequestHook(hook: RequestHook): void {
  hooks.handlers.push(hook);
}

/** The current request's state under the custom server (undefined elsewhere). */
export function requestState(): RequestState | undefined {
  return hooks.requestState?.getStore();
}

/** Start-up is done: the custom server may open its port (it waits for this in production). */
export function markStarted(): void {
  hooks.markStarted?.();
}
