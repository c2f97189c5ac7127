import { createHash } from 'node:crypto';
import { z } from 'zod';
import { REPORT_FORMAT, REPORT_SCHEMA_VERSION, ReportSchema, type Report } from '../model/schemas/report.ts';

// The JSON export is the reference copy of a report: the PDF prints the SHA-256 of these exact
// bytes, so they must come out the same every time for the same model (parse drops anything the
// schema does not know, the key order is the schema's, two-space indent, one final newline).

export function reportJsonBytes(report: Report): Buffer {
  return Buffer.from(`${JSON.stringify(ReportSchema.parse(report), null, 2)}\n`, 'utf8');
}

/** What `sha256sum` prints for the same bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The id docs/report-schema.json is published under: a URN, as the schema is not served anywhere. */
export const REPORT_SCHEMA_ID = `urn:hygie:${REPORT_FORMAT}:v${REPORT_SCHEMA_VERSION}`;

/**
 * docs/report-schema.json's exact text: the JSON Schema (draft 2020-12) of ReportSchema.
 * scripts/write-report-schema.ts writes it; a unit test fails when the file differs.
 */
export function reportJsonSchemaText(): string {
  const generated = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const document = {
    $schema,
    $id: REPORT_SCHEMA_ID,
    title: `Hygie compliance report (${REPORT_FORMAT}, schema version ${REPORT_SCHEMA_VERSION})`,
    description:
      'The JSON export of a Hygie compliance report. Generated from electron/core/api/schemas/report.ts; ' +
      'documented in docs/report-format.md. The PDF generated with it prints the SHA-256 of the file’s exact bytes.',
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
