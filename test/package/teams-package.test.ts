/**
 * The built Teams package (`npm run package` first): manifest.json, color.png 192×192 and
 * outline.png 32×32 (white on transparent) at the root of teams-app/build/appPackage.zip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

const ZIP = join(__dirname, '..', '..', 'teams-app', 'build', 'appPackage.zip');

test('appPackage.zip holds a 1.30 manifest declaring MeetingStage.Write.Chat and the Live Share RSC permissions and icons of 192×192 and 32×32', async () => {
  const zip = await JSZip.loadAsync(readFileSync(ZIP));
  expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {
    manifestVersion: string;
    icons: Record<string, string>;
    authorization?: { permissions?: { resourceSpecific?: { name: string; type: string }[] } };
  };
  expect(manifest.manifestVersion).toBe('1.30');
  // Share to stage (meeting.shareAppContentToStage) needs this RSC permission in a scheduled meeting.
  // Live Share's joinContainer needs LiveShareSession.ReadWrite.Chat (meeting chats) / .Group (channel meetings).
  expect(manifest.authorization?.permissions?.resourceSpecific).toEqual([
    { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
    { name: 'LiveShareSession.ReadWrite.Chat', type: 'Delegated' },
    { name: 'LiveShareSession.ReadWrite.Group', type: 'Delegated' },
  ]);
  expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
  const outline = PNG.sync.read(await zip.file('outline.png')!.async('nodebuffer'));
  expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
  // Outline: every pixel is either transparent or opaque white.
  for (let i = 0; i < outline.data.length; i += 4) {
    const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
    expect(a === 0 || (r === 255 && g === 255 && b === 255 && a === 255)).toBe(true);
  }
});

test('every page the packaged manifest links is a file of teams-app/build/web, the folder to host at the base URL', async () => {
  const zip = await JSZip.loadAsync(readFileSync(ZIP));
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {
    developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
    configurableTabs: { configurationUrl: string }[];
  };
  const base = manifest.developer.websiteUrl;
  const linked = [manifest.developer.privacyUrl, manifest.developer.termsOfUseUrl, ...manifest.configurableTabs.map((t) => t.configurationUrl)];
  const files = linked.map((url) => {
    expect(url.startsWith(base)).toBe(true);
    return new URL(url).pathname.slice(new URL(base).pathname.length);
  });
  expect(files).toEqual(['privacy.html', 'terms.html', 'config.html']);
  for (const file of [...files, 'index.html']) expect(existsSync(join(__dirname, '..', '..', 'teams-app', 'build', 'web', file))).toBe(true);
});

test('the pages load their chunks from build/web itself: every import and modulepreload of every page is a file there, none from another origin', () => {
  const web = join(__dirname, '..', '..', 'teams-app', 'build', 'web');
  const seen = new Set<string>();
  // Static `from"./x.js"`, dynamic `import("./chunks/x.js")` and the pages' <script src> / <link href>.
  const references = (text: string): string[] =>
    [...text.matchAll(/(?:from\s*|import\s*\(\s*|src=|href=)["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const ref of references(readFileSync(join(web, file), 'utf8'))) {
      // A chunk on another host would need that host in the CSP and the manifest's validDomains.
      expect(ref).toMatch(/^\.{0,2}\/?[\w./-]+$/);
      const target = join(dirname(join(web, file)), ref);
      expect(existsSync(target)).toBe(true);
      visit(relative(web, target));
    }
  };
  for (const page of ['index.html', 'config.html']) visit(page);
  const chunks = [...seen].filter((f) => f.startsWith('chunks/'));
  // The pages' views, connecting and the capture forms are all reached, and so is MSAL (sign-in inside Teams).
  for (const name of ['review-page', 'config-page', 'connect-host', 'CaptureForms']) expect(chunks.some((f) => f.startsWith(`chunks/${name}-`))).toBe(true);
  expect(chunks.some((f) => readFileSync(join(web, f), 'utf8').includes('msal.broadcast'))).toBe(true);
});

test('each page runs at most 400 KB of script (minified) before its first draw: its entry and the chunks that imports statically (issue 16)', () => {
  const root = join(__dirname, '..', '..');
  const over: string[] = [];
  for (const page of ['index', 'config']) {
    const meta = JSON.parse(readFileSync(join(root, 'teams-app', 'build', 'meta', `${page}.json`), 'utf8')) as {
      outputs: Record<string, { bytes: number; imports: { path: string; kind: string }[] }>;
    };
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file) || !meta.outputs[file]) return;
      seen.add(file);
      for (const imported of meta.outputs[file]!.imports) if (imported.kind === 'import-statement') visit(imported.path);
    };
    visit(`teams-app/build/web/${page}.js`);
    expect(seen.size).toBeGreaterThan(0);
    const bytes = [...seen].reduce((sum, file) => sum + meta.outputs[file]!.bytes, 0);
    if (bytes > 400 * 1024) over.push(`${page}.html: ${(bytes / 1024).toFixed(1)} KB in ${seen.size} files`);
  }
  expect(over).toEqual([]);
});
