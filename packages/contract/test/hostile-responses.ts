/**
 * What a hostile server answers each provider's client: the credentials it received, echoed into body
 * values at positions that break the spec (so that violations quote them), into property names (drift,
 * pointers), into headers and into error messages; or a body 100,000 levels deep.
 */

/**
 * The providers these hostile responses are written for, each in its own wire shape. A provider added with
 * `pnpm new-provider` is not here until someone writes its hostile responses, so the scaffold type-checks.
 */
export const HOSTILE_PROVIDERS = ["huawei-identitycenter", "ory-kratos", "monocloud", "auth0", "zitadel"] as const;
export type HostileProvider = (typeof HOSTILE_PROVIDERS)[number];

export interface HostileResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON text (a deep body cannot go through JSON.stringify), or raw bytes (a compressed body). */
  text: string | Uint8Array;
}

/** A session item with every echoed value as a property name and value of its own. */
const item = (echoes: readonly string[], fields: Record<string, unknown>) => ({
  ...Object.fromEntries(echoes.map((e) => [e, e])),
  ...fields,
});

/** A 200 page per provider with the echoes where each spec wants something else. */
function echoPage(
  provider: HostileProvider,
  echoes: readonly string[],
): { body: unknown; headers: Record<string, string> } {
  const e = echoes.join(" ");
  const k = echoes[0] ?? "";
  switch (provider) {
    case "auth0":
      return {
        body: {
          sessions: [
            item(echoes, {
              user_id: [e],
              device: e,
              cookie: { mode: e },
              created_at: e,
              session_metadata: { [k]: [e] },
            }),
          ],
          next: [e],
          [k]: e,
        },
        headers: {},
      };
    case "huawei-identitycenter":
      return {
        body: {
          session_list: [item(echoes, { session_id: [e], user_id: e, creation_time: e, session_not_valid_after: 1 })],
          [k]: e,
        },
        headers: {},
      };
    case "monocloud":
      return {
        body: [
          item(echoes, {
            session_id: e,
            client_ids: [e, 5],
            initiated_at: e,
            expires_at: 1,
            last_updated: 1,
            last_metadata: { [k]: e, ip_address: [e] },
          }),
        ],
        headers: { "x-pagination": e },
      };
    case "ory-kratos":
      return {
        body: [
          item(echoes, {
            id: e,
            active: e,
            authenticated_at: e,
            expires_at: e,
            issued_at: e,
            authenticator_assurance_level: e,
            authentication_methods: [e],
            devices: [{ id: e, [k]: e }],
            identity: { id: e, schema_id: e, schema_url: e, traits: { [k]: e } },
          }),
        ],
        headers: { "x-total-count": e },
      };
    case "zitadel":
      return {
        body: {
          sessions: [
            item(echoes, {
              id: [e],
              creationDate: e,
              factors: e,
              metadata: { [k]: [e] },
              userAgent: { ip: [e], [k]: e },
            }),
          ],
          details: { totalResult: e },
        },
        headers: {},
      };
  }
}

export function echoResponse(provider: HostileProvider, echoes: readonly string[]): HostileResponse {
  const { body, headers } = echoPage(provider, echoes);
  return { status: 200, headers: { "content-type": "application/json", ...headers }, text: JSON.stringify(body) };
}

/** An error answer whose every message field quotes the credentials. */
export function echoError(echoes: readonly string[]): HostileResponse {
  const e = `invalid credentials: ${echoes.join(" ")}`;
  const body = {
    statusCode: 401,
    error: e,
    message: e,
    error_code: e,
    error_msg: e,
    code: 16,
    detail: e,
    [echoes[0] ?? ""]: e,
  };
  return {
    status: 401,
    headers: { "content-type": "application/json", "www-authenticate": e },
    text: JSON.stringify(body),
  };
}

/** A 200 body nested `depth` levels deep where the sessions should be. */
export function deepResponse(provider: HostileProvider, depth: number): HostileResponse {
  const deep = `${"[".repeat(depth)}${"]".repeat(depth)}`;
  const wrapped: Record<HostileProvider, string> = {
    auth0: `{"sessions":[${deep}]}`,
    "huawei-identitycenter": `{"session_list":[${deep}]}`,
    monocloud: `[${deep}]`,
    "ory-kratos": `[${deep}]`,
    zitadel: `{"sessions":[${deep}]}`,
  };
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (provider === "monocloud") headers["x-pagination"] = '{"has_next":false}';
  return { status: 200, headers, text: wrapped[provider] };
}
