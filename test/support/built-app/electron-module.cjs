// What `require('electron')` returns in a built bundle run by test/support/built-app: the test
// suite's fake Electron (fake-electron.ts), made by electron-stand-in.ts before the bundle loads.
const electron = globalThis.__hygieStandInElectron;
if (!electron) throw new Error('electron-module.cjs is loaded only under electron-stand-in.ts (node --import)');
module.exports = electron;
