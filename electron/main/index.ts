// Entry point of the desktop app: the only main-process file that imports the real `electron`.
import * as electron from 'electron';
import { startApp } from './start-app.ts';

startApp(electron, { bundleDir: __dirname, env: process.env, platform: process.platform, argv: process.argv });
