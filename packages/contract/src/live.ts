import { redact, redactString } from "@idp-sessions/core/internal";
import { credentialValues, ENV_VARIABLES, type Env, emptyVariables, missingVariables } from "./env.js";
import { reportDocument } from "./report/build.js";
import type { ContractReportDocument } from "./report/document.js";
import { renderText } from "./report/text.js";
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
  /**
   * Providers that must be checked: one of them skipped (its variables missing or empty) makes `ok` false
   * and is named in `document.summary.requiredSkipped`. Default none.
   */
  require?: readonly ContractProvider[] | undefined;
}

export interface LiveResult {
  reports: ProviderReport[];
  /** The text summary (`formatReports`, then the counts, then any required provider skipped). */
  summary: string;
  /** No provider failed and no required provider was skipped. */
  ok: boolean;
  /** The versioned report every `--format` is rendered from. */
  document: ContractReportDocument;
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
): Promise<LiveResult> {
  const destructive = options.destructive === true;
  const reports: ProviderReport[] = [];
  for (const provider of providers) {
    if (typeof provider !== "string" || !isContractProvider(provider)) {
      reports.push(unknownProviderReport(provider));
      continue;
    }
    const target = targetFromEnv(provider, env);
    const testUser = ENV_VARIABLES[provider].destructiveUser;
    if (!target) reports.push(noRunReport(provider, "skipped", skipReason(provider, env)));
    else if (destructive && !target.destructive) reports.push(noRunReport(provider, "failed", refusal(testUser)));
    else reports.push(await runContract(target, { destructive }));
  }
  // Each report is redacted with its own target's credentials; every credential in env, once more.
  const secrets = credentialValues(env);
  const redacted = reports.map((report) => redact(report, secrets) as ProviderReport);
  const document = reportDocument(redacted, { destructive, required: options.require ?? [] });
  return { reports: redacted, summary: redactString(renderText(document), secrets), ok: document.ok, document };
}

/** `set AUTH0_TOKEN, AUTH0_USER_ID`, and which of them are set but empty (an empty CI secret). */
function skipReason(provider: ContractProvider, env: Env): string {
  const empty = emptyVariables(provider, env);
  const missing = `set ${missingVariables(provider, env).join(", ")}`;
  return empty.length === 0 ? missing : `${missing} (empty: ${empty.join(", ")})`;
}

const refusal = (variable: string) =>
  `destructive checks need ${variable}, a dedicated test user one of whose sessions is revoked; nothing was sent`;
