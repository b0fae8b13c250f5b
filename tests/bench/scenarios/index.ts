// Every benchmark scenario, in the order `npm run bench` runs them.
import type { Scenario } from '../scenario';
import { appStartup } from './app-startup';

export const scenarios: Scenario[] = [appStartup];
