/** Splits a command line as sh does for the simple lines the demo prints: spaces, single quotes, `\` newlines. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quoted = false;
  for (const char of line.replace(/ \\\n\s*/g, " ")) {
    if (char === "'") {
      quoted = !quoted;
      word ??= "";
    } else if (char === " " && !quoted) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? "") + char;
  }
  if (quoted) throw new Error(`unterminated quote in: ${line}`);
  if (word !== undefined) words.push(word);
  return words;
}
