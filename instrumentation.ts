export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First request hook: it answers nothing, so every request, also one a later hook answers,
    // gets its id, log line and metrics.
    const { observeRequests } = await import("./lib/operations/request-log");
    observeRequests();
    const { startup } = await import("./lib/startup");
    // server.mjs opens its port when start-up is done: an unexpected failure must end the
    // process too (in one line), not leave it waiting.
    await startup().catch((error: unknown) => {
      console.error(`[gatehouse] start-up failed: ${(error as Error)?.message ?? String(error)}`);
      process.exit(1);
    });
  }
}
