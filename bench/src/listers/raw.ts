import { signRequest } from "@idp-sessions/huawei-identitycenter";
import type { Listers } from "./types.js";

/**
 * The floor: hand-written `fetch` loops with no validation, retries or types, the least a program could
 * do. Huawei's loop signs with the same signer, since no request reaches the service unsigned.
 */
export const raw: Listers = {
  async auth0(m, f = fetch) {
    let n = 0;
    let from = "";
    const user = encodeURIComponent(m.users[0]?.userId ?? "");
    for (;;) {
      const r = await f(`${m.baseUrl}/users/${user}/sessions?take=100${from ? `&from=${from}` : ""}`, {
        headers: { authorization: `Bearer ${m.credentials.token}` },
      });
      const body = (await r.json()) as { sessions: unknown[]; next?: string };
      n += body.sessions.length;
      if (!body.next) return n;
      from = encodeURIComponent(body.next);
    }
  },
  async "ory-kratos"(m, f = fetch) {
    let n = 0;
    let url: string | undefined = `${m.baseUrl}/admin/identities/${m.users[0]?.userId}/sessions?page_size=500`;
    while (url) {
      const r: Response = await f(url, { headers: { authorization: `Bearer ${m.credentials.token}` } });
      n += ((await r.json()) as unknown[]).length;
      const next = /<([^>]+)>; rel="next"/.exec(r.headers.get("link") ?? "")?.[1];
      url = next ? `${m.baseUrl}${next}` : undefined;
    }
    return n;
  },
  async monocloud(m, f = fetch) {
    let n = 0;
    for (let page = 1; ; page++) {
      const r = await f(`${m.baseUrl}/users/${m.users[0]?.userId}/sessions?page=${page}&size=100`, {
        headers: { "x-api-key": m.credentials.apiKey ?? "" },
      });
      n += ((await r.json()) as unknown[]).length;
      if (!(JSON.parse(r.headers.get("x-pagination") ?? "{}") as { has_next?: boolean }).has_next) return n;
    }
  },
  async zitadel(m, f = fetch) {
    let offset = 0;
    for (;;) {
      const r = await f(`${m.baseUrl}/v2/sessions/search`, {
        method: "POST",
        headers: { authorization: `Bearer ${m.credentials.token}`, "content-type": "application/json" },
        body: JSON.stringify({
          query: { offset: String(offset), limit: 1000, asc: true },
          queries: [{ userIdQuery: { id: m.users[0]?.userId } }],
        }),
      });
      const body = (await r.json()) as { details?: { totalResult?: string }; sessions?: unknown[] };
      offset += body.sessions?.length ?? 0;
      if (!body.sessions?.length || offset >= Number(body.details?.totalResult ?? 0)) return offset;
    }
  },
  async "huawei-identitycenter"(m, f = fetch) {
    const user = m.users[0];
    const request = await signRequest(
      new Request(`${m.baseUrl}/v1/identity-stores/${user?.identityStoreId}/users/${user?.userId}/sessions`),
      {
        accessKeyId: m.credentials.accessKeyId ?? "",
        secretAccessKey: m.credentials.secretAccessKey ?? "",
      },
    );
    const body = (await (await f(request)).json()) as { session_list?: unknown[] };
    return body.session_list?.length ?? 0;
  },
};
