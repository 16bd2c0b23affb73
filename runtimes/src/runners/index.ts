import { runners as bun } from "./bun.js";
import { runners as chromium } from "./chromium.js";
import { runners as deno } from "./deno.js";
import { runners as node } from "./node.js";
import type { Runner } from "./runner.js";
import { runners as workerd } from "./workerd.js";

/** Every runtime of the matrix; a new runtime is one more file in this folder and one more line here. */
export const RUNNERS: Runner[] = [...node, ...bun, ...deno, ...workerd, ...chromium];
