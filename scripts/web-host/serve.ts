// Serves an already built web host (out/renderer) until stopped: used by the end-to-end tests and benchmarks.
import { resolve } from 'node:path';
import { startStaticServer } from './static-server';

const port = Number(process.env.PORT ?? process.argv[2] ?? 0);
const server = await startStaticServer({ root: resolve(import.meta.dirname, '../../out/renderer'), port });
console.log(`Claimlens web host: ${server.url}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
