import { parseArgs } from "node:util";
import { revokeUserSessionsAt } from "@idp-sessions/signout";
import { EXIT, UsageError } from "../exit-codes.js";
import type { CommandIo } from "../io.js";
import { PROVIDER_OPTIONS, providerFlags } from "../providers/flags.js";
import { resolveSettings } from "../providers/resolve.js";
import { REVOKE_HELP } from "../revoke/help.js";
import { checkMethod } from "../revoke/methods.js";
import { revokeOneSession } from "../revoke/one-session.js";
import { concurrencyOf, REVOKING_OPTIONS, revokingFlags } from "../revoke/options.js";
import { type Job, runRevoking } from "../revoke/run.js";
import { targetFor } from "../revoke/target.js";

export { REVOKE_HELP };

/** `idp-sessions revoke`: one user's sessions at one provider, or one of them (--session). */
export async function revokeCommand(args: string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      session: { type: "string" },
      method: { type: "string" },
      concurrency: { type: "string" },
      ...REVOKING_OPTIONS,
      ...PROVIDER_OPTIONS,
    },
    strict: true,
  });
  if (values.help) {
    io.stdout.write(`${REVOKE_HELP}\n`);
    return EXIT.ok;
  }
  const { provider, flags } = providerFlags(values);
  const sessionId = values.session;
  if (sessionId === "") throw new UsageError("--session is empty");
  const oneSession = sessionId !== undefined;
  if (oneSession && values.concurrency !== undefined)
    throw new UsageError("--concurrency applies only without --session");
  const method = checkMethod(provider, values.method, { oneSession });
  const concurrency = concurrencyOf(values.concurrency);
  const common = revokingFlags(values);
  const target = targetFor(resolveSettings(provider, flags, io.env), method);

  const job: Job = async (dryRun) => {
    try {
      const options = { dryRun, verify: common.verify, signal };
      const report = oneSession
        ? await revokeOneSession(target, sessionId, options)
        : await revokeUserSessionsAt(target.identity, { ...options, concurrency });
      return [{ provider, user: target.user, method: report.method, report, error: null }];
    } catch (error) {
      throw target.explain(error);
    }
  };
  return runRevoking(job, { ...common, command: "revoke", signal }, io);
}
