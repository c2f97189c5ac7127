// HIBP's data classes (GET /dataclasses: the names it gives what a breach exposed), per language:
// the report prints them in its language. A class missing here is printed as HIBP wrote it and
// marked as HIBP's term (compliance.breach.unknownClass). Keys are HIBP's exact names; in English
// the name is HIBP's own.

import type { Language } from './template.ts';

const FRENCH: Readonly<Record<string, string>> = {
  "Email addresses": "Adresses e-mail",
  "Passwords": "Mots de passe",
  "Password hints": "Indices de mot de passe",
  "Historical passwords": "Anciens mots de passe",
  "Usernames": "Noms d’utilisateur",
  "Names": "Noms",
  "Phone numbers": "Numéros de téléphone",
  "Physical addresses": "Adresses postales",
  "Dates of birth": "Dates de naissance",
  "Years of birth": "Années de naissance",
  "Ages": "Âges",
  "Genders": "Genres",
  "IP addresses": "Adresses IP",
  "Geographic locations": "Localisations",
  "Job titles": "Fonctions",
  "Occupations": "Professions",
  "Employers": "Employeurs",
  "Social media profiles": "Profils de réseaux sociaux",
  "Website activity": "Activité sur le site",
  "Purchases": "Achats",
  "Credit cards": "Cartes bancaires",
  "Partial credit card data": "Données partielles de carte bancaire",
  "Bank account numbers": "Numéros de compte bancaire",
  "Government issued IDs": "Pièces d’identité",
  "Passport numbers": "Numéros de passeport",
  "Social security numbers": "Numéros de sécurité sociale",
  "Security questions and answers": "Questions et réponses de sécurité",
  "Auth tokens": "Jetons de connexion",
  "Device information": "Informations sur l’appareil",
  "Browser user agent details": "Informations sur le navigateur",
  "Spoken languages": "Langues parlées",
  "Salutations": "Civilités",
  "Marital statuses": "Situations familiales",
  "Education levels": "Niveaux d’études",
  "Income levels": "Niveaux de revenus",
  "Nationalities": "Nationalités",
  "Health insurance information": "Informations d’assurance santé",
  "Medical records": "Dossiers médicaux",
  "Personal health data": "Données de santé",
  "Private messages": "Messages privés",
  "Chat logs": "Conversations",
  "Email messages": "Contenu d’e-mails",
  "Account balances": "Soldes de compte",
  "Payment histories": "Historiques de paiement",
  "Time zones": "Fuseaux horaires",
  "Profile photos": "Photos de profil",
  "Avatars": "Avatars",
  "Photos": "Photos",
  "Religions": "Religions",
  "Sexual orientations": "Orientations sexuelles",
  "Ethnicities": "Origines ethniques",
  "Biometric data": "Données biométriques",
  "Family members' names": "Noms de membres de la famille",
  "Website URLs": "Adresses de sites web",
  "Customer feedback": "Avis de clients",
  "Vehicle details": "Informations sur le véhicule",
  "Driver's licenses": "Permis de conduire",
  "Instant messenger identities": "Identifiants de messagerie instantanée",
  "Account creation dates": "Dates de création de compte",
  "Login histories": "Historiques de connexion",
  "Physical attributes": "Caractéristiques physiques",
  "Private data": "Données privées",
  "Relationship statuses": "Situations amoureuses",
};

/** The class in the language, or null when this table does not know it. */
export function dataClassName(name: string, language: Language): string | null {
  if (!Object.hasOwn(FRENCH, name)) return null;
  return language === 'fr' ? FRENCH[name]! : name;
}
