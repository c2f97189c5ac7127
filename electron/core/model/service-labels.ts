import labelsEn from '../text/labels.en.ts';
import labelsFr from '../text/labels.fr.ts';
import { localisedTable, type Localised } from '../text/template.ts';
import type { ServiceId } from './schemas/staff.ts';

// The name of each service as the export writes it, in both languages (text/labels.*.ts):
// service-mapping.ts reads every one of them back.

export const SERVICE_LABELS: Readonly<Record<ServiceId, Localised>> = localisedTable(labelsFr.labels.services, labelsEn.labels.services);
