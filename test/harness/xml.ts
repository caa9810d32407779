/*
 * Strict XML parsing with the project's own @xmldom/xmldom (no system binary such as xmllint): any
 * warning, error or fatal error the parser reports makes the text refused. xmldom lets characters that
 * XML 1.0 forbids through (control characters, lone surrogates, also as &#…; references), so those are
 * checked here too.
 */
import { DOMParser, Document } from '@xmldom/xmldom';

/** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const allowed = (cp: number) =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

function forbiddenCharacters(text: string): string[] {
  const found: string[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!allowed(cp)) found.push(`character U+${cp.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`);
  }
  for (const m of text.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const cp = m[1][0] === 'x' ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    if (!allowed(cp)) found.push(`character reference ${m[0]} is not allowed in XML`);
  }
  return found;
}

export function parseStrictXml(text: string, what = 'XML'): Document {
  const problems = forbiddenCharacters(text);
  let doc: Document | undefined;
  try {
    doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(text, 'text/xml');
  } catch (e) {
    problems.push(String((e as Error).message));
  }
  if (problems.length > 0 || !doc) throw new Error(`${what} is not well-formed XML:\n  ${[...new Set(problems)].join('\n  ')}`);
  return doc;
}
