// One size of a growth figure in a process of its own (growth-bench.ts starts it with
// --expose-gc): `node --expose-gc bench/growth-child.ts report|import SIZE RUNS` prints one line
// of JSON. A fresh process per size, so that a size's memory is not the one before it.
import { measureReport } from './report-bench.ts';
import { measureImport } from './store-bench.ts';

const [kind, size, runs] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 1)];
if (!globalThis.gc) throw new Error('growth-child.ts needs --expose-gc: its memory figures are read after a full GC');
if (kind === 'report') process.stdout.write(`${JSON.stringify(await measureReport(size, runs))}\n`);
else if (kind === 'import') process.stdout.write(`${JSON.stringify(await measureImport(size, runs))}\n`);
else throw new Error(`growth-child.ts: unknown figure ${kind}`);
