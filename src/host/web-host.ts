// Host for a plain browser: file inputs to open, downloads to save, the print dialog for PDF.
import { checkExternalUrl } from '../core/external-url';
import type { Host, OpenedFile } from './host';

function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

export async function readBrowserFile(file: File): Promise<OpenedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function createWebHost(): Host {
  return {
    kind: 'web',
    canFetchUrls: false,
    async openFiles(request) {
      const accept = request.filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
      const files = await pickFiles(accept, request.multiple);
      return Promise.all(files.map(readBrowserFile));
    },
    async saveFile(request) {
      download(request.suggestedName, new Blob([request.bytes as Uint8Array<ArrayBuffer>]));
      return { saved: true, location: request.suggestedName };
    },
    async exportPdf(html) {
      // The browser cannot write a PDF by itself; print the report from a hidden frame instead.
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
      frame.style.position = 'fixed';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.style.border = '0';
      frame.srcdoc = html;
      document.body.append(frame);
      await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 60_000);
      return { saved: false, printed: true };
    },
    async fetchUrl() {
      return { ok: false, error: 'Fetching web pages needs the desktop app.', problem: { code: 'desktop-only' } };
    },
    async openExternal(url) {
      const check = checkExternalUrl(url);
      if (!check.ok) return false;
      window.open(check.url, '_blank', 'noopener,noreferrer');
      return true;
    },
    async appInfo() {
      return {
        name: 'Claimlens',
        version: __APP_VERSION__,
        host: 'web',
        platform: navigator.platform,
        locale: navigator.language,
      };
    },
    onFilesOpened() {
      return () => {};
    },
    onMenuCommand() {
      return () => {};
    },
  };
}
