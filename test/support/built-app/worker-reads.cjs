// Required into each utility process and worker thread the built app starts under the stand-in
// Electron (the report's process, the walkthrough sheet's worker): it records the files the process reads — the PDF fonts — one path a line in
// the file HYGIE_STAND_IN_WORKER_READS names, so the stand-in can count them with the main process's reads.
'use strict';
const fs = require('node:fs');
const { fileURLToPath } = require('node:url');

const log = process.env.HYGIE_STAND_IN_WORKER_READS;
if (log) {
  const append = fs.appendFileSync.bind(fs);
  const record = (path) => {
    const file = typeof path === 'string' ? path : path instanceof URL ? fileURLToPath(path) : null;
    if (file) append(log, `${file}\n`);
  };
  for (const [target, name] of [
    [fs, 'readFileSync'],
    [fs, 'readFile'],
    [fs, 'openSync'],
    [fs, 'open'],
    [fs, 'createReadStream'],
    [fs.promises, 'readFile'],
    [fs.promises, 'open'],
  ]) {
    const wrapped = target[name];
    target[name] = function (path, ...rest) {
      record(path);
      return wrapped.call(this, path, ...rest);
    };
  }
}
