import { sleep } from "../backoff.js";
import type { Verification } from "./report.js";
import type { Revoker } from "./revoker.js";
import { throwIfAborted, typedError, untilAborted } from "./typed-error.js";

/**
 * Lists the user's active sessions again, up to `verifyAttempts` times while any remain (waiting
 * `verifyDelayMs` between), each one confirmed by `confirmActive` when the provider has it.
 */
export async function verifyNoneLeft(
  revoker: Revoker,
  concurrency: number,
  signal: AbortSignal,
): Promise<Verification> {
  const { context } = revoker;
  const attempts = Math.max(1, revoker.verifyAttempts ?? 1);
  let stillActive: readonly string[] = [];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await untilAborted(context, sleep(revoker.verifyDelayMs ?? 0, signal), signal);
    try {
      stillActive = await confirmed(revoker, unique(await revoker.listActive(signal)), concurrency, signal);
    } catch (cause) {
      throwIfAborted(context, signal);
      return { stillActive, attempts: attempt, error: typedError(context, cause) };
    }
    if (stillActive.length === 0) return { stillActive, attempts: attempt };
  }
  return { stillActive, attempts };
}

async function confirmed(
  revoker: Revoker,
  listed: readonly string[],
  concurrency: number,
  signal: AbortSignal,
): Promise<readonly string[]> {
  const confirm = revoker.confirmActive;
  if (!confirm) return listed;
  // The first failure stops the other confirmations (their requests are aborted), as the caller's abort does.
  const local = new AbortController();
  const onAbort = () => local.abort(signal.reason);
  signal.addEventListener("abort", onAbort, { once: true });
  const active = new Array<boolean>(listed.length);
  let next = 0;
  const worker = async () => {
    while (next < listed.length && !local.signal.aborted) {
      const index = next++;
      active[index] = await confirm(listed[index] as string, local.signal);
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, listed.length) }, () =>
        worker().catch((error: unknown) => {
          local.abort(error);
          throw error;
        }),
      ),
    );
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  return listed.filter((_, index) => active[index]);
}

/** The ids once each, in first-seen order. */
export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
