// Where the Electron binary is, without triggering its download (electron fetches it lazily).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const electronPackage = resolve(import.meta.dirname, '../node_modules/electron');

/** The binary's path when it has been downloaded, otherwise null. */
export function installedElectronBinary(): string | null {
  const pathFile = join(electronPackage, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const override = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron');
    return existsSync(override) ? override : null;
  }
  if (!existsSync(pathFile)) return null;
  const binary = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_INSTALL_SCRIPT = join(electronPackage, 'install.js');
