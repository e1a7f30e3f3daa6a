/**
 * Reads back what a PDF says, with no system tools: enough of the format for the PDFs pdfkit writes
 * (numbered objects with direct `/Length`, Flate streams, Type0 fonts with a ToUnicode CMap, text
 * shown with `Tj` / `TJ`). Used to check that certificates carry real, extractable text and
 * embedded fonts.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream: Buffer | null;
}

/** Every `N 0 obj … endobj`, streams inflated when Flate-encoded. */
export const pdfObjects = (pdf: Buffer): Map<number, PdfObject> => {
  const source = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(source))) {
    const id = Number(match[1]);
    const start = header.lastIndex;
    const streamAt = source.indexOf('stream', start);
    const endAt = source.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dictionary = source.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? -1);
      const dataStart = streamAt + 'stream'.length + (source[streamAt + 6] === '\r' ? 2 : 1);
      const raw = pdf.subarray(dataStart, dataStart + length);
      const stream = dictionary.includes('/FlateDecode') ? inflateSync(raw) : Buffer.from(raw);
      objects.set(id, { dictionary, stream });
      header.lastIndex = source.indexOf('endobj', dataStart + length) + 'endobj'.length;
    } else {
      objects.set(id, { dictionary: source.slice(start, endAt), stream: null });
      header.lastIndex = endAt + 'endobj'.length;
    }
  }
  return objects;
};

const hexToText = (spaced: string): string => {
  const hex = spaced.replace(/\s+/g, '');
  let text = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) text += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return text;
};

/** A ToUnicode CMap: 2-byte code → text (bfchar and both bfrange forms). */
const parseCmap = (cmap: string): Map<number, string> => {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, value] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(code, 16), hexToText(value));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, rest] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const start = parseInt(from, 16);
      const end = parseInt(to, 16);
      if (rest.startsWith('[')) {
        // An entry may hold several code points (a ligature: `<0066 0069>` is "fi").
        [...rest.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach(([, value], index) => map.set(start + index, hexToText(value)));
      } else {
        const base = parseInt(rest.slice(1, -1), 16);
        for (let code = start; code <= end; code += 1) map.set(code, String.fromCharCode(base + code - start));
      }
    }
  }
  return map;
};

export interface PdfFacts {
  /** The text of each text object (`BT … ET`), in drawing order. */
  fragments: string[];
  /** All the text, one fragment a line. */
  text: string;
  /** BaseFont names of the fonts used. */
  fonts: string[];
  /** How many embedded TrueType font programs the file carries. */
  embeddedTrueTypeFonts: number;
  /** The document information dictionary, decoded. */
  info: Record<string, string>;
  pages: number;
}

/** A PDF literal string `(…)` or UTF-16BE hex string `<FEFF…>` as text. */
const pdfString = (value: string): string => {
  if (value.startsWith('<')) {
    const hex = value.slice(1, -1);
    return hex.toUpperCase().startsWith('FEFF') ? hexToText(hex.slice(4)) : Buffer.from(hex, 'hex').toString('latin1');
  }
  const body = value.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escape: string) => {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return simple[escape] ?? String.fromCharCode(parseInt(escape, 8));
  });
  if (body.startsWith('\u00fe\u00ff')) {
    let text = '';
    for (let i = 2; i + 1 < body.length; i += 2) text += String.fromCharCode((body.charCodeAt(i) << 8) | body.charCodeAt(i + 1));
    return text;
  }
  return body;
};

export const readPdf = (pdf: Buffer): PdfFacts => {
  const objects = pdfObjects(pdf);
  const refOf = (dictionary: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary)?.[1] ?? NaN);

  // Font resource names (pdfkit: F1, F2… unique in the document) → their ToUnicode maps.
  const cmaps = new Map<string, Map<number, string>>();
  const fonts: string[] = [];
  for (const object of objects.values()) {
    for (const [, name, id] of object.dictionary.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(id));
      if (!font || cmaps.has(name)) continue;
      const baseFont = /\/BaseFont \/([^\s/>]+)/.exec(font.dictionary)?.[1];
      if (baseFont) fonts.push(baseFont);
      const cmap = objects.get(refOf(font.dictionary, 'ToUnicode'))?.stream;
      cmaps.set(name, cmap ? parseCmap(cmap.toString('latin1')) : new Map());
    }
  }

  const fragments: string[] = [];
  let pages = 0;
  for (const object of objects.values()) {
    if (!/\/Type \/Page\b/.test(object.dictionary)) continue;
    pages += 1;
    const contents = objects.get(refOf(object.dictionary, 'Contents'))?.stream?.toString('latin1') ?? '';
    let font = new Map<number, string>();
    let current = '';
    for (const [token] of contents.matchAll(/\/F\d+ [\d.]+ Tf|\[[^\]]*\]\s*TJ|<[0-9a-fA-F]*>\s*Tj|\bBT\b|\bET\b/g)) {
      if (token === 'BT') current = '';
      else if (token === 'ET') {
        if (current) fragments.push(current);
      } else if (token.endsWith('Tf')) font = cmaps.get(token.slice(1).split(' ')[0]) ?? new Map();
      else {
        for (const [, hex] of token.matchAll(/<([0-9a-fA-F]*)>/g)) {
          for (let i = 0; i + 4 <= hex.length; i += 4) current += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\ufffd';
        }
      }
    }
  }

  // pdfkit writes each value of the information dictionary as an object of its own.
  const infoDictionary = objects.get(Number(/\/Info (\d+) 0 R/.exec(pdf.toString('latin1'))?.[1]))?.dictionary ?? '';
  const info: Record<string, string> = {};
  for (const [, key, direct, ref] of infoDictionary.matchAll(/\/(\w+) (?:(\((?:\\.|[^\\)])*\)|<[0-9a-fA-F]*>)|(\d+) 0 R)/g)) {
    const value = direct ?? objects.get(Number(ref))?.dictionary.trim();
    if (value) info[key] = pdfString(value);
  }

  return {
    fragments,
    text: fragments.join('\n'),
    fonts,
    embeddedTrueTypeFonts: [...objects.values()].filter((o) => /\/FontFile2 \d+ 0 R/.test(o.dictionary)).length,
    info,
    pages,
  };
};
