import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The dependency direction of ARCHITECTURE.md is enforced by ESLint; these tests prove the rules
 * bite by linting small snippets as if they lived at a given path.
 */
const root = path.resolve(__dirname, '../..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');

function lintAs(filePath: string, code: string): { errors: number; output: string } {
  const run = spawnSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const results = JSON.parse(run.stdout) as Array<{ errorCount: number; messages: Array<{ message: string }> }>;
  const first = results[0];
  return { errors: first?.errorCount ?? 0, output: (first?.messages ?? []).map((m) => m.message).join('\n') };
}

describe('the dependency rules', () => {
  it('let the domain import zod and its own files', () => {
    const result = lintAs(
      'shared/src/domain/attribution/example.ts',
      "import { z } from 'zod';\nimport { UNATTRIBUTED } from './types';\nexport const s = z.string().default(UNATTRIBUTED);\n",
    );
    expect(result).toEqual({ errors: 0, output: '' });
  });

  it('stop the domain importing node modules or PnPjs', () => {
    const result = lintAs(
      'shared/src/domain/attribution/example.ts',
      "import fs from 'node:fs';\nimport { spfi } from '@pnp/sp';\nexport const x = [fs, spfi];\n",
    );
    expect(result.errors).toBe(2);
    expect(result.output).toContain('imports zod only');
  });

  it('stop the domain reaching into the SharePoint layer', () => {
    const result = lintAs('shared/src/domain/attribution/example.ts', "export * from '../../index';\n");
    expect(result.errors).toBe(1);
    expect(result.output).toContain('The domain imports nothing from the rest of @gtm/shared');
  });

  it('stop the domain reading the clock', () => {
    const result = lintAs('shared/src/domain/attribution/example.ts', 'export const t = Date.now() + new Date().getTime();\n');
    expect(result.errors).toBe(2);
    expect(result.output).toContain('Pass `now` in');
  });

  it('stop @gtm/shared importing React', () => {
    const result = lintAs('shared/src/sharepoint/example.ts', "import React from 'react';\nexport const r = React;\n");
    expect(result.errors).toBe(1);
  });

  it('keep teams-js inside teams-app/src/host', () => {
    const code = "import { app } from '@microsoft/teams-js';\nexport const a = app;\n";
    expect(lintAs('teams-app/src/review/Agenda.ts', code).errors).toBe(1);
    expect(lintAs('teams-app/src/host/init.ts', code).errors).toBe(0);
  });
});
