/**
 * An example's entry bundled into one ESM file, as src/bundle.ts bundles the matrix program: esbuild's
 * `neutral` platform resolves no Node built-in, so an example that imports one fails here.
 */
import { join } from "node:path";
import { build } from "esbuild";
import { BUNDLE_OPTIONS, PACKAGE_DIR } from "../bundle.js";

/** The repository's examples/ folder. */
export const EXAMPLES_DIR = join(PACKAGE_DIR, "..", "examples");

/**
 * Bundles `examples/<example>/<entry>` to `outfile` (the example's own node_modules resolve its imports).
 * `node`: for a Node program, whose `node:` imports stay imports.
 */
export async function bundleExample(
  example: string,
  entry: string,
  outfile: string,
  platform: "neutral" | "node" = "neutral",
): Promise<string> {
  await build({ ...BUNDLE_OPTIONS, entryPoints: [join(EXAMPLES_DIR, example, entry)], outfile, platform });
  return outfile;
}
