import { DEFAULT_REVOKE_CONCURRENCY, type FetchFn } from "@idp-sessions/core";
import { type MockProvider, PROVIDER_IDS, type ProviderId } from "@idp-sessions/mock";
import { startMockProcess } from "./mock-process.js";
import { type ProviderRevokers, type Revoke, revokers } from "./revokers/providers.js";
import {
  MIN_EFFICIENCY,
  RATE_CEILING_RPS,
  REAL_RTT_MS,
  recommendConcurrency,
  type Sweep,
} from "./revokers/recommend.js";
import { ms, summarize } from "./stats.js";

export interface RevocationOptions {
  /** Sessions of the one user each run revokes, at every provider. */
  sessions: number;
  runs: number;
  /** The concurrencies `revokeUserSessions` is swept over. */
  concurrencies: readonly number[];
  /** Per-request latency the mock servers add in the second table (their `slow` fault), ms; 0 leaves it out. */
  latencyMs?: number | undefined;
  /** Sessions in the latency table (default: a fifth of `sessions`, at most 200: time there is latency-bound). */
  latencySessions?: number | undefined;
  /** Runs in the latency table (default: at most 3). */
  latencyRuns?: number | undefined;
}

interface Contender {
  label: string;
  of: (r: ProviderRevokers) => Revoke | undefined;
}

interface Measured {
  times: Map<ProviderId, Map<number, number[]>>;
  revoked: Map<ProviderId, number>;
}

/** Each mock request `latencyMs` late: the mock's own `x-mock-fault: slow=…`, unsigned (Huawei ignores it). */
const delayed =
  (latencyMs: number): FetchFn =>
  (request) => {
    const headers = new Headers(request.headers);
    headers.set("x-mock-fault", `slow=${latencyMs}`);
    return fetch(new Request(request, { headers }));
  };

/**
 * Revokes every session of one user at each provider: a hand-written loop of the one-session call,
 * `revokeUserSessions` at each concurrency, and the provider's bulk call. Every run of every contender gets
 * fresh mock servers (a process of their own), so that there is always something to revoke; the contenders
 * are interleaved run by run, in an order rotated each run.
 */
export async function revocationBenchmark(
  options: RevocationOptions,
): Promise<{ markdown: string; failures: string[]; recommendedConcurrency?: number }> {
  const { sessions, runs, concurrencies } = options;
  const latencyMs = options.latencyMs ?? 20;
  const latencySessions = options.latencySessions ?? Math.min(Math.ceil(sessions / 5), 200);
  const latencyRuns = options.latencyRuns ?? Math.min(runs, 3);
  const contenders: Contender[] = [
    { label: "loop of `revokeSession`", of: (r) => r.loop },
    ...concurrencies.map((c) => ({
      label: `concurrency ${c}${c === DEFAULT_REVOKE_CONCURRENCY ? " (default)" : ""}`,
      of: (r: ProviderRevokers) => r.engine?.(c),
    })),
    { label: "bulk call", of: (r) => r.bulk?.revoke },
  ];
  const failures: string[] = [];
  const loopback = await measure(contenders, sessions, runs, undefined, failures, true);
  const tables = [table(contenders, loopback)];
  let latency: Measured | undefined;
  if (latencyMs > 0) {
    latency = await measure(contenders, latencySessions, latencyRuns, delayed(latencyMs), failures, false);
    tables.push(
      "",
      `With ${latencyMs} ms added to every request by the mock servers (their \`slow\` fault, sent as an \`x-mock-fault\` header), about ${latencySessions.toLocaleString("en")} sessions, ${latencyRuns} run${latencyRuns === 1 ? "" : "s"}:`,
      "",
      table(contenders, latency),
    );
  }
  const basis = latency ?? loopback;
  const sweeps = new Map<string, Sweep>();
  for (const id of PROVIDER_IDS) {
    if (!revokers[id].engine) continue;
    const times = basis.times.get(id);
    const byConcurrency = new Map(concurrencies.map((c, i) => [c, summarize(times?.get(i + 1) ?? [])]));
    sweeps.set(id, { sessions: basis.revoked.get(id) ?? 0, byConcurrency });
  }
  const recommendedConcurrency = recommendConcurrency(sweeps, concurrencies, latency ? latencyMs : 0);
  const markdown = [
    `Revoking all ${sessions.toLocaleString("en")} sessions of one user at each provider over loopback, from mock servers in a process of their own with their default options (no revoke faults, no added latency), fresh servers for every run of every contender; median (min–max) of ${runs} run${runs === 1 ? "" : "s"}${runs > 1 ? " after a warm-up round" : ""}, the contenders interleaved run by run. Timed: the listing and the revoking, with \`verify: false\` throughout; each run is then checked, untimed, to have revoked every session (its count) and to leave none active (a dry run's \`found\`). The loop is the package's one-session \`revokeSession\` after \`listSessions(...).collect()\`; ZITADEL's reads each session before terminating it (2 requests a session) and Huawei's lists the user's sessions before its one-id batch delete. Huawei has no per-session call, so concurrency does not apply: \`revokeUserSessions\` is its bulk call.`,
    "",
    ...tables,
    "",
    `Recommended default concurrency: ${recommendedConcurrency ?? "none (see the figures)"}: the largest swept value up to which each doubling still brings ${MIN_EFFICIENCY * 100}% of the ideal speed-up at every per-session provider${latency ? `, and whose request rate, scaled from ${latencyMs} ms to a real ${REAL_RTT_MS} ms round trip, stays under ${RATE_CEILING_RPS} requests a second` : ""}.`,
  ].join("\n");
  return { markdown, failures, ...(recommendedConcurrency === undefined ? {} : { recommendedConcurrency }) };
}

/**
 * Mock sessions per user that give each provider about `sessions` active ones (within 2%): Kratos keeps
 * expired sessions listed (inactive), so its user needs more. Found with dry runs, a few probes at most.
 */
async function mockSizes(sessions: number): Promise<Map<ProviderId, number>> {
  const sizes = new Map<ProviderId, number>(PROVIDER_IDS.map((id) => [id, sessions]));
  for (let probe = 0, settled = false; probe < 4 && !settled; probe++) {
    settled = true;
    for (const size of new Set(sizes.values())) {
      const mock = await startMockProcess(size);
      try {
        for (const id of PROVIDER_IDS.filter((id) => sizes.get(id) === size)) {
          const found = await revokers[id].left(mock.providers[id], undefined);
          if (found === 0 || Math.abs(found - sessions) <= Math.max(1, sessions * 0.02)) continue;
          sizes.set(id, Math.round((size * sessions) / found));
          settled = false;
        }
      } finally {
        await mock.close();
      }
    }
  }
  return sizes;
}

/** Times of each contender (by index in `contenders`) at each provider, and the sessions each revoked. */
async function measure(
  contenders: readonly Contender[],
  sessions: number,
  runs: number,
  fetch: FetchFn | undefined,
  failures: string[],
  warmUp: boolean,
): Promise<Measured> {
  const sizes = await mockSizes(sessions);
  const measured: Measured = { times: new Map(PROVIDER_IDS.map((id) => [id, new Map()])), revoked: new Map() };
  // A warm-up round (JIT, code paths) when asked and there are runs to protect from it.
  for (let run = warmUp && runs > 1 ? -1 : 0; run < runs; run++) {
    const shift = Math.max(run, 0) % contenders.length;
    const order = [...contenders.entries()].slice(shift).concat([...contenders.entries()].slice(0, shift));
    for (const [index, contender] of order) {
      for (const size of new Set(sizes.values())) {
        const mock = await startMockProcess(size);
        try {
          for (const id of PROVIDER_IDS) {
            const revoke = contender.of(revokers[id]);
            if (!revoke || sizes.get(id) !== size) continue;
            const where = `revocation ${id} (${contender.label}${fetch ? ", with latency" : ""})`;
            const elapsed = await once(mock.providers[id], revokers[id], revoke, fetch, where, failures);
            if (elapsed === undefined || run < 0) continue;
            const byContender = measured.times.get(id);
            byContender?.set(index, [...(byContender.get(index) ?? []), elapsed.ms]);
            measured.revoked.set(id, elapsed.revoked);
          }
        } finally {
          await mock.close();
        }
      }
    }
  }
  return measured;
}

/** One timed revocation, checked (untimed) against a dry run before and after: all revoked, none left. */
async function once(
  provider: MockProvider,
  r: ProviderRevokers,
  revoke: Revoke,
  fetch: FetchFn | undefined,
  where: string,
  failures: string[],
): Promise<{ ms: number; revoked: number } | undefined> {
  const before = await r.left(provider, undefined);
  const start = performance.now();
  let revoked: number;
  try {
    revoked = await revoke(provider, fetch);
  } catch (error) {
    failures.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const ms = performance.now() - start;
  if (revoked !== before || before === 0) failures.push(`${where}: revoked ${revoked} of ${before} sessions`);
  const left = await r.left(provider, undefined);
  if (left !== 0) failures.push(`${where}: ${left} sessions still active afterwards`);
  return { ms, revoked };
}

function table(contenders: readonly Contender[], { times, revoked }: Measured): string {
  const rows = PROVIDER_IDS.map((id) => {
    const cells = contenders.map((_, index) => {
      const values = times.get(id)?.get(index);
      return values?.length ? ms(summarize(values)) : "—";
    });
    const count = revoked.get(id)?.toLocaleString("en") ?? "—";
    return `| ${id} | ${count} | ${cells.join(" | ")} | ${revokers[id].bulk?.call ?? "none"} |`;
  });
  return [
    `| provider | sessions | ${contenders.map((c) => c.label).join(" | ")} | which bulk call |`,
    `|---|---:|${contenders.map(() => "---|").join("")}---|`,
    ...rows,
  ].join("\n");
}
