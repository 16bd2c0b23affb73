/**
 * Runs one page's request under its own AbortController, linked to the caller's signal for that page
 * only. Every Request made with a signal adds an abort listener to it that lives as long as the Request
 * (undici drops it only on garbage collection), so handing the caller's one long-lived signal to every
 * page piles up one listener per page (a MaxListenersExceededWarning in long listings, and a leak).
 * The per-page signal takes those listeners instead; the caller's signal holds one link at a time.
 * Without a caller's signal the page gets none (`undefined`).
 */
export async function withPageSignal<T>(
  caller: AbortSignal | undefined,
  run: (signal: AbortSignal | undefined) => Promise<T>,
): Promise<T> {
  // Without a caller's signal nothing can abort the page: no controller (Node makes each signal
  // transferable, a few µs a page), and the request's own default signal does.
  if (caller === undefined) return run(undefined);
  const page = new AbortController();
  if (caller.aborted) page.abort(caller.reason);
  const onAbort = () => page.abort(caller.reason);
  caller.addEventListener("abort", onAbort, { once: true });
  try {
    return await run(page.signal);
  } finally {
    caller.removeEventListener("abort", onAbort);
  }
}
