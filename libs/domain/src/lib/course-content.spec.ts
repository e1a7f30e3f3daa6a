import { MAX_ACTIVITY_FILE_BYTES } from './catalogue';
import type { QuestionDraft } from './catalogue';
import {
  canEditCourses,
  checkActivityFile,
  compareSdgTargets,
  fileExtension,
  isHttpsUrl,
  isPermutationOf,
  moveInOrder,
  publishProblems,
  sniffFileType,
  trueFalseOptions,
  videoEmbedUrl,
  zipEntryNames,
} from './course-content';
import type { PublishableActivity } from './course-content';

/** A minimal ZIP (stored entries, no compression), enough for the sniffer to read its directory. */
const zip = (entries: [string, string][]): Uint8Array => {
  const bytes: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  const text = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
  for (const [name, content] of entries) {
    const offset = bytes.length;
    const size = content.length;
    bytes.push(0x50, 0x4b, 0x03, 0x04, ...u16(10), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(size), ...u32(size),
      ...u16(name.length), ...u16(0), ...text(name), ...text(content));
    central.push(0x50, 0x4b, 0x01, 0x02, ...u16(20), ...u16(10), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(size),
      ...u32(size), ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...text(name));
  }
  const centralOffset = bytes.length;
  bytes.push(...central);
  bytes.push(0x50, 0x4b, 0x05, 0x06, ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(central.length),
    ...u32(centralOffset), ...u16(0));
  return Uint8Array.from(bytes);
};

const ascii = (s: string) => Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0)));

const question = (overrides: Partial<QuestionDraft> = {}): QuestionDraft => ({
  kind: 'single_choice',
  prompt: '¿Qué es el POA?',
  options: [
    { id: 'a', text: 'Programa Operativo Anual', correct: true },
    { id: 'b', text: 'Plan de Ordenamiento', correct: false },
  ],
  acceptedAnswers: [],
  ...overrides,
});

const activity = (overrides: Partial<PublishableActivity> = {}): PublishableActivity => ({
  kind: 'page',
  title: 'Lectura',
  videoUrl: null,
  hasFile: false,
  questions: [],
  ...overrides,
});

describe('publishProblems', () => {
  it('needs at least one module', () => {
    expect(publishProblems([])).toEqual([{ code: 'noModules' }]);
  });

  it('accepts modules whose activities are complete', () => {
    expect(
      publishProblems([
        {
          title: 'Módulo 1',
          activities: [
            activity(),
            activity({ kind: 'video', videoUrl: 'https://youtu.be/dQw4w9WgXcQ' }),
            activity({ kind: 'file', hasFile: true }),
            activity({ kind: 'quiz', questions: [question()] }),
          ],
        },
      ]),
    ).toEqual([]);
  });

  it('lists every missing piece with its position', () => {
    const problems = publishProblems([
      { title: 'Vacío', activities: [] },
      {
        title: 'Incompleto',
        activities: [
          activity({ kind: 'video' }),
          activity({ kind: 'file' }),
          activity({ kind: 'quiz' }),
          activity({ kind: 'quiz', questions: [question(), question({ options: [{ id: 'a', text: 'Sí', correct: false }, { id: 'b', text: 'No', correct: false }] })] }),
        ],
      },
    ]);
    expect(problems).toEqual([
      { code: 'emptyModule', module: 0 },
      { code: 'videoMissing', module: 1, activity: 0 },
      { code: 'fileMissing', module: 1, activity: 1 },
      { code: 'quizWithoutQuestions', module: 1, activity: 2 },
      { code: 'invalidQuestion', module: 1, activity: 3, question: 1, problems: [{ field: 'options', code: 'noCorrectOption' }] },
    ]);
  });
});

describe('trueFalseOptions', () => {
  it('builds the fixed Verdadero/Falso options with exactly one correct', () => {
    expect(trueFalseOptions(false)).toEqual([
      { id: 'true', text: 'Verdadero', correct: false },
      { id: 'false', text: 'Falso', correct: true },
    ]);
  });
});

describe('sniffFileType', () => {
  it('recognises PDF, PNG and JPEG by their first bytes', () => {
    expect(sniffFileType(ascii('%PDF-1.7\n%…'))).toBe('application/pdf');
    expect(sniffFileType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('image/png');
    expect(sniffFileType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe('image/jpeg');
  });

  it('recognises Office Open XML documents by their main part', () => {
    expect(sniffFileType(zip([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']]))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffFileType(zip([['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<workbook/>']]))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(sniffFileType(zip([['[Content_Types].xml', '<Types/>'], ['ppt/presentation.xml', '<p/>']]))).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
  });

  it('recognises OpenDocument files by their stored mimetype entry', () => {
    expect(sniffFileType(zip([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<x/>']]))).toBe(
      'application/vnd.oasis.opendocument.text',
    );
    expect(sniffFileType(zip([['mimetype', 'application/vnd.oasis.opendocument.graphics'], ['content.xml', '<x/>']]))).toBeNull();
  });

  it('refuses programs, text, plain archives and truncated archives', () => {
    expect(sniffFileType(ascii('MZ\x90\x00\x03'))).toBeNull();
    expect(sniffFileType(ascii('hola, soy un texto renombrado a .pdf'))).toBeNull();
    expect(sniffFileType(zip([['notas.txt', 'hola']]))).toBeNull();
    expect(sniffFileType(zip([['[Content_Types].xml', '<Types/>']]))).toBeNull();
    expect(sniffFileType(zip([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w/>']]).slice(0, 60))).toBeNull();
    expect(sniffFileType(new Uint8Array())).toBeNull();
  });

  it('reads the names of a ZIP directory', () => {
    expect(zipEntryNames(zip([['a.txt', '1'], ['b/c.xml', '2']]))).toEqual(['a.txt', 'b/c.xml']);
    expect(zipEntryNames(ascii('%PDF-'))).toBeNull();
  });
});

describe('checkActivityFile', () => {
  const pdf = ascii('%PDF-1.4\n1 0 obj\n');
  it('accepts a file whose content and extension agree', () => {
    expect(checkActivityFile({ name: 'Guía POA.PDF', size: pdf.length, bytes: pdf })).toEqual({ ok: true, type: 'application/pdf' });
  });
  it('refuses an empty file, an oversized one, unknown content and a mismatched extension', () => {
    expect(checkActivityFile({ name: 'a.pdf', size: 0, bytes: new Uint8Array() })).toEqual({ ok: false, code: 'empty' });
    expect(checkActivityFile({ name: 'a.pdf', size: MAX_ACTIVITY_FILE_BYTES + 1, bytes: pdf })).toEqual({ ok: false, code: 'tooLarge' });
    expect(checkActivityFile({ name: 'a.pdf', size: 5, bytes: ascii('hola!') })).toEqual({ ok: false, code: 'unsupportedType' });
    expect(checkActivityFile({ name: 'a.docx', size: pdf.length, bytes: pdf })).toEqual({ ok: false, code: 'extensionMismatch' });
    expect(checkActivityFile({ name: 'sin-extension', size: pdf.length, bytes: pdf })).toEqual({ ok: false, code: 'extensionMismatch' });
  });
  it('reads extensions in lower case and ignores leading dots', () => {
    expect(fileExtension('Informe.Final.XLSX')).toBe('xlsx');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileExtension('punto.')).toBe('');
  });
});

describe('video links', () => {
  it('accepts only https addresses', () => {
    expect(isHttpsUrl('https://vimeo.com/123456789')).toBe(true);
    expect(isHttpsUrl('http://vimeo.com/123456789')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpsUrl('https://localhost/video')).toBe(false);
    expect(isHttpsUrl('https://exa mple.com')).toBe(false);
  });

  it('offers a player address for YouTube and Vimeo links', () => {
    const embed = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
    expect(videoEmbedUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42')).toBe(embed);
    expect(videoEmbedUrl('https://youtu.be/dQw4w9WgXcQ')).toBe(embed);
    expect(videoEmbedUrl('https://m.youtube.com/shorts/dQw4w9WgXcQ')).toBe(embed);
    expect(videoEmbedUrl('https://www.youtube.com/embed/dQw4w9WgXcQ')).toBe(embed);
    expect(videoEmbedUrl('https://vimeo.com/76979871')).toBe('https://player.vimeo.com/video/76979871');
    expect(videoEmbedUrl('https://player.vimeo.com/video/76979871')).toBe('https://player.vimeo.com/video/76979871');
  });

  it('offers none for other sites, malformed ids or http links', () => {
    expect(videoEmbedUrl('https://www.lapaz.bo/video.mp4')).toBeNull();
    expect(videoEmbedUrl('https://www.youtube.com/watch?v=short')).toBeNull();
    expect(videoEmbedUrl('http://youtu.be/dQw4w9WgXcQ')).toBeNull();
    expect(videoEmbedUrl('https://vimeo.com/channels/staffpicks')).toBeNull();
  });
});

describe('ordering', () => {
  it('moves an id one place and stops at the ends', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a'], 'x', 1)).toEqual(['a']);
  });

  it('checks a new order has each current id exactly once', () => {
    expect(isPermutationOf(['c', 'a', 'b'], ['a', 'b', 'c'])).toBe(true);
    expect(isPermutationOf(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(isPermutationOf(['a', 'a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(isPermutationOf(['a', 'b', 'x'], ['a', 'b', 'c'])).toBe(false);
  });

  it('sorts SDG targets by goal, then numbers before letters', () => {
    expect(['16.10', '11.b', '5.5', '16.6', '11.3'].sort(compareSdgTargets)).toEqual(['5.5', '11.3', '11.b', '16.6', '16.10']);
  });
});

describe('canEditCourses', () => {
  it('lets admins and coordinators edit, and nobody else', () => {
    expect(canEditCourses(['coordinator'])).toBe(true);
    expect(canEditCourses(['facilitator', 'admin'])).toBe(true);
    expect(canEditCourses(['facilitator'])).toBe(false);
    expect(canEditCourses(['participant', 'manager'])).toBe(false);
  });
});
