// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./fontkit.d.ts" />
import { dejavuFonts } from '../../common/files/dejavu-fonts';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatVerificationCode, laPazDayOf, PROFICIENCY_LEVEL_NAMES } from '@campus/domain';
import type { CertificateKind, CertificateSnapshot, CertificateStatus, ProficiencyLevel } from '@campus/domain';
import type { Certificate } from './entities/certificate.entity';

/**
 * The printable certificate (DESIGN.md, certificates): one A4 landscape page drawn with pdfkit.
 * Everything on it comes from the certificate row and its frozen snapshot, never from live data,
 * so the PDF of a certificate is the same whenever it is downloaded.
 *
 * - Text is real text in DejaVu Serif / DejaVu Sans, embedded (subset TrueType, `/FontFile2`) from
 *   the `dejavu-fonts-ttf` package: Spanish letters (á é í ó ú ñ ü ¿ ¡ º) render everywhere and can be
 *   selected and searched. The standard 14 PDF fonts are never used (they lack a reliable encoding
 *   for Spanish and are not embedded).
 * - The QR code is drawn as vector squares (crisp at any zoom, no image), links to the public
 *   verification page, and the address is printed under it for whoever types it.
 * - A revoked or superseded certificate still renders — its holder and the EGM keep a record of what
 *   was issued — but carries a large diagonal "REVOCADO" / "REEMPLAZADO" watermark and a line
 *   saying when and why, so a printout cannot pass for a valid one. The public verification page
 *   (what the QR opens) is the authority either way.
 */

/** What the renderer reads from a certificate row. */
export type PrintableCertificate = Pick<
  Certificate,
  'serial' | 'verificationCode' | 'kind' | 'status' | 'hours' | 'snapshot' | 'issuedAt' | 'revokedAt' | 'revocationReason' | 'supersededAt'
>;

export interface CertificatePdfOptions {
  /** The public verification page of this certificate: `<public origin>/verificar/<CODE>`. */
  verifyUrl: string;
}

/** The public verification page of a code under the campus' public origin. */
export const certificateVerifyUrl = (origin: string, verificationCode: string): string =>
  `${origin.replace(/\/+$/, '')}/verificar/${verificationCode}`;

/** `EGM-2026-000123.pdf`: the download name of one certificate. */
export const certificatePdfName = (serial: string): string => `${serial}.pdf`;

export const KIND_TITLES: Record<CertificateKind, string> = {
  approval: 'Certificado de aprobación',
  participation: 'Certificado de participación',
  internship: 'Certificado de pasantía',
};

const WATERMARKS: Partial<Record<CertificateStatus, string>> = { revoked: 'REVOCADO', superseded: 'REEMPLAZADO' };

const DEFAULT_ISSUER = { name: 'Escuela de Gestores Municipales', unit: 'Gobierno Autónomo Municipal de La Paz' };

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

const parts = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month: MONTHS[month - 1], day };
};

/** `2026-11-27` → `27 de noviembre de 2026`. */
export const spanishLongDate = (date: string): string => {
  const { year, month, day } = parts(date);
  return `${day} de ${month} de ${year}`;
};

/** `del 2 de marzo al 30 de abril de 2026` (the year once when both dates share it). */
export const spanishDateRange = (from: string, to: string): string => {
  const a = parts(from);
  const b = parts(to);
  if (from === to) return `el ${spanishLongDate(from)}`;
  return a.year === b.year ? `del ${a.day} de ${a.month} al ${spanishLongDate(to)}` : `del ${spanishLongDate(from)} al ${spanishLongDate(to)}`;
};

const number = new Intl.NumberFormat('es-BO', { maximumFractionDigits: 1 });

const hoursText = (hours: number): string => `${number.format(hours)} ${hours === 1 ? 'hora' : 'horas'}`;

const levelName = (level: number): string => PROFICIENCY_LEVEL_NAMES[level as ProficiencyLevel] ?? `Nivel ${level}`;

// ---------------------------------------------------------------------------------------------
// Fonts: read and parsed once per process (fontkit, pdfkit's own font engine), then handed to
// every document; pdfkit subsets and embeds the glyphs each document uses. Parsing the five TTFs
// for every certificate would cost most of the rendering time.

const FONT_FILES = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;

const fonts = () => dejavuFonts(FONT_FILES);

// ---------------------------------------------------------------------------------------------
// Page geometry (points; A4 landscape is 841.89 × 595.28).

const PAGE = { width: 841.89, height: 595.28 };
const FRAME = 22;
const CONTENT_X = 70;
const CONTENT_WIDTH = PAGE.width - 2 * CONTENT_X;

const INK = '#1f2933';
const NAVY = '#1b365d';
const GOLD = '#a8843a';
const MUTED = '#52606d';

type Doc = PDFKit.PDFDocument;

const centred = (doc: Doc, text: string, y: number, font: FontName, size: number, color = INK, options: PDFKit.Mixins.TextOptions = {}) =>
  doc.font(font).fontSize(size).fillColor(color).text(text, CONTENT_X, y, { width: CONTENT_WIDTH, align: 'center', ...options });

/** The largest size (down to `min`) at which `text` fits on one line of `width`. */
const fittingSize = (doc: Doc, text: string, font: FontName, size: number, width: number, min: number): number => {
  doc.font(font);
  let current = size;
  while (current > min && doc.fontSize(current).widthOfString(text) > width) current -= 1;
  return current;
};

const drawFrame = (doc: Doc) => {
  doc.save();
  doc.lineWidth(2.5).strokeColor(NAVY).rect(FRAME, FRAME, PAGE.width - 2 * FRAME, PAGE.height - 2 * FRAME).stroke();
  doc.lineWidth(0.8).strokeColor(GOLD).rect(FRAME + 6, FRAME + 6, PAGE.width - 2 * FRAME - 12, PAGE.height - 2 * FRAME - 12).stroke();
  // Corner ornaments: small gold squares set on the inner line.
  for (const [x, y] of [
    [FRAME + 6, FRAME + 6],
    [PAGE.width - FRAME - 6, FRAME + 6],
    [FRAME + 6, PAGE.height - FRAME - 6],
    [PAGE.width - FRAME - 6, PAGE.height - FRAME - 6],
  ]) {
    doc.fillColor(GOLD).rect(x - 4, y - 4, 8, 8).fill();
  }
  doc.restore();
};

/** A short gold rule with a diamond in the middle, under the header. */
const drawRule = (doc: Doc, y: number, halfWidth = 90) => {
  const mid = PAGE.width / 2;
  doc.save();
  doc.lineWidth(0.8).strokeColor(GOLD).moveTo(mid - halfWidth, y).lineTo(mid - 8, y).moveTo(mid + 8, y).lineTo(mid + halfWidth, y).stroke();
  doc.fillColor(GOLD).polygon([mid, y - 4], [mid + 4, y], [mid, y + 4], [mid - 4, y]).fill();
  doc.restore();
};

/** The QR code as vector squares, with a quiet zone, linked to the verification page. */
const drawQr = (doc: Doc, url: string, x: number, y: number, size: number) => {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const module = size / count;
  doc.save();
  doc.fillColor('#000000');
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      // Slight overlap so no hairline gaps show between neighbouring modules.
      if (qr.modules.get(row, col)) doc.rect(x + col * module, y + row * module, module + 0.05, module + 0.05);
    }
  }
  doc.fill();
  doc.restore();
  doc.link(x, y, size, size, url);
};

/** The sentence under the holder's name: what was done, where, when and for how many hours. */
const writeBody = (doc: Doc, certificate: PrintableCertificate, snapshot: CertificateSnapshot, y: number): number => {
  const size = 13;
  const runs: Run[] = [];
  const plain = (text: string) => runs.push({ text, font: 'serif' });
  const bold = (text: string) => runs.push({ text, font: 'serifBold' });

  if (certificate.kind === 'internship' && snapshot.internship) {
    plain('por haber concluido satisfactoriamente la pasantía ');
    bold(`«${snapshot.internship.call}»`);
    plain(` en ${snapshot.internship.hostUnit}, ${spanishDateRange(snapshot.internship.startsOn, snapshot.internship.endsOn)}`);
  } else {
    plain(
      certificate.kind === 'approval'
        ? 'por haber aprobado el curso '
        : certificate.kind === 'participation'
          ? 'por su participación en el curso '
          : 'por haber concluido satisfactoriamente la pasantía del curso ',
    );
    if (snapshot.course) {
      bold(`«${snapshot.course.title}»`);
      plain(` (${snapshot.course.code})`);
    }
    if (snapshot.cohort) plain(`, cohorte ${snapshot.cohort.label}, desarrollado ${spanishDateRange(snapshot.cohort.startsOn, snapshot.cohort.endsOn)}`);
  }
  plain(`, con una carga horaria de `);
  bold(hoursText(snapshot.hours ?? certificate.hours));
  if (certificate.kind === 'approval' && snapshot.finalScore !== null && snapshot.finalScore !== undefined) {
    plain(' y una calificación final de ');
    bold(`${number.format(snapshot.finalScore)} sobre 100`);
  }
  plain('.');

  return drawCentredRuns(doc, runs, size, CONTENT_X + 30, CONTENT_WIDTH - 60, y, size * 1.45);
};

/** A stretch of text in one font; `keep` stops lines from breaking inside it. */
type Run = { text: string; font: FontName; keep?: boolean };

/**
 * Mixed regular/bold text wrapped and centred line by line (pdfkit's `continued` text cannot
 * centre runs of different fonts). Consecutive words in the same font go out as one text object,
 * so the words stay words when the text is selected or extracted. Returns the y under the text.
 */
const drawCentredRuns = (doc: Doc, runs: Run[], size: number, x: number, width: number, y: number, leading: number, color = INK): number => {
  type Piece = { text: string; font: FontName; width: number };
  const space = (font: FontName) => doc.font(font).fontSize(size).widthOfString(' ');
  // Words with the font they are set in; `glue` marks a word that continues the previous one without a space.
  // `hold`: the line may not break before this word (it is inside a kept run).
  const words: (Piece & { glue: boolean; hold: boolean })[] = [];
  let spaced = true;
  for (const run of runs) {
    let first = true;
    for (const token of run.text.split(/( )/)) {
      if (token === ' ') spaced = true;
      if (token === ' ' || token === '') continue;
      const glue = !spaced && words.length > 0;
      words.push({ text: token, font: run.font, width: doc.font(run.font).fontSize(size).widthOfString(token), glue, hold: glue || (Boolean(run.keep) && !first) });
      spaced = false;
      first = false;
    }
  }
  // Greedy wrap into lines of pieces (a piece is a same-font stretch, spaces included).
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  for (const word of words) {
    const gap = line.length === 0 || word.glue ? 0 : space(word.font);
    if (line.length > 0 && lineWidth + gap + word.width > width && !word.hold) {
      lines.push(line);
      line = [];
      lineWidth = 0;
    }
    const last = line[line.length - 1];
    const lead = line.length === 0 || word.glue ? '' : ' ';
    if (last && last.font === word.font) {
      last.text += lead + word.text;
      last.width = doc.font(word.font).fontSize(size).widthOfString(last.text);
    } else if (last && lead) {
      last.text += lead;
      last.width = doc.font(last.font).fontSize(size).widthOfString(last.text);
      line.push({ text: word.text, font: word.font, width: word.width });
    } else {
      line.push({ text: word.text, font: word.font, width: word.width });
    }
    lineWidth = line.reduce((sum, piece) => sum + piece.width, 0);
  }
  if (line.length > 0) lines.push(line);

  doc.fillColor(color);
  let cursorY = y;
  for (const pieces of lines) {
    const total = pieces.reduce((sum, piece) => sum + piece.width, 0);
    let cursorX = x + (width - total) / 2;
    for (const piece of pieces) {
      doc.font(piece.font).fontSize(size).text(piece.text, cursorX, cursorY, { lineBreak: false });
      cursorX += piece.width;
    }
    cursorY += leading;
  }
  return cursorY;
};

const writeCompetencies = (doc: Doc, snapshot: CertificateSnapshot, y: number): number => {
  if (!snapshot.competencies?.length) return y;
  doc.font('sansBold').fontSize(8.5).fillColor(NAVY).text('COMPETENCIAS ACREDITADAS', CONTENT_X + 40, y, { width: CONTENT_WIDTH - 80, align: 'center', characterSpacing: 0.5 });
  const runs: Run[] = snapshot.competencies.map((competency, index) => ({
    text: `${index > 0 ? ' ' : ''}${competency.name} (${levelName(competency.level).toLowerCase()})${index < snapshot.competencies.length - 1 ? ' ·' : ''}`,
    font: 'sans',
    keep: true,
  }));
  return drawCentredRuns(doc, runs, 9.5, CONTENT_X + 40, CONTENT_WIDTH - 80, doc.y + 3, 13);
};

const drawSignatories = (doc: Doc, signatories: CertificateSnapshot['signatories'], lineY: number) => {
  const shown = signatories.slice(0, 3);
  if (shown.length === 0) return;
  // Three fit between the serial (left) and the QR code (right); one or two sit wider apart.
  const slot = shown.length === 3 ? 176 : 200;
  const gap = shown.length === 3 ? 16 : 70;
  const total = shown.length * slot + (shown.length - 1) * gap;
  let x = (PAGE.width - total) / 2;
  for (const signatory of shown) {
    doc.save().lineWidth(0.7).strokeColor(INK).moveTo(x + 10, lineY).lineTo(x + slot - 10, lineY).stroke().restore();
    // A long name shrinks a little, then wraps (at most two lines); the position goes under it.
    doc.font('serifBold').fontSize(fittingSize(doc, signatory.name, 'serifBold', 10.5, slot, 9)).fillColor(INK);
    doc.text(signatory.name, x, lineY + 5, { width: slot, align: 'center', height: 26, ellipsis: true });
    doc.font('sans').fontSize(8).fillColor(MUTED).text(signatory.position, x, doc.y + 1.5, { width: slot, align: 'center', lineGap: 0.5, height: 22, ellipsis: true });
    x += slot + gap;
  }
};

const drawWatermark = (doc: Doc, word: string) => {
  doc.save();
  doc.rotate(-28, { origin: [PAGE.width / 2, PAGE.height / 2] });
  const size = fittingSize(doc, word, 'sansBold', 120, 680, 40);
  doc.font('sansBold').fontSize(size).fillColor('#c0392b').fillOpacity(0.18);
  const width = doc.widthOfString(word);
  doc.text(word, PAGE.width / 2 - width / 2, PAGE.height / 2 - size * 0.6, { lineBreak: false });
  doc.restore();
};

/** Renders one certificate as a PDF (A4 landscape, one page). */
export const renderCertificatePdf = (certificate: PrintableCertificate, options: CertificatePdfOptions): Promise<Buffer> => {
  const snapshot = certificate.snapshot;
  const issuer = snapshot.issuer ?? DEFAULT_ISSUER;
  const title = KIND_TITLES[certificate.kind] ?? 'Certificado';
  const issuedOn = laPazDayOf(certificate.issuedAt);
  const code = formatVerificationCode(certificate.verificationCode.trim());
  const font = fonts();

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    // No default font: pdfkit would otherwise load Helvetica (a standard 14 font) up front.
    font: null as unknown as string,
    lang: 'es-BO',
    displayTitle: true,
    info: {
      Title: `${title} ${certificate.serial}`,
      Author: `${issuer.name} — ${issuer.unit}`,
      Subject: `${title} de ${snapshot.holder.fullName}${snapshot.course ? `: ${snapshot.course.title}` : ''}`,
      Keywords: `certificado, ${certificate.serial}, ${code}`,
      Creator: 'Campus EGM',
      CreationDate: new Date(certificate.issuedAt),
    },
  });
  // A parsed font is a valid source for pdfkit (it checks for `layout`), though its types say otherwise.
  (Object.keys(FONT_FILES) as FontName[]).forEach((name) => doc.registerFont(name, font[name] as unknown as Buffer));
  doc.font('serif');

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawFrame(doc);

  // Header: the government, the school, a rule.
  centred(doc, issuer.unit.toUpperCase(), 52, 'sans', 9.5, MUTED, { characterSpacing: 0.7 });
  centred(doc, issuer.name, 68, 'serifBold', 21, NAVY);
  drawRule(doc, 102);

  // The kind, "otorgado a" and the holder.
  centred(doc, title.toUpperCase(), 118, 'serifBold', fittingSize(doc, title.toUpperCase(), 'serifBold', 27, CONTENT_WIDTH, 18), NAVY, { characterSpacing: 1.5 });
  centred(doc, 'otorgado a', 160, 'serifItalic', 13, MUTED);
  const name = snapshot.holder.fullName;
  const nameSize = fittingSize(doc, name, 'serifBold', 30, CONTENT_WIDTH - 40, 11);
  centred(doc, name, 180 + (30 - nameSize) / 2, 'serifBold', nameSize, INK, { lineBreak: false });
  const ruleHalf = Math.max(170, doc.widthOfString(name) / 2 + 20);
  doc.save().lineWidth(0.6).strokeColor(GOLD).moveTo(PAGE.width / 2 - ruleHalf, 222).lineTo(PAGE.width / 2 + ruleHalf, 222).stroke().restore();
  const idLine = [`C.I. ${snapshot.holder.nationalId}`, snapshot.holder.municipality].filter(Boolean).join('  ·  ');
  centred(doc, idLine, 229, 'sans', 10, MUTED);

  // What was certified.
  let y = writeBody(doc, certificate, snapshot, 254);
  y = writeCompetencies(doc, snapshot, y + 12);

  // Place and date, signatories.
  const dateY = Math.max(y + 14, 390);
  const signatureLine = Math.max(dateY + 62, 458);
  centred(doc, `La Paz, ${spanishLongDate(issuedOn)}`, dateY, 'serifItalic', 12, INK);
  drawSignatories(doc, snapshot.signatories ?? [], signatureLine);

  // Bottom left: serial and verification code. Bottom right: QR code and its address.
  const footY = 508;
  const left = FRAME + 24;
  doc.font('sans').fontSize(7.5).fillColor(MUTED).text('N.º DE SERIE', left, footY, { characterSpacing: 0.5 });
  doc.font('sansBold').fontSize(11).fillColor(INK).text(certificate.serial, left, footY + 10);
  doc.font('sans').fontSize(7.5).fillColor(MUTED).text('CÓDIGO DE VERIFICACIÓN', left, footY + 28, { characterSpacing: 0.5 });
  doc.font('sansBold').fontSize(11).fillColor(INK).text(code, left, footY + 38);

  const qrSize = 70;
  const right = PAGE.width - FRAME - 24;
  const qrX = right - qrSize;
  const qrY = 462;
  drawQr(doc, options.verifyUrl, qrX, qrY, qrSize);
  const urlWidth = 220;
  doc.font('sans').fontSize(6.5).fillColor(MUTED).text('Verifique este certificado en', right - urlWidth, qrY + qrSize + 4, { width: urlWidth, align: 'right' });
  doc.font('sans').fontSize(6.5).fillColor(NAVY).text(options.verifyUrl, right - urlWidth, doc.y + 1, { width: urlWidth, align: 'right', link: options.verifyUrl });

  const mark = WATERMARKS[certificate.status];
  if (mark) {
    const when = certificate.status === 'revoked' ? certificate.revokedAt : certificate.supersededAt;
    const note =
      certificate.status === 'revoked'
        ? `Certificado REVOCADO${when ? ` el ${spanishLongDate(laPazDayOf(when))}` : ''}${certificate.revocationReason ? `. Motivo: ${certificate.revocationReason}` : ''}. Sin validez.`
        : `Certificado REEMPLAZADO${when ? ` el ${spanishLongDate(laPazDayOf(when))}` : ''} por uno corregido. Sin validez: consulte el vigente en la página de verificación.`;
    doc.font('sansBold').fontSize(8.5).fillColor('#b03a2e').text(note, 230, 528, { width: PAGE.width - 460, align: 'center', lineGap: 1, height: 32, ellipsis: true });
    drawWatermark(doc, mark);
  }

  doc.end();
  return done;
};
