import type { ContractProvider, Env } from "@idp-sessions/contract";
import type { Session } from "@idp-sessions/normalize";
import { EXIT, exitCodeOf } from "../exit-codes.js";
import { explainError } from "../providers/explain.js";
import { listFor } from "../providers/lister.js";
import { resolveSettings } from "../providers/resolve.js";
import { stopRequested } from "../stop.js";
import type { Source } from "./sources.js";

/** A provider as the demo reaches it: the environment its settings resolve from, and whether it is a real tenant. */
export interface DemoProvider {
  provider: ContractProvider;
  env: Env;
  /** The variable the real tenant's address came from (`AUTH0_DOMAIN`); undefined: the mock server. */
  tenantVariable: string | undefined;
}

/** One provider's sessions, through the same clients as `list`; errors in the command line's words. */
async function sessionsAt(provider: ContractProvider, env: Env, signal: AbortSignal | undefined): Promise<Session[]> {
  const settings = resolveSettings(provider, {}, env);
  const listing = listFor(settings, { signal });
  try {
    return await listing.sessions.collect();
  } catch (error) {
    throw explainError(error, { settings, host: listing.host() });
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Every provider's sessions, one provider after another. One tenant that refuses (a 401, a typo in its
 * domain) does not hide the others: its source says why, and `code` is the first failure's exit code.
 */
export async function listEach(providers: readonly DemoProvider[], signal: AbortSignal | undefined) {
  const sessions: Session[] = [];
  const sources: Source[] = [];
  let code: number = EXIT.ok;
  for (const { provider, env, tenantVariable } of providers) {
    try {
      const found = await sessionsAt(provider, env, signal);
      sessions.push(...found);
      sources.push({ provider, count: found.length, tenantVariable });
    } catch (error) {
      if (stopRequested(signal)) throw error;
      if (code === EXIT.ok) code = exitCodeOf(error);
      sources.push({ provider, count: 0, tenantVariable, error: messageOf(error) });
    }
  }
  return { sessions, sources, code };
}
