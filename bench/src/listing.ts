import { PROVIDER_IDS } from "@idp-sessions/mock";
import { NO_OFFICIAL_SDK, official } from "./listers/official.js";
import { ours } from "./listers/ours.js";
import { raw } from "./listers/raw.js";
import { startMockProcess } from "./mock-process.js";
import { ms, summarize, timed } from "./stats.js";

export interface ListingOptions {
  sessions: number;
  runs: number;
}

/**
 * Lists every session of one user per provider with our client, the raw fetch loop and the official
 * SDK, interleaved run by run so that all three see the same machine state. Returns Markdown.
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
      const contenders = [["ours", ours[id]], ["raw", raw[id]], ...(sdk ? [["sdk", sdk] as const] : [])] as const;
      // One warm-up run each (JIT, connection pool), then the measured runs.
      for (const [name, list] of contenders) {
        const n = await list(provider);
        if (n !== sessions) failures.push(`${id} (${name}): listed ${n} of ${sessions} sessions`);
      }
      const times: Record<string, number[]> = { ours: [], raw: [], sdk: [] };
      for (let run = 0; run < runs; run++)
        for (const [name, list] of contenders) times[name]?.push(await timed(() => list(provider)));
      const o = summarize(times.ours ?? []);
      const r = summarize(times.raw ?? []);
      const s = sdk ? summarize(times.sdk ?? []) : undefined;
      rows.push(
        `| ${id} | ${ms(o)} | ${ms(r)} | ${(o.median / r.median).toFixed(2)}× | ${s ? ms(s) : `— (${NO_OFFICIAL_SDK[id]})`} | ${s ? `${(o.median / s.median).toFixed(2)}×` : "—"} |`,
      );
    }
  } finally {
    await mock.close();
  }
  const markdown = [
    `Listing all ${sessions.toLocaleString("en")} sessions of one user over loopback from the mock servers (in a process of their own), largest page size each, counted page by page; median (min–max) of ${runs} runs after a warm-up, the three contenders interleaved run by run.`,
    "",
    "| provider | our client | raw fetch loop | ours / raw | official SDK | ours / SDK |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
  return { markdown, failures };
}
