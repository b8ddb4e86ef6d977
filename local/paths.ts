import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout this runs from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Where the embedded default keeps its data between runs (ignored by git). */
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, '.data');
export const EXAMPLE_CONFIG_FILE = path.join(PROJECT_ROOT, 'config', 'example-organisation.json');
export const DEFAULT_WEB_ROOT = path.join(PROJECT_ROOT, 'web', 'dist');
