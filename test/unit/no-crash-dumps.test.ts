import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A minidump is a copy of a process's memory: one taken while a password is being checked would
// hold it. Electron writes minidumps only once crashReporter.start() has been called
// (https://www.electronjs.org/docs/latest/tutorial/crash-reporting), so Hygie never calls it.
const ELECTRON_DIR = resolve(import.meta.dirname, '../../electron');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.(ts|tsx|mjs|cjs|js)$/u.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('crash output', () => {
  it('never starts Electron\'s crash reporter, so no minidump can hold a password under test', () => {
    const files = sources(ELECTRON_DIR);
    expect(files.length).toBeGreaterThan(50);
    const starting = files.filter((file) => /crashReporter/u.test(readFileSync(file, 'utf8')));
    expect(starting).toEqual([]);
  });
});
