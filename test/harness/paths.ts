import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

/*
 * The source documents (the note and the texts the deal terms come from) are not part of the repository.
 * Tests that compare our tables with them find them in BPI_NOTE_DIR, else in ../shared/seeds beside the
 * checkout (as on CI). Where neither is there, those tests are skipped with one line saying what they need,
 * unless BPI_REQUIRE_NOTE=1 (set by .ci/run), which turns the skip into a failure. Nothing is read at module
 * load time, so a plain clone loads every test file.
 */
const BESIDE = path.resolve(ROOT, '..', 'shared', 'seeds');
/** File name prefixes of the source documents, as numbered in the folder. */
export const SOURCES = { note: '004_', codeDesAssurances: '002_', ekf: '003_' } as const;

export const NEEDS_NOTE =
  'set BPI_NOTE_DIR to a folder holding the source documents (004_… the Premium calculation note, March 2018; 002_…; 003_…), or put them in ../shared/seeds';

/** The folder of source documents, or null when there is none. */
export function sourcesDir(): string | null {
  const env = process.env.BPI_NOTE_DIR;
  if (env) {
    if (!fs.existsSync(env)) throw new Error(`BPI_NOTE_DIR=${env} does not exist`);
    return path.resolve(env);
  }
  return fs.existsSync(BESIDE) ? BESIDE : null;
}

/** The text of a source document, found by its prefix in the folder. */
export function readSource(dir: string, prefix: string): string {
  const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no ${prefix}….txt in ${dir}`);
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

let told = false;
/**
 * For a `before` hook (`function () { dir = sourcesOrSkip(this); }`): the folder of source documents, or
 * the whole suite skipped (one line printed, once per run), or a failure when BPI_REQUIRE_NOTE=1.
 */
export function sourcesOrSkip(ctx: Mocha.Context): string {
  const dir = sourcesDir();
  if (dir) return dir;
  if (process.env.BPI_REQUIRE_NOTE === '1') throw new Error(`BPI_REQUIRE_NOTE=1 but the note's text is missing: ${NEEDS_NOTE}`);
  if (!told) {
    told = true;
    process.stdout.write(`  skipped: the tests against the note's text need it; ${NEEDS_NOTE}\n`);
  }
  ctx.skip();
}
