// Required into each child the fake Electron's utilityProcess.fork starts (fake-electron.ts): it
// gives the child process.parentPort as Electron's utility process has it — an EventEmitter whose
// 'message' events carry { data, ports } and whose postMessage answers the parent — over Node's
// IPC channel, and hides process.send, so the child takes the path it takes in the real app.
'use strict';
const { EventEmitter } = require('node:events');

const send = process.send.bind(process);
const parentPort = new EventEmitter();
parentPort.postMessage = (message) => void send(message);
process.on('message', (data) => parentPort.emit('message', { data, ports: [] }));
// Electron's utility process ends with the app: here, with the parent's channel.
process.on('disconnect', () => process.exit(0));
process.parentPort = parentPort;
process.send = undefined;
