import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function depcruise(cwd: string, outputType: 'err' | 'json') {
  return spawnSync(
    process.execPath,
    [DEPCRUISE, 'electron', 'renderer', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', outputType],
    // The JSON report outgrew spawnSync's default 1 MiB buffer (it is cut short, and unparsable).
    { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
}

/** The exit status CI sees (the `err` reporter) and the violations in detail (the `json` one). */
function cruise(cwd: string): { status: number | null; violations: Violation[] } {
  const report = JSON.parse(depcruise(cwd, 'json').stdout) as { summary: { violations: Violation[] } };
  return { status: depcruise(cwd, 'err').status, violations: report.summary.violations };
}

// Not a speed figure (those live in bench/): only long enough for a busy machine.
const CRUISE_TIMEOUT_MS = 120_000;

describe('layering rules (docs/architecture.md: a folder tells its environment)', () => {
  const sandbox = mkdtempSync(join(tmpdir(), 'hygie-layers-'));
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

  it('the real tree keeps every rule', () => {
    const { status, violations } = cruise(ROOT);
    expect(violations).toEqual([]);
    expect(status).toBe(0);
    // dependency-cruiser over the whole tree: seconds alone, much longer on a loaded shared machine.
  }, CRUISE_TIMEOUT_MS);

  it('fails, naming the rule, when a file crosses a boundary', () => {
    // A copy of the real tree plus one offending file per rule.
    for (const folder of ['electron', 'renderer']) cpSync(join(ROOT, folder), join(sandbox, folder), { recursive: true });
    cpSync(join(ROOT, 'tsconfig.json'), join(sandbox, 'tsconfig.json'));
    // A junction: Windows makes one without Developer Mode or administrator rights (a 'dir'
    // symlink needs either); elsewhere the type is ignored and a symlink is made.
    symlinkSync(join(ROOT, 'node_modules'), join(sandbox, 'node_modules'), 'junction');
    const offenders: Record<string, string> = {
      'electron/core/uses-electron.ts': "import { app } from 'electron';\nexport const name = app.getName();\n",
      'renderer/widget.ts': "export const widget = 1;\n",
      'electron/main/uses-renderer.ts': "import { widget } from '../../renderer/widget.ts';\nexport const w = widget;\n",
      'electron/preload/uses-core.ts': "import { createRouter } from '../core/api/router.ts';\nexport const r = createRouter;\n",
      'electron/preload/uses-package.ts': "import { z } from 'zod';\nexport const s = z.string();\n",
      'renderer/uses-fs.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'renderer/uses-electron.ts': "import { ipcRenderer } from 'electron';\nexport const ipc = ipcRenderer;\n",
      'renderer/uses-core-code.ts': "import { contract } from '../electron/core/api/contract.ts';\nexport const c = contract;\n",
      'renderer/uses-dictionaries.ts': "import { dictionary } from '@zxcvbn-ts/language-fr';\nexport const d = dictionary;\n",
      'renderer/uses-contract-types.ts': "import type { Contract } from '../electron/core/api/contract.ts';\nexport type C = Contract;\n",
      'renderer/uses-model.ts': "import { STAFF_ROLES } from '../electron/core/model/schemas/staff.ts';\nexport const roles = STAFF_ROLES;\n",
      'renderer/uses-channels.ts': "import { CALL_NAMES } from '../electron/core/api/channels.ts';\nexport const names = CALL_NAMES;\n",
      'renderer/uses-router.ts': "import { createRouter } from '../electron/core/api/router.ts';\nexport const r = createRouter;\n",
      'electron/core/model/uses-fs.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'electron/core/model/uses-domain.ts': "import { RateLimiter } from '../breach/rate-limiter.ts';\nexport const r = RateLimiter;\n",
      'electron/core/text/uses-model.ts': "import { ERROR_CODES } from '../model/error-messages.ts';\nexport const codes = ERROR_CODES;\n",
      'electron/core/text/uses-zod.ts': "import { z } from 'zod';\nexport const s = z.string();\n",
      'electron/core/breach/uses-api.ts': "import { createRouter } from '../api/router.ts';\nexport const r = createRouter;\n",
      'electron/core/store/uses-domain.ts': "import { RateLimiter } from '../breach/rate-limiter.ts';\nexport const r = RateLimiter;\n",
      // The real file with one import added.
      'electron/core/api/channels.ts': `import { z } from 'zod';\nexport const anything = z.string();\n${readFileSync(join(ROOT, 'electron/core/api/channels.ts'), 'utf8')}`,
      'electron/core/jobs/cycle-a.ts': "import { b } from './cycle-b.ts';\nexport const a = () => b;\n",
      'electron/core/jobs/cycle-b.ts': "import { a } from './cycle-a.ts';\nexport const b = () => a;\n",
    };
    for (const [path, source] of Object.entries(offenders)) {
      mkdirSync(dirname(join(sandbox, path)), { recursive: true });
      writeFileSync(join(sandbox, path), source);
    }

    const { status, violations } = cruise(sandbox);
    const found = violations.map((v) => `${v.rule.name} ${v.from}`);
    expect(status).not.toBe(0);
    expect(found).toEqual(
      expect.arrayContaining([
        'core-no-electron electron/core/uses-electron.ts',
        'node-side-no-renderer electron/main/uses-renderer.ts',
        'preload-only-channels electron/preload/uses-core.ts',
        'preload-no-packages electron/preload/uses-package.ts',
        'channels-is-plain electron/core/api/channels.ts',
        'renderer-no-node-builtins renderer/uses-fs.ts',
        'renderer-no-electron renderer/uses-electron.ts',
        'renderer-types-only-from-electron renderer/uses-core-code.ts',
        'renderer-types-only-from-electron renderer/uses-router.ts',
        'renderer-no-password-dictionaries renderer/uses-dictionaries.ts',
        'model-is-plain electron/core/model/uses-fs.ts',
        'model-is-plain electron/core/model/uses-domain.ts',
        'text-is-plain electron/core/text/uses-model.ts',
        'text-is-plain electron/core/text/uses-zod.ts',
        'domain-no-api electron/core/breach/uses-api.ts',
        'store-no-domain electron/core/store/uses-domain.ts',
        // A cycle is reported once, from the file the cruise meets first.
        'no-circular electron/core/jobs/cycle-a.ts',
      ]),
    );
    // `import type` from the contract, the shared vocabulary of core/model and the call names of
    // channels.ts are the allowed ways for the UI to know its shapes, rules and calls.
    expect(
      found.filter((f) => ['renderer/uses-contract-types.ts', 'renderer/uses-model.ts', 'renderer/uses-channels.ts'].some((allowed) => f.endsWith(allowed))),
    ).toEqual([]);
  }, CRUISE_TIMEOUT_MS);
});
