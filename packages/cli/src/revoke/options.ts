import { MAX_REVOKE_CONCURRENCY } from "@idp-sessions/core";
import { UsageError } from "../exit-codes.js";
import { REVOKE_FORMATS, type RevokeFormat } from "./run.js";

/** The flags revoke and signout share, for parseArgs. */
export const REVOKING_OPTIONS = {
  "dry-run": { type: "boolean", default: false },
  yes: { type: "boolean", default: false },
  "no-verify": { type: "boolean", default: false },
  format: { type: "string", default: "table" },
  help: { type: "boolean", default: false },
} as const;

interface Given {
  "dry-run": boolean;
  yes: boolean;
  "no-verify": boolean;
  format: string;
}

/** The shared flags, checked. */
export function revokingFlags(values: Given): { dryRun: boolean; yes: boolean; verify: boolean; format: RevokeFormat } {
  const format = values.format as RevokeFormat;
  if (!REVOKE_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${REVOKE_FORMATS.join(", ")}`);
  return { dryRun: values["dry-run"], yes: values.yes, verify: !values["no-verify"], format };
}

/** `--concurrency`: a whole number from 1 to 32, as typed; undefined: the provider package's default (4). */
export function concurrencyOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_REVOKE_CONCURRENCY) {
    throw new UsageError(`--concurrency must be a whole number from 1 to ${MAX_REVOKE_CONCURRENCY}`);
  }
  return n;
}
