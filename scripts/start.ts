// `npm start`: the desktop app where Electron's binary can be had, otherwise the same renderer as
// the web host on 127.0.0.1. `npm start -- --web` forces the web host.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ELECTRON_INSTALL_SCRIPT, installedElectronBinary } from './electron-binary';
import { startStaticServer } from './web-host/static-server';

const root = resolve(import.meta.dirname, '..');
const forceWeb = process.argv.includes('--web');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] }).status === 0;
}

function electronBinary(): string | null {
  const installed = installedElectronBinary();
  if (installed) return installed;
  // The download is attempted once, quietly; where there is no route to it, it fails within a second.
  spawnSync(process.execPath, [ELECTRON_INSTALL_SCRIPT], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  return installedElectronBinary();
}

async function startWebHost(): Promise<void> {
  if (!run(npx, ['electron-vite', 'build', '--logLevel', 'warn'])) process.exit(1);
  const port = Number(process.env.PORT ?? 5178);
  const server = await startStaticServer({ root: resolve(root, 'out/renderer'), port }).catch(() => startStaticServer({ root: resolve(root, 'out/renderer'), port: 0 }));
  console.log(`Claimlens web host: ${server.url}  (Ctrl+C stops it)`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const binary = forceWeb ? null : electronBinary();
if (binary) {
  if (!run(npx, ['electron-vite', 'build', '--logLevel', 'warn'])) process.exit(1);
  const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  process.on('SIGINT', () => child.kill('SIGINT'));
} else {
  if (!forceWeb) console.log("Electron's binary cannot be downloaded on this machine, so Claimlens runs as the web host instead.");
  await startWebHost();
}
