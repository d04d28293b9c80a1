export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First request hook: it answers nothing, so every request, also one a later hook answers,
    // gets its id, log line and metrics.
    const { observeRequests } = await import("./lib/operations/request-log");
    observeRequests();
    const { startup } = await import("./lib/startup");
    await startup();
  }
}
