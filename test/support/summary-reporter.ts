import type { Reporter, TestModule } from 'vitest/node';

// Vitest's own summary comes first; this adds the plain closing line CI machines read
// ("Tests: N passed, N failed, N skipped") and says why each skipped test was skipped.
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const notes: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') passed += 1;
        else if (result.state === 'failed') failed += 1;
        else if (result.state === 'skipped') {
          skipped += 1;
          notes.push(`  skipped: ${test.fullName}${result.note ? ` (${result.note})` : ''}`);
        }
      }
      if (module.state() === 'failed' && ![...module.children.allTests()].length) failed += 1;
    }
    if (notes.length) process.stdout.write(`\n${notes.join('\n')}\n`);
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
