#!/usr/bin/env node
import { EXIT } from "./exit-codes.js";
import { main } from "./main.js";
import { processIo } from "./process-io.js";
import { printable } from "./text/printable.js";

const { io, signal } = processIo(process);

main(process.argv.slice(2), io, signal).then(
  (code) => {
    // Stopped early: leave now rather than wait for work nobody wants any more (a request under way).
    if (signal.aborted) process.exit(code);
    process.exitCode = code;
  },
  (error: unknown) => {
    // main catches what commands throw; this is a bug in main itself.
    io.stderr.write(
      `idp-sessions: internal error: ${printable(error instanceof Error ? error.message : String(error))}\n`,
    );
    process.exitCode = EXIT.internal;
  },
);
