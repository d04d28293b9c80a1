import postgres from "postgres";
import { connection, connectionClosed } from "./index";

/**
 * Whether PostgreSQL answers, as one shared state: `probeDatabase()` asks it (`select 1`, bounded
 * by PROBE_TIMEOUT_MS, one probe at a time), `databaseKnownDown()` answers from the last probe
 * without waiting and, while the database is down, re-probes in the background so that
 * recovery is noticed within a second. A closed pool connection triggers a probe too.
 */
const PROBE_TIMEOUT_MS = 1500;
const REPROBE_AFTER_MS = 500;

type State = {
  down: boolean;
  probedAt: number;
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

// One listener for every bundle that loads this module (a Set keeps it once).
state.reprobe ??= () => void probeDatabase();
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
