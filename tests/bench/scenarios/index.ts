// Every benchmark scenario, in the order `npm run bench` runs them.
import type { Scenario } from '../scenario';
import { appStartup } from './app-startup';
import { importScenario } from './import';
import { reportScenario } from './report';
import { readerScenario } from './reader';
import { libraryAtScale } from './library-at-scale';

export const scenarios: Scenario[] = [appStartup, readerScenario, libraryAtScale, reportScenario, importScenario];
