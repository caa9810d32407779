import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
/** The source documents sit beside the checkout, in ../shared (as on CI). */
export const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
export const NOTE = path.join(SEEDS, '004_74ea9ffdef9e0de4.txt');
