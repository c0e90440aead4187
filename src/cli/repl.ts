// Placeholder until the interactive mode lands (another helper owns this file): the REPL's entry point,
// with the signature the command line calls. It runs in the current __main__ namespace.
export function runRepl(opts: { inspect: boolean; quiet: boolean }): Promise<number> {
  void opts;
  process.stderr.write('typhon: the interactive mode is not available yet\n');
  return Promise.resolve(0);
}
