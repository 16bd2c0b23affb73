import type { SessionList } from "@idp-sessions/core/internal";
import { normalizeSession, type RawSessions } from "@idp-sessions/normalize";
import type { Exchange } from "./recording-fetch.js";
import type { DestructiveTarget } from "./runner.js";
import { matchOperation } from "./select-operation.js";
import type { ContractProvider } from "./specs.js";

type FetchFn = (request: Request) => Promise<Response>;

/** Every session's id (null ids as ""), each session normalized on the way: what fails to normalize fails the run. */
export async function listedIds<P extends ContractProvider>(provider: P, list: SessionList<RawSessions[P]>) {
  const ids: string[] = [];
  for await (const raw of list) ids.push(normalizeSession(provider, raw).id ?? "");
  return ids;
}

/** Sends one request through `send` and fails the run unless it was answered with a 2xx. */
export async function answered(provider: ContractProvider, exchanges: Exchange[], send: () => Promise<unknown>) {
  const before = exchanges.length;
  await send();
  const exchange = exchanges[exchanges.length - 1];
  if (exchanges.length === before || !exchange) throw new Error("no request was sent");
  const status = exchange.response?.status;
  if (status === undefined || status < 200 || status > 299) {
    const operation = matchOperation(provider, exchange.request) ?? `${exchange.request.method} request`;
    throw new Error(`${operation} answered ${status ?? exchange.error ?? "nothing"}`);
  }
}

/** Lists the dedicated test user's sessions and revokes the first: exactly one revoking request. */
export async function revokeOne<P extends ContractProvider>(
  provider: P,
  destructive: DestructiveTarget<P>,
  fetch: FetchFn,
  exchanges: Exchange[],
): Promise<void> {
  const [id] = (await listedIds(provider, destructive.list(fetch))).filter(Boolean);
  if (id === undefined) throw new Error("the destructive test user has no session to revoke: sign it in first");
  await answered(provider, exchanges, () => destructive.revoke(fetch, id));
}
