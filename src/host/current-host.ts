// Picks the host once: the Electron bridge when the preload exposed it, otherwise the web host.
import type { ClaimlensBridge } from '../../electron/shared/bridge';
import { createElectronHost } from './electron-host';
import type { Host } from './host';
import { createWebHost } from './web-host';

let host: Host | null = null;

export function currentHost(): Host {
  const bridge = (window as unknown as { claimlens?: ClaimlensBridge }).claimlens;
  host ??= bridge ? createElectronHost(bridge) : createWebHost();
  return host;
}
