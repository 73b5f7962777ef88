/**
 * `node:util` parseArgs reads `--half-life -1` as an option followed by another option and fails with
 * "argument is ambiguous", which tells the user nothing about days. A value that is a negative number
 * is glued to its option (`--half-life=-1`), so the option's own range check answers it
 * ("--half-life must be a number of days greater than 0, got "-1"").
 *
 * @example gluedNegativeValues(['--half-life', '-1', 'a.csv'], ['half-life']) // ['--half-life=-1', 'a.csv']
 * @example gluedNegativeValues(['--half-life', '-v'], ['half-life']) // unchanged: -v is not a number
 */
export function gluedNegativeValues(argv: readonly string[], valueOptions: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (valueOptions.some((o) => arg === `--${o}`) && next !== undefined && /^-[0-9.]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}
