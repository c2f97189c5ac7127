import enBase from './en.json';
import frBase from './fr.json';

// All the interface's texts, per language: the shared base (fr.json, en.json) and one file per
// area in areas/ (`<area>.fr.json`, `<area>.en.json`, each holding one top-level key), so that
// pages grow their texts without everyone editing the same two files. Tests check both languages
// have the same keys.

export const fr = {
  ...frBase,
};

export const en: typeof fr = {
  ...enBase,
};
