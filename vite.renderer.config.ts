import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };

/** The renderer build, shared by the Electron window and the web host. */
export function rendererConfig(outDir: string): UserConfig {
  const root = resolve(import.meta.dirname, 'src');
  return {
    root,
    base: './',
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
    server: { fs: { allow: [import.meta.dirname] } },
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      // electron-vite leaves code unminified by default; the renderer loads faster minified.
      minify: true,
      target: 'chrome120',
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: resolve(root, 'index.html') },
    },
  };
}
