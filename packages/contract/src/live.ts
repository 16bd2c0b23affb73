import { redact, redactString } from "@idp-sessions/core/internal";
import { credentialValues, ENV_VARIABLES, type Env, missingVariables } from "./env.js";
import { formatReports } from "./format.js";
import { noRunReport, type ProviderReport, unknownProviderReport } from "./report.js";
import { runContract } from "./runner.js";
import { CONTRACT_PROVIDERS, type ContractProvider, isContractProvider } from "./specs.js";
import { targetFromEnv } from "./target.js";

export interface LiveOptions {
  /**
   * Also revoke ONE session of each provider's dedicated test user (`<PREFIX>_DESTRUCTIVE_<USER>`, e.g.
   * `AUTH0_DESTRUCTIVE_USER_ID`) and check the answer. A provider whose test user variable is unset is
   * refused (failed, nothing sent). Default false: only reads (the listing, the get of one session).
   */
  destructive?: boolean | undefined;
}

/**
 * Runs the contract checks against every provider whose credentials are in `env`; the others are
 * reported as skipped, never as passed; an unknown provider id is reported as failed. Resolves to the
 * reports and the text summary, from which every credential in `env` is redacted.
 */
export async function runLiveContract(
  env: Env,
  providers: readonly ContractProvider[] = CONTRACT_PROVIDERS,
  options: LiveOptions = {},
): Promise<{ reports: ProviderReport[]; summary: string; ok: boolean }> {
  const destructive = options.destructive === true;
  const reports: ProviderReport[] = [];
  for (const provider of providers) {
    if (typeof provider !== "string" || !isContractProvider(provider)) {
      reports.push(unknownProviderReport(provider));
      continue;
    }
    const target = targetFromEnv(provider, env);
    const testUser = ENV_VARIABLES[provider].destructiveUser;
    if (!target) reports.push(noRunReport(provider, "skipped", `set ${missingVariables(provider, env).join(", ")}`));
    else if (destructive && !target.destructive) reports.push(noRunReport(provider, "failed", refusal(testUser)));
    else reports.push(await runContract(target, { destructive }));
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

const refusal = (variable: string) =>
  `destructive checks need ${variable}, a dedicated test user one of whose sessions is revoked; nothing was sent`;
