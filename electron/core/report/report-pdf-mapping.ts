import type { Content, TableCell } from 'pdfmake';
import type { MappingItem, ReferenceId } from '../model/schemas/report.ts';
import { REPORT_SCHEMA_VERSION } from '../model/schemas/report.ts';
import { TEXTS } from '../text/messages.ts';
import { fill } from '../text/template.ts';
import { chip, dataTable, h1, head, keyValues, lead, MAPPING_COLOURS, muted, together, type Context } from './pdf-blocks.ts';
import { formatInstant } from './pdf-format.ts';

// Two sections of the report PDF that read its v3 data: the mapping to the French health texts
// (each requirement with its status as a chip and the evidence behind it, grouped by text), and
// the technical appendix for the IT provider (ids, versions, the breaches in HIBP's own words).

type Group = 'ans-identification' | 'ans-memento' | 'other';

function groupOf(reference: ReferenceId): Group {
  return reference === 'ans-identification' || reference === 'ans-memento' ? reference : 'other';
}

function mappingRow(item: MappingItem, ctx: Context, number: string): TableCell[] {
  const { t, language } = ctx;
  const words = TEXTS[language].compliance;
  return [
    { text: number, color: '#5a6475', fontSize: 8 },
    { text: item.requirement },
    chip(words.status[item.status], MAPPING_COLOURS[item.status]),
    { stack: [item.evidence, ...(item.findingRefs.length > 0 ? [muted(fill(t.mapping.findings, { refs: item.findingRefs.join(', ') }))] : [])] },
  ];
}

export function mappingSection(ctx: Context): Content[] {
  const { report, t } = ctx;
  if (report.mapping.length === 0) return [];
  const groups: Group[] = ['ans-identification', 'ans-memento', 'other'];
  return groups.flatMap((group, index) => {
    const items = report.mapping.filter((item) => groupOf(item.reference) === group);
    if (items.length === 0) return [];
    const title: Content = {
      stack: [...(index === 0 ? [h1(t.mapping.heading), lead(t.mapping.lead)] : []), { text: t.mapping.groups[group], style: 'h2', margin: [0, 6, 0, 2] }],
    };
    return [
      dataTable(
        [16, '*', 78, '*'],
        [head(''), head(t.mapping.requirement), head(t.mapping.status), head(t.mapping.evidence)],
        items.map((item, position) => mappingRow(item, ctx, group === 'ans-memento' ? String(position + 1) : '')),
        title,
      ),
    ];
  });
}

export function appendixSection(ctx: Context): Content[] {
  const { report, t, language } = ctx;
  const rows: [string, string][] = [
    [t.appendix.reportId, report.reportId],
    [t.appendix.generatedAt, formatInstant(report.generatedAt, language, true)],
    [t.appendix.hygieVersion, report.hygieVersion],
    [t.appendix.schema, `${report.format} v${REPORT_SCHEMA_VERSION}`],
    [t.appendix.formula, String(report.score.formulaVersion)],
  ];
  const breaches = new Map(report.people.flatMap((person) => person.accounts.flatMap((account) => account.breach?.breaches ?? [])).map((breach) => [breach.name, breach]));
  const blocks: Content[] = [together(h1(t.appendix.heading), lead(t.appendix.lead), keyValues(rows))];
  if (breaches.size > 0) {
    blocks.push(
      dataTable(
        ['*', '*'],
        [head(t.appendix.breachTitle), head(t.appendix.breachName)],
        [...breaches.values()].map((breach) => [{ text: breach.title, bold: true }, { text: breach.name, fontSize: 8 }]),
      ),
    );
  }
  return blocks;
}
