/**
 * Builds a language's functions metadata from the generated functions.json and a translation table: same
 * ids, shapes and options, the table's names and descriptions. Run by the build (webpack.config.js), so
 * that a function or parameter without its translation, or a translation of one that no longer exists,
 * fails the build with the list of what is missing.
 */
import type { FunctionFr } from './functions.fr';

interface ParameterMeta {
  name: string;
  description?: string;
  [key: string]: unknown;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMeta[];
  [key: string]: unknown;
}
export interface FunctionsMetadata {
  functions: FunctionMeta[];
  [key: string]: unknown;
}

/** Excel's rule for names: a letter first, then letters, digits, "_" or "."; at least 3 characters. */
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
/** A1 to XFD1048576 and R1C1-style references are cell addresses, never names. */
const CELL_REFERENCE = /^(?:[A-Z]{1,3}\d+|R\d*C\d*)$/i;

export class MissingTranslation extends Error {}

export function localizeMetadata(english: FunctionsMetadata, table: Readonly<Record<string, FunctionFr>>): FunctionsMetadata {
  const problems: string[] = [];
  const names = new Set<string>();
  const functions = english.functions.map((f) => {
    const fr = table[f.id];
    if (!fr) {
      problems.push(`${f.id}: no translation`);
      return f;
    }
    if (!FUNCTION_NAME.test(fr.name) || CELL_REFERENCE.test(fr.name)) problems.push(`${f.id}: "${fr.name}" is not a valid function name`);
    if (names.has(fr.name)) problems.push(`${f.id}: "${fr.name}" is used twice`);
    names.add(fr.name);
    if (!fr.description.trim()) problems.push(`${f.id}: empty description`);
    const parameters = f.parameters.map((p) => {
      const pf = fr.parameters[p.name];
      if (!pf || !pf.name.trim() || !pf.description.trim()) {
        problems.push(`${f.id}(${p.name}): no translation`);
        return p;
      }
      return { ...p, name: pf.name, description: pf.description };
    });
    const known = new Set(f.parameters.map((p) => p.name));
    for (const extra of Object.keys(fr.parameters)) if (!known.has(extra)) problems.push(`${f.id}(${extra}): translated but not a parameter`);
    return { ...f, name: fr.name, description: fr.description, parameters };
  });
  const ids = new Set(english.functions.map((f) => f.id));
  for (const extra of Object.keys(table)) if (!ids.has(extra)) problems.push(`${extra}: translated but not a function`);
  if (problems.length > 0) throw new MissingTranslation(`French functions metadata incomplete:\n  ${problems.join('\n  ')}`);
  return { ...english, functions };
}
