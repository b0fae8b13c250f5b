import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.config';

export default defineConfig(rendererConfig('out/web'));
