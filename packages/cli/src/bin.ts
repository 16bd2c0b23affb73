#!/usr/bin/env node
import { main } from "./main.js";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());

main(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, env: process.env },
  controller.signal,
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`idp-sessions: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
