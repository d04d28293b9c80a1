import { isAPIError } from "better-auth/api";

/**
 * The readable reason of a refusal by a Better Auth endpoint called through `auth.api`, or
 * null when `error` is not such a refusal (then it is unexpected and should propagate).
 */
export function apiErrorMessage(error: unknown): string | null {
  if (!isAPIError(error)) return null;
  const body = (error as { body?: { error_description?: unknown; message?: unknown } }).body;
  const text = body?.error_description ?? body?.message ?? (error as Error).message;
  return typeof text === "string" && text ? text : "The request was refused.";
}
