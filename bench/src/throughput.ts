import { validateResponse } from "@idp-sessions/contract";
import { PROVIDER_IDS, type ProviderId, startMockServers } from "@idp-sessions/mock";
import { normalizeSession } from "@idp-sessions/normalize";
import { raw } from "./listers/raw.js";
import { summarize } from "./stats.js";

/** The raw 200 bodies one listing of `sessions` sessions produces, fetched once from the mock. */
async function pages(
  id: ProviderId,
  sessions: number,
): Promise<{ text: string; items: unknown[]; headers: Headers }[]> {
  const mock = await startMockServers({ providers: [id], seed: 2, usersPerProvider: 1, sessionsPerUser: sessions });
  const out: { text: string; items: unknown[]; headers: Headers }[] = [];
  const recording = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fetch(input, init);
    const text = await response.text();
    const body = JSON.parse(text) as Record<string, unknown> | unknown[];
    const items = Array.isArray(body) ? body : ((body.sessions ?? body.session_list ?? []) as unknown[]);
    out.push({ text, items, headers: response.headers });
    return new Response(text, { status: response.status, headers: response.headers });
  }) as typeof fetch;
  try {
    await raw[id](mock.providers[id], recording);
  } finally {
    await mock.close();
  }
  return out;
}

function rate(count: number, fn: () => void, runs: number): { perSecond: number; min: number; max: number } {
  const results: number[] = [];
  fn(); // warm-up: JIT, and the validator's one-time schema compilation
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    results.push(count / ((performance.now() - start) / 1000));
  }
  const s = summarize(results);
  return { perSecond: s.median, min: s.min, max: s.max };
}

const fmt = (r: { perSecond: number; min: number; max: number }) =>
  `${Math.round(r.perSecond).toLocaleString("en")} (${Math.round(r.min).toLocaleString("en")}–${Math.round(r.max).toLocaleString("en")})`;

/** Sessions per second: JSON.parse of the same bytes (the floor), normalization, and spec validation. */
export async function throughputBenchmark({ sessions, runs }: { sessions: number; runs: number }): Promise<string> {
  const rows: string[] = [];
  for (const id of PROVIDER_IDS) {
    const bodies = await pages(id, sessions);
    const count = bodies.reduce((n, b) => n + b.items.length, 0);
    const parse = rate(
      count,
      () => {
        for (const b of bodies) JSON.parse(b.text);
      },
      runs,
    );
    const normalize = rate(
      count,
      () => {
        for (const b of bodies) for (const raw of b.items) normalizeSession(id, raw as never);
      },
      runs,
    );
    const parsed = bodies.map((b) => ({ status: 200, headers: b.headers, body: JSON.parse(b.text) as unknown }));
    const validate = rate(
      count,
      () => {
        for (const r of parsed) validateResponse(id, r);
      },
      runs,
    );
    rows.push(`| ${id} | ${fmt(parse)} | ${fmt(normalize)} | ${fmt(validate)} |`);
  }
  return [
    `Sessions per second over the pages of a ${sessions.toLocaleString("en")}-session listing, median (min–max) of ${runs} runs.`,
    "",
    "| provider | JSON.parse (floor) | normalizeSession | validateResponse |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}
