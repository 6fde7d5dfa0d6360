import { join, resolve } from 'node:path';

/** The checkout's root: this file lives in electron/cli/. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const OUT_DIR = join(PROJECT_ROOT, 'out');
export const RENDERER_OUT_DIR = join(OUT_DIR, 'renderer');
