import postgres from "postgres";
import { isDatabaseUnreachable } from "./errors";
import { connection, connectionClosed } from "./index";

/**
 * Whether PostgreSQL answers, as one shared state: `probeDatabase()` asks it (`select 1`, bounded
 * by PROBE_TIMEOUT_MS, one probe at a time), `databaseKnownDown()` answers from the last probe
 * without waiting and, while the database is down, re-probes in the background so that
 * recovery is noticed within a second. A closed pool connection triggers a probe too, and
 * counts as trouble: for TROUBLE_WINDOW_MS after it, a 5xx is taken for the database's doing
 * (`databaseTroubleRecent()`), also when the probe already finds it back, so the edges of an
 * outage answer 503, never 500.
 */
const PROBE_TIMEOUT_MS = 1500;
const REPROBE_AFTER_MS = 500;
const TROUBLE_WINDOW_MS = 2000;

type State = {
  down: boolean;
  probedAt: number;
  /** When a pooled connection last closed or a query last failed for want of the database. */
  troubleAt?: number;
  probing: Promise<boolean> | null;
  reprobe?: () => void;
};
const globalForHealth = globalThis as { __gatehouseDbHealth?: State };
const state: State = (globalForHealth.__gatehouseDbHealth ??= {
  down: false,
  probedAt: 0,
  probing: null,
});

/**
 * The probe has a connection of its own: on the pool, `select 1` would queue behind the app's
 * queries still waiting for a connection, and keep the database "down" after it is back.
 */
function probeClient(url: string) {
  const global = globalThis as { __gatehouseProbe?: postgres.Sql };
  return (global.__gatehouseProbe ??= postgres(url, {
    max: 1,
    connect_timeout: 1,
    // Probes are paced by REPROBE_AFTER_MS; postgres.js's own back-off (up to 20 s after a few
    // failures) would hide the database's return.
    backoff: () => 0,
    idle_timeout: 10,
    onnotice: () => {},
    connection: { application_name: "gatehouse" },
  }));
}

async function ask(): Promise<boolean> {
  if (connection.kind !== "postgres") return true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const query = probeClient(connection.url)`select 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Asks PostgreSQL now (joining a probe already under way); true when it answered. */
export function probeDatabase(): Promise<boolean> {
  state.probing ??= ask().then((up) => {
    state.down = !up;
    state.probedAt = Date.now();
    state.probing = null;
    return up;
  });
  return state.probing;
}

/** The last probe's verdict, without waiting; while down, a new probe starts in the background. */
export function databaseKnownDown(): boolean {
  if (state.down && Date.now() - state.probedAt > REPROBE_AFTER_MS) void probeDatabase();
  return state.down;
}

/**
 * Something lost the database (a pooled connection closed; `error`, when given, is what a query
 * failed with, and counts only when it is a connection failure): remember when, and probe now.
 * True when it counted.
 */
export function noteConnectionTrouble(error?: unknown): boolean {
  if (error !== undefined && !isDatabaseUnreachable(error)) return false;
  state.troubleAt = Date.now();
  void probeDatabase();
  return true;
}

/** Whether a failure now is the database's doing: known down, or trouble moments ago. */
export function databaseTroubleRecent(): boolean {
  return databaseKnownDown() || Date.now() - (state.troubleAt ?? 0) < TROUBLE_WINDOW_MS;
}

// One listener for every bundle that loads this module (a Set keeps it once).
state.reprobe ??= () => void noteConnectionTrouble();
connectionClosed.add(state.reprobe);

/**
 * As `databaseKnownDown()`, but a probe already under way while the database was thought up is
 * waited for (at most the probe's timeout): right after a connection drops, the first requests
 * learn the verdict instead of failing.
 */
export async function databaseDown(): Promise<boolean> {
  if (databaseKnownDown()) return true;
  return state.probing ? !(await state.probing) : false;
}
