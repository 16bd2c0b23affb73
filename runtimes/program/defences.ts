/**
 * The client's defences in this runtime, where its fetch and its streams are the runtime's own: a redirect
 * to another origin is refused (RedirectError) and a body that stops coming ends at the attempt timeout
 * (APIConnectionTimeoutError), which needs the runtime's fetch to honour the attempt's signal while the
 * body is read. Auth0's client stands for all: the defences are core's, the same in every provider.
 */
import { APIConnectionTimeoutError, createAuth0Client, listSessions, RedirectError } from "@idp-sessions/auth0";
import { caught, numberOf } from "./caught.js";
import type { DefenceSeen, DefencesInput, DefencesResult } from "./input.js";

type ErrorClass = abstract new (...args: never[]) => Error;

async function seen(expected: ErrorClass, run: () => Promise<unknown>): Promise<DefenceSeen> {
  const error = await caught(expected.name, run);
  return {
    name: error.name,
    status: numberOf(error, "status"),
    isExpectedClass: error instanceof expected,
    timeoutMs: numberOf(error, "timeoutMs"),
  };
}

export async function defences(input: DefencesInput): Promise<DefencesResult> {
  const at = (baseUrl: string, timeoutMs?: number) =>
    listSessions(createAuth0Client({ baseUrl, token: "a-token", maxRetries: 0, timeoutMs }), { userId: "u" });
  return {
    redirect: await seen(RedirectError, () => at(input.redirectBaseUrl).collect()),
    stall: await seen(APIConnectionTimeoutError, () => at(input.stallBaseUrl, input.timeoutMs).collect()),
  };
}
