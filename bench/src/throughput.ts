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

/** Each timed run repeats the work until it lasts this long: one pass over Huawei's page takes 3 ms. */
const MIN_RUN_MS = 25;

type Rate = { perSecond: number; min: number; max: number };

/**
 * Sessions per second of each contender, `runs` timed runs each after a warm-up (JIT, the validator's
 * one-time schema compilation), interleaved run by run so that each run of one meets the machine as the
 * others found it; and the median of each run's ratio of contender to the first (the floor).
 */
function rates(count: number, contenders: (() => void)[], runs: number): { rates: Rate[]; ratios: number[] } {
  const repeats = contenders.map((fn) => {
    fn();
    const start = performance.now();
    fn();
    const once = Math.max(performance.now() - start, 0.01);
    return Math.max(1, Math.ceil(MIN_RUN_MS / once));
  });
  const results: number[][] = contenders.map(() => []);
  for (let run = 0; run < runs; run++) {
    contenders.forEach((fn, i) => {
      const times = repeats[i] ?? 1;
      const start = performance.now();
      for (let k = 0; k < times; k++) fn();
      results[i]?.push((count * times) / ((performance.now() - start) / 1000));
    });
  }
  const floor = results[0] ?? [];
  return {
    rates: results.map((r) => {
      const s = summarize(r);
      return { perSecond: s.median, min: s.min, max: s.max };
    }),
    ratios: results.map((r) => summarize(r.map((value, run) => value / (floor[run] ?? value))).median),
  };
}

const fmt = (r: Rate | undefined) =>
  r
    ? `${Math.round(r.perSecond).toLocaleString("en")} (${Math.round(r.min).toLocaleString("en")}–${Math.round(r.max).toLocaleString("en")})`
    : "—";
const times = (ratio: number | undefined) => (ratio === undefined ? "—" : `${ratio.toFixed(2)}×`);

/** Sessions per second: JSON.parse of the same bytes (the floor), normalization, and spec validation, with their ratios to the floor. */
export async function throughputBenchmark({ sessions, runs }: { sessions: number; runs: number }): Promise<string> {
  const rows: string[] = [];
  for (const id of PROVIDER_IDS) {
    const bodies = await pages(id, sessions);
    const count = bodies.reduce((n, b) => n + b.items.length, 0);
    const parsed = bodies.map((b) => ({ status: 200, headers: b.headers, body: JSON.parse(b.text) as unknown }));
    const { rates: measured, ratios } = rates(
      count,
      [
        () => {
          for (const b of bodies) JSON.parse(b.text);
        },
        () => {
          for (const b of bodies) for (const raw of b.items) normalizeSession(id, raw as never);
        },
        () => {
          for (const r of parsed) validateResponse(id, r);
        },
      ],
      runs,
    );
    const [parse, normalize, validate] = measured;
    rows.push(
      `| ${id} | ${fmt(parse)} | ${fmt(normalize)} | ${times(ratios[1])} | ${fmt(validate)} | ${times(ratios[2])} |`,
    );
  }
  return [
    `Sessions per second over the pages of a ${sessions.toLocaleString("en")}-session listing (each run repeats them for at least ${MIN_RUN_MS} ms), median (min–max) of ${runs} runs after a warm-up, the three interleaved run by run; each ratio is the median of the runs' own ratios to \`JSON.parse\` of the same pages (above 1× is faster than parsing).`,
    "",
    "| provider | JSON.parse (floor) | normalizeSession | normalize / parse | validateResponse | validate / parse |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
