/** What a call that must fail threw: the Error, or a plain Error saying it did not fail as it should. */
export async function caught(what: string, run: () => Promise<unknown>): Promise<Error> {
  const thrown = await run().then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(thrown instanceof Error))
    throw new Error(`${what}: expected an error, got ${JSON.stringify(thrown) ?? "success"}`);
  return thrown;
}

/** A number property of an error (`status`, `timeoutMs`), or null. */
export function numberOf(error: Error, key: string): number | null {
  const value = (error as unknown as Record<string, unknown>)[key];
  return typeof value === "number" ? value : null;
}
