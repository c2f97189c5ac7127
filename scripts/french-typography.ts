// Checks, and with --fix rewrites, the French typography of every French text catalogue:
// renderer/i18n/fr.json and areas/*.fr.json, electron/core/text/*.fr.ts, and the "fr" texts of
// electron/core/mfa/services-catalogue.json (the rules: scripts/typography/french-rules.ts).
//
//   node scripts/french-typography.ts          # lists what is wrong; exit code 1 if anything is
//   node scripts/french-typography.ts --fix    # rewrites it in place, then lists what needs a person
//
// Only string values change, and only in French: keys, comments, layout, English files,
// {{placeholders}}, addresses and code stay as they are. Running --fix twice changes nothing the
// second time. "(s)" is reported, never rewritten: a count needs its plural forms (i18next
// _one/_other in the interface, { one, other } with plural() on the Node side).
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogueFiles, catalogueStrings, displayName, inLanguage, rewriteStrings, type CatalogueString } from './typography/catalogue-strings.ts';
import { fixFrenchTypography, frenchTypographyIssues, RULE_EXPLANATIONS } from './typography/french-rules.ts';

export interface FileReport {
  file: string;
  issues: { entry: CatalogueString; rule: string; excerpt: string }[];
  /** The file's text with every rewritable issue mended (the same text when there was none). */
  fixed: string;
}

/** What is wrong in each French catalogue file, and the file as --fix would write it. */
export function frenchCatalogueReports(files = catalogueFiles('fr')): FileReport[] {
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const entries = catalogueStrings(file, text).filter((entry) => inLanguage(file, entry.path, 'fr'));
    const issues = entries.flatMap((entry) => frenchTypographyIssues(entry.value).map((issue) => ({ entry, rule: issue.rule, excerpt: issue.excerpt })));
    const replacements = new Map<CatalogueString, string>();
    for (const entry of entries) {
      if (entry.readOnly) continue;
      const fixed = fixFrenchTypography(entry.value);
      if (fixed !== entry.value) replacements.set(entry, fixed);
    }
    return { file, issues, fixed: replacements.size ? rewriteStrings(file, text, replacements) : text };
  });
}

function main(argv: readonly string[]): number {
  const fix = argv.includes('--fix');
  const reports = frenchCatalogueReports();
  let left = 0;
  // What --fix rewrites: every issue but "(s)" and those in a `template ${…}` piece.
  const mendable = (issue: FileReport['issues'][number]) => issue.rule !== 'plural-marker' && !issue.entry.readOnly;
  for (const report of reports) {
    const name = displayName(report.file);
    if (fix && report.issues.some(mendable)) {
      writeFileSync(report.file, report.fixed);
      process.stdout.write(`${name}: ${report.issues.filter(mendable).length} mended\n`);
    }
    for (const issue of report.issues) {
      if (fix && mendable(issue)) continue;
      left += 1;
      process.stdout.write(`${name}:${issue.entry.line} ${issue.entry.path.join('.')}: ${RULE_EXPLANATIONS[issue.rule as keyof typeof RULE_EXPLANATIONS]}\n    ${issue.excerpt}\n`);
    }
  }
  process.stdout.write(left ? `${left} to mend${fix ? ' by hand' : ' (node scripts/french-typography.ts --fix mends all but "(s)")'}.\n` : 'French typography: nothing to mend.\n');
  return left ? 1 : 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
