/**
 * Writes src/generated/functions.json: the metadata custom-functions-metadata generates from the JSDoc of
 * src/functions/functions.ts, the same generator and input as the webpack plugin that writes
 * dist/functions.json (a test checks the two are equal). The task pane imports it, so its function
 * documentation comes from what Excel reads and cannot drift from it. Run by `npm run build` (and
 * build:dev) before type checking; the file is generated, not committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

const root = path.resolve(__dirname, '..');
const input = path.join(root, 'src', 'functions', 'functions.ts');
const output = path.join(root, 'src', 'generated', 'functions.json');

async function main(): Promise<void> {
  const result = await generateCustomFunctionsMetadata(input, false);
  if (result.errors.length > 0) {
    console.error(`[bpi] functions metadata: ${result.errors.join('\n  ')}`);
    process.exit(1);
  }
  const json = `${JSON.stringify(JSON.parse(result.metadataJson), null, 2)}\n`;
  fs.mkdirSync(path.dirname(output), { recursive: true });
  // Unchanged content is not rewritten, so a watcher does not rebuild for nothing.
  if (!fs.existsSync(output) || fs.readFileSync(output, 'utf8') !== json) fs.writeFileSync(output, json);
}

void main();
