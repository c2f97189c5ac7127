// Regenerates docs/report-schema.json from the report model (electron/core/model/schemas/report.ts):
//   node scripts/write-report-schema.ts
// test/unit/report-render.test.ts fails while the file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportJsonSchemaText } from '../electron/core/report/report-json.ts';

const REPORT_SCHEMA_PATH = join(import.meta.dirname, '..', 'docs', 'report-schema.json');

writeFileSync(REPORT_SCHEMA_PATH, reportJsonSchemaText());
process.stdout.write(`Wrote ${REPORT_SCHEMA_PATH}\n`);
