import { PROVIDER_IDS } from "@idp-sessions/mock";
import { openapiFetch } from "./listers/openapi-fetch.js";
import { oursBy } from "./listers/ours.js";
import { raw } from "./listers/raw.js";
import type { Lister } from "./listers/types.js";
import { startMockProcess } from "./mock-process.js";
import { summarize, timed } from "./stats.js";

export interface ReplayOptions {
  sessions: number;
  runs: number;
}

interface Recorded {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

/** A request's key: method, URL and body (ZITADEL pages by a POST body). */
async function keyOf(request: Request): Promise<string> {
  return `${request.method} ${request.url} ${request.body === null ? "" : await request.clone().text()}`;
}

/**
 * The client's own cost, without the network: every response of a listing is recorded once from the mock
 * servers, then each contender lists again from memory through a replaying global `fetch` (global, so that
 * our client takes the same path as with the runtime's fetch). Over loopback the server's time and the
 * machine's noise dilute this cost; here it is what remains, in µs per request over the raw loop.
 */
export async function replayBenchmark({
  sessions,
  runs,
}: ReplayOptions): Promise<{ markdown: string; failures: string[] }> {
  const contenders: [string, Record<string, Lister>][] = [
    ["raw", raw],
    ["openapi-fetch", openapiFetch],
    ["pages", oursBy("pages")],
  ];
  const store = new Map<string, Recorded>();
  const runtimeFetch = globalThis.fetch;
  let sent = 0;
  const recording = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    sent++;
    const request = new Request(input, init);
    const key = await keyOf(request);
    const response = await runtimeFetch(request);
    const body = new Uint8Array(await response.arrayBuffer());
    // The body is stored decoded: drop the headers that described it on the wire.
    const headers = [...response.headers].filter(([name]) => !/^(content-encoding|transfer-encoding)$/i.test(name));
    store.set(key, { status: response.status, headers, body });
    return new Response(body, { status: response.status, headers });
  };
  let replayed = 0;
  const replaying = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    replayed++;
    // A GET (every listing but ZITADEL's) is looked up without building a Request: the replay's own cost is
    // paid by every contender alike, and kept small.
    const key =
      typeof input === "string" && init?.body == null
        ? `${init?.method ?? "GET"} ${input} `
        : input instanceof Request && input.body === null && init?.method === undefined
          ? `${input.method} ${input.url} `
          : await keyOf(new Request(input, init));
    const recorded = store.get(key);
    if (!recorded) throw new Error(`replay: no recorded response for ${key}`);
    return new Response(recorded.body, { status: recorded.status, headers: recorded.headers });
  };
  const mock = await startMockProcess(sessions);
  const rows: string[] = [];
  const failures: string[] = [];
  try {
    for (const id of PROVIDER_IDS) {
      const provider = mock.providers[id];
      store.clear();
      // Each contender's requests, recorded; the raw loop's are what "per request" divides by.
      const sentBy = new Map<string, number>();
      for (const [name, listers] of contenders) {
        sent = 0;
        await listers[id]?.(provider, recording as typeof fetch);
        sentBy.set(name, sent);
      }
      const requests = sentBy.get("raw") ?? 0;
      const times: number[][] = contenders.map(() => []);
      globalThis.fetch = replaying as typeof fetch;
      try {
        for (const [name, listers] of contenders) {
          replayed = 0;
          const n = await listers[id]?.(provider);
          if (n !== sessions) failures.push(`${id} (${name}, replayed): listed ${n} of ${sessions} sessions`);
          // A contender that went around the stand-in (to the mock servers, still running) would time the network.
          if (replayed !== sentBy.get(name))
            failures.push(`${id} (${name}): ${replayed} requests replayed, ${sentBy.get(name)} recorded`);
        }
        for (let run = 0; run < runs; run++)
          for (const [index, [, listers]] of contenders.entries())
            times[index]?.push(await timed(() => listers[id]?.(provider) ?? Promise.resolve(0)));
      } finally {
        globalThis.fetch = runtimeFetch;
      }
      const [r, o, p] = times.map((t) => summarize(t).median);
      if (r === undefined || o === undefined || p === undefined) throw new Error(`${id}: a contender did not run`);
      const perRequest = (t: number) => `${(((t - r) * 1000) / requests).toFixed(1)} µs`;
      rows.push(
        `| ${id} | ${requests} | ${r.toFixed(2)} ms | ${o.toFixed(2)} ms | ${perRequest(o)} | ${p.toFixed(2)} ms | ${perRequest(p)} | ${(p / r).toFixed(2)}× |`,
      );
    }
  } finally {
    await mock.close();
  }
  const markdown = [
    `The same ${sessions.toLocaleString("en")}-session listings with the network taken out: every response recorded once from the mock servers, then replayed from memory through a stand-in global \`fetch\`; median of ${runs} interleaved runs. This is the client's own cost, which over loopback the server's time and the machine's noise dilute and scatter. "Per request" is the extra time over the raw loop divided by the listing's requests.`,
    "",
    "| provider | requests | raw loop | openapi-fetch alone | per request | ours `.pages()` | per request | ours / raw |",
    "|---|---:|---|---|---:|---|---:|---:|",
    ...rows,
  ].join("\n");
  return { markdown, failures };
}
