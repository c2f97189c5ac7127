import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { baseEnv } from '../support/cli-child.ts';

// The core runs under Node's own type stripping, with no transform and no flag beyond those
// bin/hygie.mjs passes (none from Node 22.18, --experimental-strip-types before): any syntax Node
// cannot strip (a parameter property, an enum, a namespace, an import without its .ts) stops it.
// tsconfig's erasableSyntaxOnly catches most of it at typecheck; these runs catch the rest.

const ROOT = resolve(import.meta.dirname, '../..');
const STRIP_FLAGS = process.features.typescript ? [] : ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];

async function node(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...STRIP_FLAGS, ...args], { cwd: ROOT, env: baseEnv() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

describe("the core under Node's type stripping", () => {
  it('loads electron/core/api/core.ts as `node -e "import(…)"` does', async () => {
    const run = await node(['-e', "import('./electron/core/api/core.ts')"]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('loads every file under electron/core and electron/cli', async () => {
    const files = [...typeScriptFiles('electron/core'), ...typeScriptFiles('electron/cli')];
    expect(files.length).toBeGreaterThan(100);
    // One child for all of them; it prints the files it could not load, with Node's reason.
    const script = `
      const failed = [];
      for (const file of ${JSON.stringify(files)}) {
        try { await import('./' + file); } catch (error) { failed.push(file + ': ' + String(error?.message ?? error).split('\\n')[0]); }
      }
      console.log(JSON.stringify(failed));`;
    const run = await node(['--input-type=module', '-e', script]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
  }, 60_000);
});
