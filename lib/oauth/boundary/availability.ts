import {
  databaseDown,
  databaseTroubleRecent,
  noteConnectionTrouble,
  probeDatabase,
} from "@/db/health";
import { noStoreJson } from "./error-answers";

/**
 * Protocol answers while PostgreSQL is unreachable: 503 `temporarily_unavailable` within 5 s
 * (DESIGN contract), never a hung request or a 500. A request is not started while the
 * database is known to be down; a running one that throws a connection error, fails with a 5xx
 * or throws while the database is in trouble (db/health.ts), or is still running after
 * HANDLER_DEADLINE_MS while a probe finds the database down, is answered 503.
 */
const HANDLER_DEADLINE_MS = 3000;
const RETRY_AFTER_SECONDS = "5";

export const temporarilyUnavailable = () =>
  noStoreJson(
    503,
    {
      error: "temporarily_unavailable",
      error_description: "The server cannot reach its database; try again shortly",
    },
    { "retry-after": RETRY_AFTER_SECONDS },
  );

/** A failure (thrown `error`, or a 5xx) that the database's absence explains. */
async function databaseToBlame(error?: unknown): Promise<boolean> {
  if (error !== undefined && noteConnectionTrouble(error)) return true;
  return databaseTroubleRecent() || !(await probeDatabase());
}

export async function whileAvailable(run: () => Promise<Response>): Promise<Response> {
  if (await databaseDown()) return temporarilyUnavailable();
  const running = run();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), HANDLER_DEADLINE_MS);
  });
  let response: Response;
  try {
    const first = await Promise.race([running, late]);
    if (first === "late" && !(await probeDatabase())) {
      running.catch(() => {}); // it ends with the database; nobody waits for it
      return temporarilyUnavailable();
    }
    response = first === "late" ? await running : first;
  } catch (error) {
    if (await databaseToBlame(error)) return temporarilyUnavailable();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (response.status >= 500 && (await databaseToBlame())) return temporarilyUnavailable();
  return response;
}
