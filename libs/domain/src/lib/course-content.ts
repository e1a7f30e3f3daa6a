/**
 * Pure rules of a course's content, shared by the API (which enforces them) and the SPA (which
 * checks before sending): what a course needs before it can be published, what a file really is
 * (by its bytes, never by the name or the declared type), video links, and reordering.
 */
import { ALLOWED_FILE_TYPES, MAX_ACTIVITY_FILE_BYTES, questionProblems } from './catalogue';
import type { ActivityKind, QuestionDraft, QuestionKind, QuestionOption, QuestionProblem } from './catalogue';
import { hasAnyRole } from './roles';
import type { Role } from './roles';

// ---------------------------------------------------------------------------------------------
// Who edits

/** Roles that create and edit courses and their content; facilitators only read the courses they teach. */
export const COURSE_EDITOR_ROLES = ['admin', 'coordinator'] as const satisfies readonly Role[];
export const canEditCourses = (roles: readonly Role[]): boolean => hasAnyRole(roles, COURSE_EDITOR_ROLES);

// ---------------------------------------------------------------------------------------------
// Publishing

export interface PublishableActivity {
  kind: ActivityKind;
  title: string;
  videoUrl: string | null;
  hasFile: boolean;
  questions: readonly QuestionDraft[];
}

export interface PublishableModule {
  title: string;
  activities: readonly PublishableActivity[];
}

/** Positions are 0-based indexes into the modules, activities and questions given. */
export type PublishProblem =
  | { code: 'noModules' }
  | { code: 'emptyModule'; module: number }
  | { code: 'quizWithoutQuestions'; module: number; activity: number }
  | { code: 'invalidQuestion'; module: number; activity: number; question: number; problems: QuestionProblem[] }
  | { code: 'fileMissing'; module: number; activity: number }
  | { code: 'videoMissing'; module: number; activity: number };

/**
 * What keeps a course from being published: it needs at least one module, every module at least
 * one activity, every quiz at least one question and only valid questions, every file activity its
 * file and every video activity its link. An empty list means it can be published.
 */
export const publishProblems = (modules: readonly PublishableModule[]): PublishProblem[] => {
  if (modules.length === 0) return [{ code: 'noModules' }];
  const problems: PublishProblem[] = [];
  modules.forEach((mod, module) => {
    if (mod.activities.length === 0) problems.push({ code: 'emptyModule', module });
    mod.activities.forEach((item, activity) => {
      if (item.kind === 'video' && !item.videoUrl) problems.push({ code: 'videoMissing', module, activity });
      if (item.kind === 'file' && !item.hasFile) problems.push({ code: 'fileMissing', module, activity });
      if (item.kind === 'quiz') {
        if (item.questions.length === 0) problems.push({ code: 'quizWithoutQuestions', module, activity });
        item.questions.forEach((draft, question) => {
          const found = questionProblems(draft);
          if (found.length > 0) problems.push({ code: 'invalidQuestion', module, activity, question, problems: found });
        });
      }
    });
  });
  return problems;
};

// ---------------------------------------------------------------------------------------------
// Quiz questions

/** The fixed options of a true/false question; `correct` says whether the statement is true. */
export const trueFalseOptions = (correct: boolean): QuestionOption[] => [
  { id: 'true', text: 'Verdadero', correct },
  { id: 'false', text: 'Falso', correct: !correct },
];

/** Question kinds whose answer is chosen among options (all but short answer). */
export const kindHasOptions = (kind: QuestionKind): boolean => kind !== 'short_answer';

// ---------------------------------------------------------------------------------------------
// Files

/** Bytes a sniffer needs to see: the whole file for ZIP-based documents (their directory is at the end). */
const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (bytes: Uint8Array, start: number, length: number): string => {
  let text = '';
  for (let i = start; i < start + length && i < bytes.length; i += 1) text += String.fromCharCode(bytes[i]);
  return text;
};

const u16 = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8);
const u32 = (bytes: Uint8Array, at: number) => (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const ZIP_CENTRAL = [0x50, 0x4b, 0x01, 0x02];

/** Names of the entries of a ZIP archive, from its central directory; null when it is not a readable ZIP. */
export const zipEntryNames = (bytes: Uint8Array): string[] | null => {
  if (!startsWith(bytes, ZIP_LOCAL)) return null;
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (startsWith(bytes, ZIP_END, at)) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (!startsWith(bytes, ZIP_CENTRAL, at) || at + 46 > bytes.length) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    names.push(ascii(bytes, at + 46, nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
};

const OOXML_MAIN_PARTS: Record<string, string> = {
  'word/document.xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'ppt/presentation.xml': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/**
 * The type of a file by its content: PDF, PNG, JPEG, Office Open XML (docx, xlsx, pptx) or
 * OpenDocument (odt, ods, odp). Null for anything else, including a renamed text file or program.
 */
export const sniffFileType = (bytes: Uint8Array): string | null => {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (!startsWith(bytes, ZIP_LOCAL)) return null;
  // OpenDocument: the first entry is `mimetype`, stored uncompressed, holding the type itself.
  const firstNameLength = u16(bytes, 26);
  const firstExtraLength = u16(bytes, 28);
  if (firstNameLength === 8 && ascii(bytes, 30, 8) === 'mimetype' && u16(bytes, 8) === 0) {
    const size = u32(bytes, 18);
    const declared = ascii(bytes, 30 + 8 + firstExtraLength, Math.min(size, 100));
    if (declared.startsWith('application/vnd.oasis.opendocument.') && declared in ALLOWED_FILE_TYPES) return declared;
    return null;
  }
  const names = zipEntryNames(bytes);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  const main = Object.keys(OOXML_MAIN_PARTS).find((part) => names.includes(part));
  return main ? OOXML_MAIN_PARTS[main] : null;
};

/** Lower-case extension of a file name, without the dot ('' when there is none). */
export const fileExtension = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
};

/** Every extension an activity file may have, for the SPA's `accept` and hints: `.pdf, .docx, …`. */
export const ALLOWED_FILE_EXTENSIONS: readonly string[] = Object.values(ALLOWED_FILE_TYPES).flat();

export type ActivityFileCheck =
  | { ok: true; type: string }
  | { ok: false; code: 'empty' | 'tooLarge' | 'unsupportedType' | 'extensionMismatch' };

/**
 * Whether an uploaded file may be an activity's file: not empty, not over the limit, its content
 * one of the allowed types and its name's extension one of that type's.
 */
export const checkActivityFile = (file: { name: string; size: number; bytes: Uint8Array }): ActivityFileCheck => {
  if (file.size === 0) return { ok: false, code: 'empty' };
  if (file.size > MAX_ACTIVITY_FILE_BYTES) return { ok: false, code: 'tooLarge' };
  const type = sniffFileType(file.bytes);
  if (!type) return { ok: false, code: 'unsupportedType' };
  if (!ALLOWED_FILE_TYPES[type].includes(fileExtension(file.name))) return { ok: false, code: 'extensionMismatch' };
  return { ok: true, type };
};

// ---------------------------------------------------------------------------------------------
// Video links

/** An absolute https:// address (video links are only offered over https). */
export const isHttpsUrl = (value: string): boolean => {
  if (!/^https:\/\/[^\s]+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/**
 * The player address for a YouTube or Vimeo link (youtube.com/watch?v=…, youtu.be/…, /shorts/…,
 * /embed/…, vimeo.com/123…), or null for any other site, which the SPA then shows as a link.
 */
export const videoEmbedUrl = (value: string): string | null => {
  if (!isHttpsUrl(value)) return null;
  const url = new URL(value);
  const host = url.hostname.toLowerCase().replace(/^(www\.|m\.)/, '');
  const segments = url.pathname.split('/').filter(Boolean);
  let youtube: string | undefined;
  if (host === 'youtu.be') youtube = segments[0];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (segments[0] === 'watch') youtube = url.searchParams.get('v') ?? undefined;
    else if (['embed', 'shorts', 'live', 'v'].includes(segments[0] ?? '')) youtube = segments[1];
  }
  if (youtube !== undefined) return YOUTUBE_ID.test(youtube) ? `https://www.youtube-nocookie.com/embed/${youtube}` : null;
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = segments.find((segment) => /^\d{6,12}$/.test(segment));
    return id ? `https://player.vimeo.com/video/${id}` : null;
  }
  return null;
};

// ---------------------------------------------------------------------------------------------
// Ordering

/**
 * The ids in their new order after moving `id` one place up (-1) or down (+1); the same order when
 * it cannot move further.
 */
export const moveInOrder = (ids: readonly string[], id: string, delta: -1 | 1): string[] => {
  const order = [...ids];
  const from = order.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return order;
  [order[from], order[to]] = [order[to], order[from]];
  return order;
};

/** Whether `proposed` is exactly `current` in some order (each id once, none missing or extra). */
export const isPermutationOf = (proposed: readonly string[], current: readonly string[]): boolean =>
  proposed.length === current.length && new Set(proposed).size === proposed.length && current.every((id) => proposed.includes(id));

// ---------------------------------------------------------------------------------------------
// SDG targets

/** Targets in goal order, then by target (numbers before letters): 5.5, 11.3, 11.b, 16.6, 16.10. */
export const compareSdgTargets = (a: string, b: string): number => {
  const [goalA, targetA] = a.split('.');
  const [goalB, targetB] = b.split('.');
  if (Number(goalA) !== Number(goalB)) return Number(goalA) - Number(goalB);
  const numberA = /^\d+$/.test(targetA ?? '');
  const numberB = /^\d+$/.test(targetB ?? '');
  if (numberA && numberB) return Number(targetA) - Number(targetB);
  if (numberA !== numberB) return numberA ? -1 : 1;
  return (targetA ?? '').localeCompare(targetB ?? '');
};
