import { redact, redactString } from "@idp-sessions/core/internal";
import { credentialValues, type Env, missingVariables, targetFromEnv } from "./env.js";
import { formatReports } from "./format.js";
import { type ProviderReport, runContract, unknownProviderReport } from "./runner.js";
import { CONTRACT_PROVIDERS, type ContractProvider, isContractProvider } from "./specs.js";

/**
 * Runs the contract checks against every provider whose credentials are in `env`; the others are
 * reported as skipped, never as passed; an unknown provider id is reported as failed. Resolves to the
 * reports and the text summary, from which every credential in `env` is redacted.
 */
export async function runLiveContract(
  env: Env,
  providers: readonly ContractProvider[] = CONTRACT_PROVIDERS,
): Promise<{ reports: ProviderReport[]; summary: string; ok: boolean }> {
  const reports: ProviderReport[] = [];
  for (const provider of providers) {
    if (typeof provider !== "string" || !isContractProvider(provider)) {
      reports.push(unknownProviderReport(provider));
      continue;
    }
    const target = targetFromEnv(provider, env);
    if (!target) {
      const missing = missingVariables(provider, env);
      reports.push({
        provider,
        status: "skipped",
        reason: `set ${missing.join(", ")}`,
        requests: 0,
        sessions: 0,
        violations: [],
        drift: [],
      });
      continue;
    }
    reports.push(await runContract(target));
  }
  // Each report is redacted with its own target's credentials; every credential in env, once more.
  const secrets = credentialValues(env);
  const redacted = reports.map((report) => redact(report, secrets) as ProviderReport);
  const ok = redacted.every((r) => r.status !== "failed");
  const ran = redacted.filter((r) => r.status !== "skipped").length;
  const failed = redacted.filter((r) => r.status === "failed").length;
  const summary = `${formatReports(redacted)}\n\n${ran} checked, ${redacted.length - ran} skipped, ${failed} failed`;
  return { reports: redacted, summary: redactString(summary, secrets), ok };
}
