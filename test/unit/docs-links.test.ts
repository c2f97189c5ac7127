import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The documentation lives in the repository and stays whole: every relative link in the README and
// the docs reaches a file of the repository (and a heading of it, when it names one), no comment or
// doc points outside the repository, and the README stays a front door (docs/development.md).

const ROOT = resolve(import.meta.dirname, '../..');
const README_MAX_BYTES = 12_000;
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'out', 'dist', 'test-artefacts']);

/** Every file under `dir` (relative to the root), skipping build output and dependencies. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** The documents whose links must resolve: the README, docs/, and every folder's README. */
function documents(): string[] {
  return filesUnder('').filter((path) => path === 'README.md' || /^docs\/[^/]+\.md$/u.test(path) || /(^|\/)README\.md$/u.test(path));
}

/** Markdown without fenced blocks and code spans, where a `[x](y)` is only an example. */
function proseOf(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gmu, '').replace(/`[^`\n]*`/gu, '');
}

/** Link targets of inline links and images, as written. */
function linkTargets(markdown: string): string[] {
  return [...proseOf(markdown).matchAll(/!?\[(?:[^\]]|\][^(])*?\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/gu)].map((match) => match[1]!);
}

/** GitHub's anchor for a heading: lower case, punctuation and symbols dropped, spaces to hyphens. */
function slugOf(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /gu, '-');
}

/** Every anchor a document offers, numbered as GitHub numbers repeated headings. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gmu, '');
  for (const match of withoutFences.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gmu)) {
    const slug = slugOf(match[1]!);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** What is wrong with one link of `from` (a path relative to the root), or null. */
function linkProblem(from: string, target: string, root: string = ROOT): string | null {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(target)) return null; // https:, mailto: — outside links are not files
  const hash = target.indexOf('#');
  const pathPart = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
  const anchor = hash === -1 ? null : decodeURIComponent(target.slice(hash + 1));
  const file = pathPart === '' ? join(root, from) : resolve(root, dirname(from), pathPart);
  const inside = relative(root, file);
  if (inside.startsWith(`..${sep}`) || inside === '..' || resolve(inside) === inside) return `${target}: outside the repository`;
  if (!existsSync(file)) return `${target}: no such file`;
  if (anchor === null || anchor === '') return null;
  if (statSync(file).isDirectory() || !file.endsWith('.md')) return `${target}: an anchor into a file that has no headings`;
  return anchorsOf(readFileSync(file, 'utf8')).has(anchor) ? null : `${target}: no heading "${anchor}" there`;
}

/** Places that point outside the repository: the design notes and references kept beside it. */
const OUTSIDE_POINTERS = new RegExp(
  ['\\.\\./shared', 'shared/DESIGN', 'shared/reference', 'DESIGN\\.md', 'STYLE\\.md', '(?<![\\w/-])reference/(?:hibp|incidents|policies)\\.md'].join('|'),
  'u',
);
const THIS_FILE = relative(ROOT, import.meta.filename).split(sep).join('/');

describe('the documentation', () => {
  it('keeps the README a front door: at most 12 KB', () => {
    const size = statSync(join(ROOT, 'README.md')).size;
    expect(size, `README.md is ${size} bytes: move the detail to docs/ and link to it`).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('has every relative link of the README and docs/ resolve to a file, and a heading, inside the repository', () => {
    const docs = documents();
    expect(docs).toEqual(expect.arrayContaining(['README.md', 'docs/architecture.md', 'docs/privacy-and-data.md', 'bench/README.md']));
    const problems = docs.flatMap((doc) =>
      linkTargets(readFileSync(join(ROOT, doc), 'utf8')).flatMap((target) => {
        const problem = linkProblem(doc, target);
        return problem ? [`${doc}: ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('links the README to every document in docs/', () => {
    const readme = linkTargets(readFileSync(join(ROOT, 'README.md'), 'utf8')).map((target) => target.split('#')[0]);
    const docs = readdirSync(join(ROOT, 'docs')).filter((name) => /\.(md|json)$/u.test(name));
    expect(docs.filter((name) => !readme.includes(`docs/${name}`))).toEqual([]);
  });

  it('has no comment or document pointing outside the repository', () => {
    const offenders = filesUnder('')
      .filter((path) => path !== THIS_FILE && /\.(ts|tsx|mts|cts|js|mjs|cjs|md|json|sh|html|css)$|^\.ci\//u.test(path))
      .flatMap((path) =>
        readFileSync(join(ROOT, path), 'utf8')
          .split('\n')
          .flatMap((line, index) => (OUTSIDE_POINTERS.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });
});

describe('the link check itself', () => {
  const sample = [
    '# Le score / The score',
    '## Français',
    '### La note',
    '## English',
    '### The score',
    '### The score',
    '## `GET /subscription/status` — what a key\'s plan includes',
    '```',
    '[not a link](nowhere.md)',
    '```',
    'See [a](docs/score.md#english), `[code](x.md)`, ![img](docs/screenshot-dashboard-fr.png) and <https://example.org>.',
  ].join('\n');

  it('reads links and images, not code', () => {
    expect(linkTargets(sample)).toEqual(['docs/score.md#english', 'docs/screenshot-dashboard-fr.png']);
  });

  it('makes anchors as GitHub does: accents kept, punctuation dropped, repeats numbered', () => {
    expect([...anchorsOf(sample)]).toEqual([
      'le-score--the-score',
      'français',
      'la-note',
      'english',
      'the-score',
      'the-score-1',
      'get-subscriptionstatus--what-a-keys-plan-includes',
    ]);
  });

  it('refuses a missing file, a missing heading and a path out of the repository', () => {
    expect(linkProblem('README.md', 'docs/no-such-doc.md')).toMatch(/no such file/u);
    expect(linkProblem('README.md', 'docs/score.md#no-such-heading')).toMatch(/no heading/u);
    expect(linkProblem('docs/architecture.md', '../../shared/DESIGN.md')).toMatch(/outside the repository/u);
    expect(linkProblem('README.md', '/etc/hosts')).toMatch(/outside the repository/u);
    expect(linkProblem('README.md', 'docs/score.md#english')).toBeNull();
    expect(linkProblem('docs/cli.md', 'https://haveibeenpwned.com/API/v3')).toBeNull();
  });

  it('recognises the pointers that lead outside the repository', () => {
    const pointer = (path: string) => OUTSIDE_POINTERS.test(`// see ${path}`);
    expect(['../shared/DESIGN.md', '/shared/reference/policies.md', 'reference/incidents.md', 'STYLE.md'].map(pointer)).toEqual([true, true, true, true]);
    expect(['docs/architecture.md', 'docs/references.md', 'electron/core/report/references.ts'].map(pointer)).toEqual([false, false, false]);
  });
});
