/**
 * Writes src/generated/names.fr.json: the French function and parameter names alone (from
 * src/i18n/functions.fr.ts), so that the functions bundle, which names arguments in French messages, does
 * not carry every French description. And src/generated/functions.json: the metadata custom-functions-metadata generates from the JSDoc of
 * src/functions/functions.ts, the same generator and input as the webpack plugin that writes
 * dist/functions.json (a test checks the two are equal). The task pane imports it, so its function
 * documentation comes from what Excel reads and cannot drift from it. Run by `npm run build` (and
 * build:dev) before type checking; the file is generated, not committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS_FR } from '../src/i18n/functions.fr';

const root = path.resolve(__dirname, '..');
const input = path.join(root, 'src', 'functions', 'functions.ts');
const output = path.join(root, 'src', 'generated', 'functions.json');
const namesOutput = path.join(root, 'src', 'generated', 'names.fr.json');

/** Writes a file unless it already holds that content, so a watcher does not rebuild for nothing. */
function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
}

/** { functions: id → French name, parameters: English parameter → French name (the first one met) }. */
function frenchNames(): string {
  const functions: Record<string, string> = {};
  const parameters: Record<string, string> = {};
  for (const [id, f] of Object.entries(FUNCTIONS_FR)) {
    functions[id] = f.name;
    for (const [en, p] of Object.entries(f.parameters)) if (!(en in parameters)) parameters[en] = p.name;
  }
  return `${JSON.stringify({ functions, parameters }, null, 2)}\n`;
}

async function main(): Promise<void> {
  const result = await generateCustomFunctionsMetadata(input, false);
  if (result.errors.length > 0) {
    console.error(`[bpi] functions metadata: ${result.errors.join('\n  ')}`);
    process.exit(1);
  }
  const json = `${JSON.stringify(JSON.parse(result.metadataJson), null, 2)}\n`;
  write(output, json);
  write(namesOutput, frenchNames());
}

void main();
