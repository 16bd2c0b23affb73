import { readFileSync } from "node:fs";
import ts from "typescript";

/** One TypeScript diagnostic: where (file, 1-based line and column, when it has a place) and what. */
export interface Problem {
  file: string | undefined;
  line: number;
  column: number;
  code: number;
  message: string;
}

/**
 * Type-checks one module at a time with the compiler options of a tsconfig file, each module in its own
 * program (so that nothing one declares, such as a module augmentation, is seen by another). Library
 * files are parsed once and shared between programs.
 */
export function moduleChecker(tsconfigPath: string): (file: string) => Problem[] {
  const json: unknown = ts.parseConfigFileTextToJson(tsconfigPath, readFileSync(tsconfigPath, "utf8")).config;
  const raw = json !== null && typeof json === "object" && "compilerOptions" in json ? json.compilerOptions : {};
  const converted = ts.convertCompilerOptionsFromJson(raw, tsconfigPath.replace(/[/\\][^/\\]*$/, ""), tsconfigPath);
  if (converted.errors.length > 0) throw new Error(converted.errors.map((d) => problemOf(d).message).join("\n"));
  const options = converted.options;
  const host = ts.createCompilerHost(options, true);
  const read = host.getSourceFile.bind(host);
  const shared = new Map<string, ts.SourceFile>();
  return (file) => {
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      if (fileName === file) return read(fileName, languageVersion, onError, shouldCreate);
      let source = shared.get(fileName);
      if (!source) {
        source = read(fileName, languageVersion, onError, shouldCreate);
        if (source) shared.set(fileName, source);
      }
      return source;
    };
    const program = ts.createProgram({ rootNames: [file], options, host });
    return ts.getPreEmitDiagnostics(program).map(problemOf);
  };
}

function problemOf(diagnostic: ts.Diagnostic): Problem {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (!diagnostic.file || diagnostic.start === undefined) {
    return { file: undefined, line: 0, column: 0, code: diagnostic.code, message };
  }
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return { file: diagnostic.file.fileName, line: line + 1, column: character + 1, code: diagnostic.code, message };
}
