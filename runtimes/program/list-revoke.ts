/**
 * The runtime matrix's program: the same code in every runtime, bundled with no Node built-in. For each
 * of the five providers it lists one user's sessions over several pages, normalizes them, revokes the
 * first one, lists again, and provokes a 401 (a wrong credential) and a 404, checking that both are the
 * exported error classes with the right status.
 */
import * as auth0 from "@idp-sessions/auth0";
import type { SessionList } from "@idp-sessions/core";
import * as huawei from "@idp-sessions/huawei-identitycenter";
import * as monocloud from "@idp-sessions/monocloud";
import { listNormalizedSessions, type Session } from "@idp-sessions/normalize";
import * as kratos from "@idp-sessions/ory-kratos";
import { IDENTITIES, revokeSessionAt, type SettingValues } from "@idp-sessions/signout";
import * as zitadel from "@idp-sessions/zitadel";
import { caught, numberOf } from "./caught.js";
import { defences } from "./defences.js";
import type { ErrorSeen, ProgramInput, ProgramResult, ProviderId, ProviderInput, ProviderResult } from "./input.js";
import { PROVIDERS } from "./input.js";

type ErrorClass = abstract new (...args: never[]) => Error;

/** One provider: its listing (normalized), and a request that its server answers with 404. */
interface Provider {
  list(values: SettingValues, pageSize: number): SessionList<Session>;
  notFound: { how: string; run(values: SettingValues): Promise<unknown> };
  /** The classes this provider's package exports, checked with `instanceof`. */
  errors: { AuthenticationError: ErrorClass; NotFoundError: ErrorClass; APIError: ErrorClass };
}

const UNKNOWN_USER = "unknown-user-of-the-runtime-matrix";

const PROVIDER: Record<ProviderId, Provider> = {
  "huawei-identitycenter": {
    list(values, pageSize) {
      const { client, user } = IDENTITIES["huawei-identitycenter"](values);
      const raw = huawei.listSessions(client, user, { pageSize });
      return listNormalizedSessions("huawei-identitycenter", raw, { userId: user.userId });
    },
    notFound: {
      how: "listSessions(unknown user)",
      run(values) {
        const { client, user } = IDENTITIES["huawei-identitycenter"](values);
        return huawei.listSessions(client, { ...user, userId: UNKNOWN_USER }).collect();
      },
    },
    errors: huawei,
  },
  "ory-kratos": {
    list(values, pageSize) {
      const { client, user } = IDENTITIES["ory-kratos"](values);
      return listNormalizedSessions("ory-kratos", kratos.listSessions(client, user, { pageSize }));
    },
    notFound: {
      how: "getSession(unknown id)",
      run(values) {
        const { client } = IDENTITIES["ory-kratos"](values);
        return kratos.getSession(client, { sessionId: "00000000-0000-4000-8000-000000000000" });
      },
    },
    errors: kratos,
  },
  monocloud: {
    list(values, pageSize) {
      const { client, user } = IDENTITIES.monocloud(values);
      return listNormalizedSessions("monocloud", monocloud.listSessions(client, user, { pageSize }), {
        userId: user.userId,
      });
    },
    notFound: {
      how: "listSessions(unknown user)",
      run(values) {
        const { client } = IDENTITIES.monocloud(values);
        return monocloud.listSessions(client, { userId: UNKNOWN_USER }).collect();
      },
    },
    errors: monocloud,
  },
  auth0: {
    list(values, pageSize) {
      const { client, user } = IDENTITIES.auth0(values);
      return listNormalizedSessions("auth0", auth0.listSessions(client, user, { pageSize }));
    },
    notFound: {
      how: "listSessions(unknown user)",
      run(values) {
        const { client } = IDENTITIES.auth0(values);
        return auth0.listSessions(client, { userId: `auth0|${UNKNOWN_USER}` }).collect();
      },
    },
    errors: auth0,
  },
  zitadel: {
    list(values, pageSize) {
      const { client, user } = IDENTITIES.zitadel(values);
      return listNormalizedSessions("zitadel", zitadel.listSessions(client, user, { pageSize }));
    },
    notFound: {
      how: "getSession(unknown id)",
      run(values) {
        const { client } = IDENTITIES.zitadel(values);
        return zitadel.getSession(client, { sessionId: "999999999999999999" });
      },
    },
    errors: zitadel,
  },
};

/** The setting values IDENTITIES takes: the base URL, the credentials and the user under every name. */
function settings(input: ProviderInput, credentials = input.credentials): SettingValues {
  return {
    ...credentials,
    baseUrl: input.baseUrl,
    userId: input.userId,
    identityId: input.userId,
    identityStoreId: input.identityStoreId,
  };
}

/** The same credentials with every value changed: a key pair or token the server does not know. */
function wrong(credentials: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(credentials).map(([key, value]) => [key, `wrong${value}`]));
}

async function listAll(list: SessionList<Session>): Promise<{ sessions: Session[]; pages: number }> {
  const sessions: Session[] = [];
  let pages = 0;
  for await (const page of list.pages()) {
    pages++;
    sessions.push(...page.items);
  }
  return { sessions, pages };
}

async function errorOf(how: string, expected: ErrorClass, provider: Provider, run: () => Promise<unknown>) {
  const seen = await caught(how, run);
  return {
    how,
    name: seen.name,
    status: numberOf(seen, "status"),
    isExpectedClass: seen instanceof expected,
    isAPIError: seen instanceof provider.errors.APIError,
  } satisfies ErrorSeen;
}

async function runProvider(id: ProviderId, input: ProviderInput, pageSize: number): Promise<ProviderResult> {
  const provider = PROVIDER[id];
  const values = settings(input);
  const before = await listAll(provider.list(values, pageSize));
  // The first active session: one already ended (Kratos lists disabled ones) has nothing to revoke.
  const first = before.sessions.find((session) => session.status === "active")?.id;
  if (!first) throw new Error(`${id}: the user has no active session to revoke`);
  const revoked = await revokeSessionAt(IDENTITIES[id](values), first);
  const after = await listAll(provider.list(values, pageSize));
  const unique = (texts: (string | null)[]) => [...new Set(texts.map((text) => String(text)))];
  return {
    count: before.sessions.length,
    pages: before.pages,
    ids: before.sessions.map((session) => String(session.id)),
    normalizedProviders: unique(before.sessions.map((session) => session.provider)),
    normalizedUserIds: unique(before.sessions.map((session) => session.userId)),
    revoke: { sessionId: revoked.sessionId, outcome: revoked.outcome },
    after: {
      count: after.sessions.length,
      ids: after.sessions.map((session) => String(session.id)),
      revokedStatus: after.sessions.find((session) => session.id === first)?.status ?? null,
    },
    unauthorized: await errorOf("listSessions(wrong credential)", provider.errors.AuthenticationError, provider, () =>
      listAll(provider.list(settings(input, wrong(input.credentials)), pageSize)),
    ),
    notFound: await errorOf(provider.notFound.how, provider.errors.NotFoundError, provider, () =>
      provider.notFound.run(values),
    ),
  };
}

/** One user's normalized sessions' ids and statuses, listed with `pageSize`: what the test checks a runtime against. */
export async function listStatuses(
  id: ProviderId,
  input: ProviderInput,
  pageSize: number,
): Promise<{ id: string; status: string }[]> {
  const { sessions } = await listAll(PROVIDER[id].list(settings(input), pageSize));
  return sessions.map((session) => ({ id: String(session.id), status: session.status }));
}

/** Everything the program does: every provider, then the defences when the input names their servers. */
export async function runProgram(input: ProgramInput): Promise<Pick<ProgramResult, "providers" | "defences">> {
  const providers = await listRevoke(input);
  return { providers, defences: input.defences ? await defences(input.defences) : null };
}

/** Runs every provider, one after another, and returns what each did. */
export async function listRevoke(input: ProgramInput): Promise<Record<ProviderId, ProviderResult>> {
  const out: Partial<Record<ProviderId, ProviderResult>> = {};
  for (const id of PROVIDERS) out[id] = await runProvider(id, input.providers[id], input.pageSize);
  return out as Record<ProviderId, ProviderResult>;
}
