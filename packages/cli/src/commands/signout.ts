import { parseArgs } from "node:util";
import { EXIT, UsageError } from "../exit-codes.js";
import type { CommandIo } from "../io.js";
import { concurrencyOf, REVOKING_OPTIONS, revokingFlags } from "../revoke/options.js";
import { credentialsIn, personTargets, readPerson } from "../revoke/person-file.js";
import { runRevoking } from "../revoke/run.js";
import { signOutJob } from "../revoke/sign-out.js";
import { SIGNOUT_HELP } from "../revoke/signout-help.js";
import { printable } from "../text/printable.js";

export { SIGNOUT_HELP };

/** `idp-sessions signout --person <file>`: every session of one person at every provider the file names. */
export async function signoutCommand(args: string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { person: { type: "string" }, concurrency: { type: "string" }, ...REVOKING_OPTIONS },
    strict: true,
  });
  if (values.help) {
    io.stdout.write(`${SIGNOUT_HELP}\n`);
    return EXIT.ok;
  }
  if (!values.person) throw new UsageError("--person <file.json> is required");
  const common = revokingFlags(values);
  const concurrency = concurrencyOf(values.concurrency);
  const person = await readPerson(values.person);
  const targets = personTargets(person, io.env, values.person);
  const credentials = credentialsIn(person);
  if (credentials.length > 0) {
    io.stderr.write(
      `idp-sessions signout: note: ${printable(values.person)} holds credentials (${credentials.join(", ")}); prefer the environment\n`,
    );
  }
  const job = signOutJob(targets, { verify: common.verify, concurrency, signal });
  return runRevoking(job, { ...common, command: "signout", signal, title: person.name }, io);
}
