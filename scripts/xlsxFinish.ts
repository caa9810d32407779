/*
 * Turns the package excelts writes into the file Excel itself saves for what the deal model holds, and makes
 * it the same bytes at every build. excelts 5 (the line that runs on Node 20) writes the cells, styles, notes
 * and validations; three things it does not write are added here, in the parts Excel uses for them:
 *  - dynamic-array formulas: every array formula carries cm="1", the cell-metadata record of type XLDAPR
 *    (fDynamic) in xl/metadata.xml, so Excel 365 spills it and shows no implicit-intersection "@";
 *  - names scoped to the sheet: <definedName localSheetId="0">, which excelts 5 does not keep;
 *  - a fixed order and date for the zip entries (the workbook's own dates are set by the builder).
 * The ZIP container is read and written by fflate; only the three XML changes above are ours.
 */
import { unzipSync, zipSync } from 'fflate';

/** A name defined on one sheet: `ref` as Excel writes it ('Deal'!$B$6), `sheet` the sheet's 0-based index. */
export interface SheetName {
  readonly name: string;
  readonly ref: string;
  readonly sheet: number;
}

/** The metadata part Excel writes for dynamic arrays: one XLDAPR type, one record (fDynamic), cm="1" points at it. */
const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  '</metadata>';
const METADATA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml';
const METADATA_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata';

/** Zip entries' date, as local time (the ZIP format stores local date and time): the same in every time zone. */
const ENTRY_DATE = new Date(2026, 0, 1, 0, 0, 0);

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');

function replaceOnce(xml: string, find: string, by: string, part: string): string {
  const at = xml.indexOf(find);
  if (at < 0 || xml.indexOf(find, at + 1) >= 0) throw new Error(`${part}: expected one "${find}"`);
  return xml.slice(0, at) + by + xml.slice(at + find.length);
}

export function finishXlsx(xlsx: Uint8Array, names: readonly SheetName[]): Buffer {
  const parts = unzipSync(xlsx);
  const edit = (name: string, change: (xml: string) => string) => {
    if (!parts[name]) throw new Error(`${name} is missing from the workbook`);
    parts[name] = Buffer.from(change(text(parts[name])), 'utf8');
  };

  // Every array formula the builder writes is a dynamic array: mark each cell that holds one.
  let arrays = 0;
  for (const name of Object.keys(parts).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    edit(name, (xml) =>
      xml.replace(/<c ([^>]*?)>(<f t="array")/g, (_, attrs: string, f: string) => {
        arrays++;
        return `<c ${attrs} cm="1">${f}`;
      }),
    );
  }
  if (arrays > 0) {
    parts['xl/metadata.xml'] = Buffer.from(METADATA_XML, 'utf8');
    edit('[Content_Types].xml', (xml) =>
      replaceOnce(xml, '</Types>', `<Override PartName="/xl/metadata.xml" ContentType="${METADATA_TYPE}"/></Types>`, '[Content_Types].xml'),
    );
    edit('xl/_rels/workbook.xml.rels', (xml) =>
      replaceOnce(
        xml,
        '</Relationships>',
        `<Relationship Id="rIdMetadata" Type="${METADATA_REL}" Target="metadata.xml"/></Relationships>`,
        'workbook.xml.rels',
      ),
    );
  }

  // The names, after <sheets> as the schema orders them, each scoped to its sheet.
  edit('xl/workbook.xml', (xml) => {
    if (xml.includes('<definedNames')) throw new Error('xl/workbook.xml: names are written here, not by excelts');
    if (names.length === 0) return xml;
    const defined = names.map((n) => `<definedName name="${xmlEscape(n.name)}" localSheetId="${n.sheet}">${xmlEscape(n.ref)}</definedName>`).join('');
    return replaceOnce(xml, '</sheets>', `</sheets><definedNames>${defined}</definedNames>`, 'xl/workbook.xml');
  });

  // [Content_Types].xml first, as Excel writes it, then every part in name order, all with one date.
  const order = Object.keys(parts).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return Buffer.from(zipSync(Object.fromEntries(order.map((n) => [n, [parts[n], { mtime: ENTRY_DATE }]])), { level: 9 }));
}
