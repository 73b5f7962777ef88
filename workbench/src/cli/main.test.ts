import { Readable } from 'node:stream';
import { main } from './main';

async function gtm(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from([]),
    stdinIsTty: true,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
  });
  return { code, stdout, stderr };
}

describe('gtm', () => {
  it('lists the commands with --help', async () => {
    const run = await gtm(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: gtm COMMAND/);
    expect(run.stdout).toMatch(/\n {2}attribute {2}credit channels/);
  });

  it('shows a command’s help with "help COMMAND"', async () => {
    expect((await gtm(['help', 'attribute'])).stdout).toMatch(/^Usage: gtm attribute/);
  });

  it('prints usage to stderr and exits 2 without a command', async () => {
    const run = await gtm([]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^Usage: gtm COMMAND/);
  });

  it('names an unknown command and the known ones', async () => {
    expect(await gtm(['atribute'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gtm: unknown command "atribute" (commands: attribute, import, provision)\n(see gtm --help)\n',
    });
  });

  it('prints the version', async () => {
    expect((await gtm(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
