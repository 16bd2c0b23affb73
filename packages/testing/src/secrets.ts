import { inspect } from "node:util";
import { expect } from "vitest";

/** Every rendering of an error a user or a logger could see, including its cause chain and body. */
export function renderings(error: unknown): string[] {
  const out = [inspect(error, { depth: 10, showHidden: false }), String(error)];
  if (error instanceof Error) out.push(error.message, error.stack ?? "");
  try {
    out.push(JSON.stringify(error));
  } catch {
    out.push("(not JSON-serialisable)");
  }
  return out;
}

/** Fails when any rendering of any error contains any secret. */
export function expectNoSecrets(errors: readonly unknown[], secrets: readonly string[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    for (const text of renderings(error)) {
      for (const secret of secrets) expect(text, `an error rendering contains a secret`).not.toContain(secret);
    }
  }
}

/** Runs `fn` and returns what it threw (fails when it did not throw). */
export async function caught(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}
