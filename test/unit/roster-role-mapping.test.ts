import { describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '../../electron/core/model/schemas/staff.ts';
import { ROLE_LABELS } from '../../electron/core/roster/role-labels.ts';
import { mapRole } from '../../electron/core/roster/role-mapping.ts';

const EXPECTED: Record<Exclude<StaffRole, 'other'>, string[]> = {
  physician: ['médecin', 'MÉDECIN', 'Docteur', 'Dr', 'Généraliste', 'medecin generaliste', 'Physician', 'doctor', 'GP'],
  pharmacist: ['Pharmacien', 'pharmacienne', 'Pharmacist', 'Titulaire', 'Pharmacien adjoint', 'Docteur en pharmacie'],
  nurse: ['Infirmier', 'Infirmière', 'IDE', 'idel', 'Nurse', 'Infirmière coordinatrice'],
  secretary: ['Secrétaire', 'Secrétaire médicale', 'secretaire medical', 'Accueil', 'Assistante administrative', 'Receptionist', 'Secretary'],
  'pharmacy-technician': ['Préparateur', 'Préparatrice en pharmacie', 'Pharmacy technician'],
  physiotherapist: ['Kiné', 'Kinésithérapeute', 'Masseur-kinésithérapeute', 'Physiotherapist'],
  dentist: ['Dentiste', 'Chirurgien-dentiste', 'chirurgienne dentiste', 'Dentist'],
  midwife: ['Sage-femme', 'sage femme', 'Midwife'],
  'medical-assistant': ['Assistant médical', 'Assistante médicale', 'Assistant dentaire', 'Assistante dentaire', 'Medical assistant'],
  locum: ['Remplaçant', 'Remplaçante', 'Locum', 'Médecin remplaçant'],
  intern: ['Interne', 'Étudiant', 'Étudiante infirmière', 'Intern'],
  manager: ['Gérant', 'Gérante', 'Directeur', 'Directrice', 'Responsable', 'Office manager', 'Manager'],
  'it-provider': ['Prestataire informatique', 'Informaticien', 'IT', 'IT provider', 'Responsable informatique'],
};

describe('roster import: roles', () => {
  for (const [role, words] of Object.entries(EXPECTED)) {
    it(`reads ${role} from ${words.join(', ')}`, () => {
      for (const word of words) expect(mapRole(word), word).toEqual({ role, roleLabel: null, recognised: true });
    });
  }

  it('reads back every label the export writes, in French and English', () => {
    for (const role of STAFF_ROLES) {
      for (const label of [ROLE_LABELS[role].fr, ROLE_LABELS[role].en]) {
        expect(mapRole(label), label).toEqual({ role, roleLabel: null, recognised: true });
      }
    }
  });

  it('a physician who is "titulaire" stays a physician', () => {
    expect(mapRole('Médecin titulaire').role).toBe('physician');
  });

  it('keeps unknown text as the label, trimmed; an empty cell is simply "other"', () => {
    expect(mapRole('  Agent   de service ')).toEqual({ role: 'other', roleLabel: 'Agent de service', recognised: false });
    expect(mapRole('   ')).toEqual({ role: 'other', roleLabel: null, recognised: true });
  });
});
