import { AsyncLocalStorage } from "node:async_hooks";

/** Per-request facts that Better Auth callbacks cannot see from their own arguments. */
export type RequestContext = { pathname: string };

const storage: AsyncLocalStorage<RequestContext> = ((
  globalThis as { __gatehouseRequestContext?: AsyncLocalStorage<RequestContext> }
).__gatehouseRequestContext ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function getRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
