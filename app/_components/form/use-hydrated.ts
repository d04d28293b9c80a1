import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server render and until React has hydrated the island. Submit buttons stay
 * disabled until then, so an early click cannot fall back to a native form submission (which
 * would put the password in the URL of a GET).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
