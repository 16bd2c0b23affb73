import type { ContractProvider } from "@idp-sessions/contract";
import type { Session } from "@idp-sessions/normalize";
import type { CommandIo } from "../io.js";
import { csvHeader, csvLine, type Format } from "../output.js";
import type { Listing } from "../providers/lister.js";
import { table } from "../table/table.js";
import { outputWidth } from "../terminal.js";

export interface ListingRun {
  provider: ContractProvider;
  listing: Listing;
  format: Format;
  activeOnly: boolean;
  signal?: AbortSignal | undefined;
}

/**
 * Lists page by page and writes each session as soon as its format allows (ndjson and csv stream; json
 * and the table need them all). Stops between pages when `signal` aborts (Ctrl-C, stdout closed). Notes
 * for a person go to stderr, so that stdout stays valid json or csv.
 */
export async function writeListing(run: ListingRun, io: CommandIo): Promise<void> {
  const { format, signal } = run;
  const progress = io.stderr.isTTY
    ? (pages: number, count: number) => io.stderr.write(`\rpages ${pages}, sessions ${count}`)
    : undefined;
  const collected: Session[] = [];
  let pages = 0;
  let listed = 0;
  let count = 0;
  let skipped = 0;
  if (format === "csv") io.stdout.write(`${csvHeader()}\n`);
  try {
    for await (const page of run.listing.sessions.pages()) {
      pages++;
      skipped += page.skippedDuplicates;
      for (const session of page.items) {
        listed++;
        if (run.activeOnly && session.status !== "active") continue;
        count++;
        if (format === "ndjson") io.stdout.write(`${JSON.stringify(session)}\n`);
        else if (format === "csv") io.stdout.write(`${csvLine(session)}\n`);
        else collected.push(session);
      }
      progress?.(pages, count);
      signal?.throwIfAborted();
    }
  } finally {
    if (progress && pages > 0) io.stderr.write("\n");
  }
  signal?.throwIfAborted();
  if (format === "json") io.stdout.write(`${JSON.stringify(collected, null, 2)}\n`);
  if (format === "table") {
    io.stdout.write(`${table(collected, { width: outputWidth(io) })}\n\n${count} session(s)\n`);
  }
  for (const note of notes(run.provider, listed, skipped)) io.stderr.write(`idp-sessions list: ${note}\n`);
}

function notes(provider: ContractProvider, listed: number, skipped: number): string[] {
  const out: string[] = [];
  if (skipped > 0) {
    out.push(
      `skipped ${skipped} ${skipped === 1 ? "session" : "sessions"} the server sent twice (paging shifted while sessions were created)`,
    );
  }
  // ZITADEL searches sessions by user id: an unknown user is an empty result, not a 404.
  if (provider === "zitadel" && listed === 0) {
    out.push(
      "zitadel has no sessions for this user; ZITADEL answers the same for a user id that does not exist, so check --user",
    );
  }
  return out;
}
