import { PROVIDER_IDS } from "@idp-sessions/mock";
import { NO_OFFICIAL_SDK, official } from "./listers/official.js";
import { openapiFetch } from "./listers/openapi-fetch.js";
import { oursBy, WAYS } from "./listers/ours.js";
import { raw } from "./listers/raw.js";
import type { Lister } from "./listers/types.js";
import { startMockProcess } from "./mock-process.js";
import { ms, summarize, timed } from "./stats.js";

export interface ListingOptions {
  sessions: number;
  runs: number;
}

const OURS = WAYS.map((way) => [way, oursBy(way)] as const);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/**
 * Lists every session of one user per provider with our client (read three ways: `.pages()`, `for await`
 * and `collect()`), the raw fetch loop and the official SDK, interleaved run by run so that all of them see
 * the same machine state. Returns Markdown.
 */
export async function listingBenchmark({
  sessions,
  runs,
}: ListingOptions): Promise<{ markdown: string; failures: string[] }> {
  const mock = await startMockProcess(sessions);
  const rows: string[] = [];
  const failures: string[] = [];
  try {
    for (const id of PROVIDER_IDS) {
      const provider = mock.providers[id];
      const sdk = official[id];
      const contenders: (readonly [string, Lister])[] = [
        ...OURS.map(([way, listers]) => [way, listers[id]] as const),
        ["raw", raw[id]],
        ["openapi-fetch", openapiFetch[id]],
        ...(sdk ? [["sdk", sdk] as const] : []),
      ];
      // One warm-up run each (JIT, connection pool), then the measured runs.
      for (const [name, list] of contenders) {
        const n = await list(provider);
        if (n !== sessions) failures.push(`${id} (${name}): listed ${n} of ${sessions} sessions`);
      }
      const times: Record<string, number[]> = Object.fromEntries(contenders.map(([name]) => [name, []]));
      for (let run = 0; run < runs; run++)
        for (const [name, list] of contenders) times[name]?.push(await timed(() => list(provider)));
      const [pages, forAwait, collect, r, o, s] = [...WAYS, "raw", "openapi-fetch", "sdk"].map((name) =>
        times[name]?.length ? summarize(times[name]) : undefined,
      );
      if (!pages || !forAwait || !collect || !r || !o) throw new Error(`${id}: a contender did not run`);
      rows.push(
        `| ${id} | ${ms(pages)} | ${ms(forAwait)} | ${ms(collect)} | ${ms(r)} | ${ratio(pages.median, r.median)} | ${ratio(forAwait.median, r.median)} | ${ratio(collect.median, r.median)} | ${ms(o)} | ${ratio(o.median, r.median)} | ${s ? ms(s) : `— (${NO_OFFICIAL_SDK[id]})`} | ${s ? ratio(pages.median, s.median) : "—"} |`,
      );
    }
  } finally {
    await mock.close();
  }
  const markdown = [
    `Listing all ${sessions.toLocaleString("en")} sessions of one user over loopback from the mock servers (in a process of their own), largest page size each; median (min–max) of ${runs} runs after a warm-up, every contender interleaved run by run. Our client is read three ways: \`.pages()\` (counted page by page, as the raw loops count), \`for await\` over the sessions, and \`collect()\`. "openapi-fetch alone" is openapi-fetch's own typed call on the provider's generated types, paging as the raw loop does and nothing more (no retries, timeouts, redirect policy, bounded reads, checks or deduplication): the floor of any client built on openapi-fetch.`,
    "",
    "| provider | ours `.pages()` | ours `for await` | ours `collect()` | raw fetch loop | pages / raw | for await / raw | collect / raw | openapi-fetch alone | openapi-fetch alone / raw | official SDK | pages / SDK |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
  return { markdown, failures };
}
