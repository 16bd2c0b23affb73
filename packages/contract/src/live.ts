import { type Env, missingVariables, targetFromEnv } from "./env.js";
import { formatReports, type ProviderReport, runContract } from "./runner.js";
import { CONTRACT_PROVIDERS, type ContractProvider } from "./specs.js";

/**
 * Runs the contract checks against every provider whose credentials are in `env`; the others are
 * reported as skipped, never as passed. Resolves to the reports and the text summary.
 */
export async function runLiveContract(
  env: Env,
  providers: readonly ContractProvider[] = CONTRACT_PROVIDERS,
): Promise<{ reports: ProviderReport[]; summary: string; ok: boolean }> {
  const reports: ProviderReport[] = [];
  for (const provider of providers) {
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
  const ok = reports.every((r) => r.status !== "failed");
  const ran = reports.filter((r) => r.status !== "skipped").length;
  const summary = `${formatReports(reports)}\n\n${ran} checked, ${reports.length - ran} skipped, ${reports.filter((r) => r.status === "failed").length} failed`;
  return { reports, summary, ok };
}
