import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { paginate } from "../src/internal.js";
import { withPageSignal } from "../src/pagination/page-signal.js";

const context = { provider: "test", operation: "list" };
const response = new Response(null);

/** The page's signal, which a page with a caller's signal always has. */
function own(signal: AbortSignal | undefined): AbortSignal {
  if (signal === undefined) throw new Error("the page has no signal");
  return signal;
}

describe("withPageSignal", () => {
  it("gives the page its own signal, linked to the caller's while the page runs and unlinked after", async () => {
    const caller = new AbortController();
    const seen = await withPageSignal(caller.signal, async (signal) => {
      expect(signal).not.toBe(caller.signal);
      expect(getEventListeners(caller.signal, "abort")).toHaveLength(1);
      return own(signal);
    });
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
    caller.abort();
    expect(seen.aborted).toBe(false);
  });

  it("passes the caller's abort and its reason on to the page", async () => {
    const caller = new AbortController();
    const reason = new Error("stop");
    const aborted = withPageSignal(
      caller.signal,
      (signal) => new Promise((_, reject) => own(signal).addEventListener("abort", () => reject(own(signal).reason))),
    );
    caller.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it("starts the page aborted when the caller already is", async () => {
    const caller = new AbortController();
    caller.abort("gone");
    expect(await withPageSignal(caller.signal, async (signal) => [own(signal).aborted, own(signal).reason])).toEqual([
      true,
      "gone",
    ]);
  });

  it("gives no signal when the caller has none (nothing could abort it)", async () => {
    expect(await withPageSignal(undefined, async (signal) => signal)).toBeUndefined();
  });

  it("unlinks when the page fails", async () => {
    const caller = new AbortController();
    await expect(withPageSignal(caller.signal, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });
});

describe("paginate", () => {
  it("hands each page a signal of its own and leaves none of its listeners on the caller's signal", async () => {
    const caller = new AbortController();
    const signals: AbortSignal[] = [];
    const list = paginate<{ id: string }, number>(
      context,
      async (page = 0, signal) => {
        signals.push(own(signal));
        return { items: [{ id: `s${page}` }], next: page < 49 ? page + 1 : undefined, response };
      },
      { signal: caller.signal },
    );
    expect(await list.collect()).toHaveLength(50);
    expect(new Set(signals).size).toBe(50);
    expect(signals).not.toContain(caller.signal);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });
});
