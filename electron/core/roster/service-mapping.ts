import { SERVICE_IDS, type ServiceId } from '../model/schemas/staff.ts';
import { collapseSpaces, normaliseKey } from './normalise-text.ts';
import { SERVICE_LABELS } from '../model/service-labels.ts';

// The services column: "amelipro, Pro Santé Connect, Doctolib". Names compared without accents,
// case or punctuation; several per cell.

/** Normalised names (see normaliseKey) for each service. */
const SERVICE_WORDS: Readonly<Record<ServiceId, readonly string[]>> = {
  mailbox: ['messagerie', 'mailbox', 'boite mail', 'boite aux lettres', 'email', 'e mail', 'mail', 'webmail'],
  amelipro: ['amelipro', 'ameli pro', 'espace pro', 'espace amelipro'],
  'pro-sante-connect': ['pro sante connect', 'prosanteconnect', 'psc', 'e cps', 'ecps', 'carte cps', 'cps'],
  franceconnect: ['franceconnect', 'france connect'],
  mssante: ['mssante', 'mss', 'messagerie securisee', 'messagerie securisee de sante', 'messagerie securisee sante'],
  ameli: ['ameli', 'compte ameli', 'ameli fr'],
  impots: ['impots gouv', 'impots gouv fr', 'impots', 'impot', 'espace professionnel impots'],
  'mon-espace-sante': ['mon espace sante', 'mes', 'dmp'],
  'appointment-software': [
    'doctolib',
    'maiia',
    'keldoc',
    'logiciel de rendez vous',
    'logiciel de rdv',
    'prise de rendez vous',
    'agenda',
    'agenda en ligne',
    'rendez vous',
    'rdv',
    'appointment software',
    'appointments',
  ],
  bank: ['banque', 'bank', 'banque en ligne', 'compte bancaire', 'online banking'],
};

const LOOKUP = new Map<string, ServiceId>();
for (const id of SERVICE_IDS) {
  for (const word of SERVICE_WORDS[id]) LOOKUP.set(word, id);
  LOOKUP.set(normaliseKey(SERVICE_LABELS[id].fr), id);
  LOOKUP.set(normaliseKey(SERVICE_LABELS[id].en), id);
}

export interface MappedServices {
  services: ServiceId[];
  /** Names not recognised, as written. */
  unknown: string[];
}

/** Services listed in one cell, separated by , ; | or line breaks (names hold spaces). */
export function mapServices(cell: string): MappedServices {
  const services: ServiceId[] = [];
  const unknown: string[] = [];
  for (const part of cell.split(/[,;|\n\r]+/u)) {
    const name = collapseSpaces(part);
    if (name === '') continue;
    const id = LOOKUP.get(normaliseKey(name));
    if (id === undefined) unknown.push(name);
    else if (!services.includes(id)) services.push(id);
  }
  return { services, unknown };
}
