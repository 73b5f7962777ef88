/**
 * functions.json comes from the JSDoc through webpack and custom-functions-metadata-plugin, as
 * scripts/build.js and scripts/package.js run it; a JSDoc the generator cannot map fails the build
 * (the metadata CLI alone would exit 0 and write nothing).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compile } = require('../../scripts/compile') as {
  compile(options: { mode: 'development'; outDir: string; only: string[]; typeCheck: boolean; functionsFile?: string }): Promise<unknown>;
};

jest.setTimeout(60_000);

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
  result: { dimensionality?: string };
}

let outDir: string;
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'gtm-excel-metadata-'));
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('functions.json from the real functions.ts', () => {
  let functions: FunctionMetadata[];
  beforeAll(async () => {
    await compile({ mode: 'development', outDir, only: ['functions'], typeCheck: false });
    functions = (JSON.parse(readFileSync(join(outDir, 'functions.json'), 'utf8')) as { functions: FunctionMetadata[] }).functions;
  });

  it('declares the six functions Excel shows as GTM.*', () => {
    expect(functions.map((f) => f.id)).toEqual(['ATTRIBUTE', 'OLSCS', 'DECAY', 'RISKSCORE', 'RISKRATING', 'NEXTREVIEW']);
  });

  it('gives every function and every parameter a description an Excel user sees', () => {
    const missing = functions.flatMap((f) => [
      ...(f.description ? [] : [f.id]),
      ...f.parameters.filter((p) => !p.description).map((p) => `${f.id}(${p.name})`),
    ]);
    expect(missing).toEqual([]);
  });

  it('documents every result with @returns in the JSDoc (Excel shows it in the function help)', () => {
    const source = readFileSync(join(__dirname, 'functions.ts'), 'utf8');
    expect(source.match(/@customfunction/g)).toHaveLength(6);
    expect(source.match(/@returns \S/g)).toHaveLength(6);
  });

  it('takes ATTRIBUTE(touchpoints, [model], [half_life], [lookback]) and spills a matrix', () => {
    const attribute = functions.find((f) => f.id === 'ATTRIBUTE');
    expect(attribute?.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))).toEqual(['touchpoints', '[model]', '[half_life]', '[lookback]']);
    expect(attribute?.parameters[0]?.dimensionality).toBe('matrix');
    expect(attribute?.result.dimensionality).toBe('matrix');
  });

  it('appends a CustomFunctions.associate call per function to the bundle', () => {
    const bundle = readFileSync(join(outDir, 'functions.js'), 'utf8');
    expect(bundle.match(/CustomFunctions\.associate\("[A-Z]+"/g)).toHaveLength(6);
  });
});

it("fails the build on a JSDoc the generator cannot map, naming the file, line 6 and the type's column 27 (0-based)", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gtm-excel-bad-jsdoc-'));
  const bad = join(dir, 'bad-functions.ts');
  writeFileSync(
    bad,
    [
      '/**',
      ' * A union matrix has no Excel type.',
      ' * @customfunction',
      ' * @param cells Some cells.',
      ' */',
      'export function bad(cells: (string | number)[][]): number {',
      '  return cells.length;',
      '}',
      '',
    ].join('\n'),
  );
  try {
    await expect(compile({ mode: 'development', outDir: join(dir, 'out'), only: ['functions'], typeCheck: false, functionsFile: bad })).rejects.toThrow(
      `${bad} Type doesn't match mappings (6,27)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
