// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../certificates/fontkit.d.ts" />
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { DEPARTMENT_NAMES, internshipsApply, PEOPLE_COUNT_FIGURES, SUPPRESSION_THRESHOLD } from '@campus/domain';
import type { Breakdown, BreakdownRow, DashboardReport, ReportDimension, ReportFilters } from '@campus/domain';
import { csvOfRecords } from '../../common/files/csv-records';
import { dejavuFonts } from '../../common/files/dejavu-fonts';
import { laPazDateTime } from '../audit/audit-files';
import { spanishDateRange } from '../certificates/certificate-pdf';

/**
 * The dashboard's summary files (DESIGN.md, Reports): the same `DashboardReport` the API returns as
 * JSON, written as CSV (sections), an Excel workbook (a sheet per part) and a PDF (charts and
 * tables). Pure: they only read the report and the words that describe its filters.
 */

/** What the filters say in words (`Periodo`, `Municipio`…), resolved by the service: the report holds only ids. */
export interface ReportDescription {
  lines: { label: string; value: string }[];
}

type FigureKey = Exclude<keyof BreakdownRow, 'key' | 'label' | 'suppressed'>;

interface Figure {
  key: FigureKey;
  header: string;
  rate?: boolean;
}

/** The figures of every table, in order. */
export const FIGURES: Figure[] = [
  { key: 'officialsTrained', header: 'Personas capacitadas' },
  { key: 'enrolments', header: 'Inscripciones' },
  { key: 'completions', header: 'Aprobaciones' },
  { key: 'completionRate', header: 'Tasa de aprobación', rate: true },
  { key: 'trainingHours', header: 'Horas de formación' },
  { key: 'certificatesIssued', header: 'Certificados emitidos' },
  { key: 'certificatesRevoked', header: 'Certificados revocados' },
  { key: 'internshipsCompleted', header: 'Pasantías concluidas' },
  { key: 'proposalsProduced', header: 'Propuestas de mejora' },
  { key: 'proposalsImplemented', header: 'Propuestas implementadas' },
];

const INTERNSHIP_FIGURES: FigureKey[] = ['internshipsCompleted', 'proposalsProduced', 'proposalsImplemented'];

export const DIMENSION_TITLES: Record<ReportDimension, { title: string; column: string; sheet: string }> = {
  gender: { title: 'Por género', column: 'Género', sheet: 'Género' },
  department: { title: 'Por departamento', column: 'Departamento', sheet: 'Departamento' },
  municipality: { title: 'Por municipio', column: 'Municipio', sheet: 'Municipio' },
  area: { title: 'Por área de gestión', column: 'Área de gestión', sheet: 'Área' },
  modality: { title: 'Por modalidad', column: 'Modalidad', sheet: 'Modalidad' },
  sdg: { title: 'Por meta ODS', column: 'Meta ODS', sheet: 'Meta ODS' },
};

export const SUPPRESSED = `<${SUPPRESSION_THRESHOLD}`;
export const HIDDEN = 'oculto';
export const NOT_APPLICABLE = 'no aplica';

/**
 * A figure of a row: its number, or why there is none — `no aplica` (internship figures under a
 * course filter or a course dimension), `<5` (a people count hidden for publication) or `oculto`
 * (a rate or hours derived from a hidden count).
 */
export const figureValue = (filters: ReportFilters, row: Pick<BreakdownRow, FigureKey | 'suppressed'>, key: FigureKey): number | string => {
  const value = row[key];
  if (value !== null && value !== undefined) return value;
  const internship = INTERNSHIP_FIGURES.includes(key);
  if (internship && !internshipsApply(filters)) return NOT_APPLICABLE;
  if (row.suppressed) return (PEOPLE_COUNT_FIGURES as readonly string[]).includes(key) ? SUPPRESSED : HIDDEN;
  return internship ? NOT_APPLICABLE : '';
};

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** `2025-03` → `marzo 2025`. */
export const monthLabel = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

const MONTHLY_COLUMNS: { key: 'enrolments' | 'completions' | 'trainingHours' | 'certificatesIssued' | 'internshipsCompleted'; header: string }[] = [
  { key: 'enrolments', header: 'Inscripciones' },
  { key: 'completions', header: 'Aprobaciones' },
  { key: 'trainingHours', header: 'Horas de formación' },
  { key: 'certificatesIssued', header: 'Certificados emitidos' },
  { key: 'internshipsCompleted', header: 'Pasantías concluidas' },
];

/** `informe-formacion-2025-01-01-a-2025-12-31.pdf`: what the summary files are called. */
export const dashboardFileName = (filters: ReportFilters, extension: 'csv' | 'xlsx' | 'pdf'): string =>
  `informe-formacion-${filters.from}-a-${filters.to}.${extension}`;

/** The period in words: `del 1 de enero al 31 de diciembre de 2025`. */
export const periodText = (filters: ReportFilters): string => spanishDateRange(filters.from, filters.to);

/** Rows of the coverage matrix: each municipality with its completions per area (0 for an empty cell). */
const coverageMatrix = (report: DashboardReport) => {
  const cells = new Map(report.heatmap.cells.map((cell) => [`${cell.municipalityId ?? ''}|${cell.areaId}`, cell]));
  return report.heatmap.municipalities.map((municipality) => {
    const values = report.heatmap.areas.map((area) => cells.get(`${municipality.id ?? ''}|${area.id}`)?.completions ?? 0);
    return { municipality, values, total: values.reduce((sum, value) => sum + value, 0) };
  });
};

const areaHeader = (area: { code: string; name: string }) => `${area.code} ${area.name}`;

/** The second column of a breakdown: the stable key people can read (an area's code rather than its id). */
const keyHeader = (dimension: ReportDimension): string => (dimension === 'municipality' ? 'Id del municipio' : 'Código');
const keyOf = (report: DashboardReport, breakdown: Breakdown, row: BreakdownRow): string =>
  breakdown.dimension === 'area' ? report.heatmap.areas.find((area) => area.id === row.key)?.code ?? row.key ?? '' : row.key ?? '';

// ---------------------------------------------------------------------------------------------
// CSV

/** A number as Spanish spreadsheets read it in a `;` CSV (decimal comma); a rate as a percentage. */
const csvNumber = (value: number | string, rate = false): string =>
  typeof value === 'string' ? value : String(rate ? Math.round(value * 1000) / 10 : value).replace('.', ',');

const figureHeaders = () => FIGURES.map((f) => (f.rate ? `${f.header} (%)` : f.header));

/** Every line of the summary CSV: sections with a title line, a header line, rows, then a blank line. */
export const dashboardCsvRecords = (report: DashboardReport, description: ReportDescription): string[][] => {
  const records: string[][] = [];
  const figures = (row: Pick<BreakdownRow, FigureKey | 'suppressed'>) => FIGURES.map((f) => csvNumber(figureValue(report.filters, row, f.key), f.rate));

  records.push(['Resumen'], ['Indicador', 'Valor']);
  for (const line of description.lines) records.push([line.label, line.value]);
  for (const f of FIGURES) records.push([f.rate ? `${f.header} (%)` : f.header, csvNumber(figureValue(report.filters, report.headline, f.key), f.rate)]);
  records.push([]);

  for (const breakdown of report.breakdowns) {
    const titles = DIMENSION_TITLES[breakdown.dimension];
    records.push([titles.title], [titles.column, keyHeader(breakdown.dimension), ...figureHeaders()]);
    for (const row of breakdown.rows) records.push([row.label, keyOf(report, breakdown, row), ...figures(row)]);
    if (breakdown.additive) records.push(['Total', '', ...figures(report.headline)]);
    records.push([]);
  }

  records.push(['Cobertura municipio × área'], ['Municipio', 'Departamento', ...report.heatmap.areas.map(areaHeader), 'Total aprobaciones']);
  for (const line of coverageMatrix(report)) {
    const department = line.municipality.department ? DEPARTMENT_NAMES[line.municipality.department] : '';
    records.push([line.municipality.name, department, ...line.values.map((v) => csvNumber(v)), csvNumber(line.total)]);
  }
  records.push([]);

  records.push(['Tendencia mensual'], ['Mes', ...MONTHLY_COLUMNS.map((c) => c.header)]);
  for (const month of report.monthly) {
    records.push([
      month.month,
      ...MONTHLY_COLUMNS.map((c) => {
        const value = month[c.key];
        return value === null ? NOT_APPLICABLE : csvNumber(value);
      }),
    ]);
  }
  records.push([]);
  records.push(['Notas'], ...NOTES(report).map((note) => [note]));
  return records;
};

/** The summary as CSV: UTF-8 with BOM, `;`, sections one after another; streamed. */
export const dashboardCsv = (report: DashboardReport, description: ReportDescription): Readable =>
  csvOfRecords(dashboardCsvRecords(report, description));

/** What every file says about the figures (definitions and the publication option). */
export const NOTES = (report: DashboardReport): string[] => [
  'Inscripciones: personas admitidas en cohortes que inician en el periodo (no se cuentan solicitudes, lista de espera ni rechazos); cohortes canceladas excluidas.',
  'Aprobaciones: inscripciones con estado aprobado. Tasa de aprobación = aprobaciones / inscripciones.',
  'Horas de formación: suma de la carga horaria del curso por cada aprobación. Personas capacitadas: personas distintas con al menos una aprobación.',
  'Certificados emitidos: emitidos en el periodo y no reemplazados (los revocados se cuentan dentro y también aparte).',
  'Pasantías y propuestas de mejora no son cursos: con un filtro de curso (área, modalidad, curso o meta ODS) figuran como «no aplica».',
  'Las personas se ubican por el municipio (y departamento) y el género de su cuenta. Un curso puede atender varias metas ODS: ese desglose no suma el total.',
  report.suppressed
    ? `Publicación: en el desglose por género, las cifras de menos de ${SUPPRESSION_THRESHOLD} personas se muestran como «${SUPPRESSED}» y las tasas y horas derivadas de ellas como «${HIDDEN}».`
    : `Sin supresión de celdas pequeñas: uso interno. Para publicar, active la opción que oculta (${SUPPRESSED}) las cifras de menos de ${SUPPRESSION_THRESHOLD} personas por género.`,
];

// ---------------------------------------------------------------------------------------------
// XLSX

const XLSX_HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };

const styleHeader = (sheet: ExcelJS.Worksheet, columns: number) => {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (let c = 1; c <= columns; c += 1) header.getCell(c).fill = XLSX_HEADER_FILL;
};

/** A figure in a cell: numbers typed (a rate as a fraction with a percentage format), otherwise the reason as text. */
const setFigure = (cell: ExcelJS.Cell, value: number | string, rate = false) => {
  cell.value = value;
  if (typeof value === 'number') cell.numFmt = rate ? '0.0%' : '#,##0';
  else cell.alignment = { horizontal: 'right' };
};

const newSheet = (workbook: ExcelJS.Workbook, name: string, widths: number[], headers: string[]) => {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 14 }));
  styleHeader(sheet, headers.length);
  return sheet;
};

/**
 * The summary as an Excel workbook: "Resumen" (headline and filters), one sheet per breakdown,
 * "Cobertura" (municipalities × areas, completions) and "Tendencia mensual". Numeric cells typed,
 * the rate as a percentage, header row frozen, autofilter on each table.
 */
export const dashboardXlsx = async (report: DashboardReport, description: ReportDescription): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Campus EGM';
  workbook.title = `Informe de formación ${periodText(report.filters)}`;
  workbook.created = new Date(report.generatedAt);

  const summary = workbook.addWorksheet('Resumen', { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.columns = [{ header: 'Indicador', width: 34 }, { header: 'Valor', width: 48 }];
  styleHeader(summary, 2);
  for (const f of FIGURES) {
    const row = summary.addRow([f.header]);
    setFigure(row.getCell(2), figureValue(report.filters, report.headline, f.key), f.rate);
    row.getCell(2).alignment = { horizontal: 'left' };
  }
  summary.addRow([]);
  summary.addRow(['Filtros']).font = { bold: true };
  for (const line of description.lines) summary.addRow([line.label, line.value]);
  summary.addRow([]);
  summary.addRow(['Notas']).font = { bold: true };
  for (const note of NOTES(report)) {
    const row = summary.addRow([note]);
    summary.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = 30;
  }

  for (const breakdown of report.breakdowns) {
    const titles = DIMENSION_TITLES[breakdown.dimension];
    const sheet = newSheet(workbook, titles.sheet, [breakdown.dimension === 'area' ? 46 : 28, 12, ...FIGURES.map(() => 14)], [titles.column, keyHeader(breakdown.dimension), ...FIGURES.map((f) => f.header)]);
    for (const source of breakdown.rows) {
      const row = sheet.addRow([source.label, keyOf(report, breakdown, source)]);
      FIGURES.forEach((f, i) => setFigure(row.getCell(3 + i), figureValue(report.filters, source, f.key), f.rate));
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, breakdown.rows.length + 1), column: 2 + FIGURES.length } };
    sheet.addRow([]);
    const total = sheet.addRow([breakdown.additive ? 'Total' : 'Total (sin duplicar; las filas no suman)', '']);
    FIGURES.forEach((f, i) => setFigure(total.getCell(3 + i), figureValue(report.filters, report.headline, f.key), f.rate));
    total.font = { bold: true };
  }

  const matrix = coverageMatrix(report);
  const coverage = newSheet(
    workbook,
    'Cobertura',
    [28, 14, ...report.heatmap.areas.map(() => 16), 14],
    ['Municipio', 'Departamento', ...report.heatmap.areas.map(areaHeader), 'Total aprobaciones'],
  );
  coverage.getRow(1).height = 60;
  for (const line of matrix) {
    const department = line.municipality.department ? DEPARTMENT_NAMES[line.municipality.department] : '';
    const row = coverage.addRow([line.municipality.name, department, ...line.values, line.total]);
    for (let c = 3; c <= 3 + line.values.length; c += 1) row.getCell(c).numFmt = '#,##0';
  }
  coverage.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, matrix.length + 1), column: 3 + report.heatmap.areas.length } };

  const trend = newSheet(workbook, 'Tendencia mensual', [16, ...MONTHLY_COLUMNS.map(() => 16)], ['Mes', ...MONTHLY_COLUMNS.map((c) => c.header)]);
  for (const month of report.monthly) {
    const row = trend.addRow([month.month]);
    MONTHLY_COLUMNS.forEach((c, i) => setFigure(row.getCell(2 + i), month[c.key] ?? NOT_APPLICABLE));
  }
  trend.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, report.monthly.length + 1), column: 1 + MONTHLY_COLUMNS.length } };

  return Buffer.from(await workbook.xlsx.writeBuffer());
};

// ---------------------------------------------------------------------------------------------
// PDF

const FONT_FILES = {
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
  condensed: 'DejaVuSansCondensed.ttf',
  condensedBold: 'DejaVuSansCondensed-Bold.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;
/** DejaVu (embedded, Spanish letters everywhere), parsed once per process like the certificates'. */
const fonts = () => dejavuFonts(FONT_FILES);

type Doc = PDFKit.PDFDocument;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const WIDTH = A4.width - 2 * MARGIN;
const BOTTOM = A4.height - 60;
const INK = '#1f2933';
const NAVY = '#1b365d';
const MUTED = '#52606d';
const LIGHT = '#9fb3c8';
const DARK = '#1b5e9e';
const RULE = '#cbd2d9';

const number = new Intl.NumberFormat('es-BO', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('es-BO', { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 });
const pdfValue = (value: number | string, rate = false) => (typeof value === 'string' ? value : rate ? percent.format(value) : number.format(value));

/** A line of text cut to `width` with an ellipsis. */
const fit = (doc: Doc, text: string, width: number): string => {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
};

/** Starts a new page when fewer than `needed` points are left. */
const ensureSpace = (doc: Doc, needed: number) => {
  if (doc.y + needed > BOTTOM) {
    doc.addPage();
    doc.y = MARGIN;
  }
};

/** A section title, kept together with the start of what follows it. */
const heading = (doc: Doc, text: string) => {
  ensureSpace(doc, 120);
  doc.moveDown(0.6);
  doc.font('sansBold').fontSize(13).fillColor(NAVY).text(text, MARGIN, doc.y, { width: WIDTH });
  const y = doc.y + 2;
  doc.save().lineWidth(0.6).strokeColor(RULE).moveTo(MARGIN, y).lineTo(MARGIN + WIDTH, y).stroke().restore();
  doc.y = y + 6;
};

interface Bar {
  label: string;
  /** Light bar (enrolments) and dark bar (completions); `null` when hidden. */
  light: number | null;
  dark: number | null;
  lightText: string;
  darkText: string;
}

const legend = (doc: Doc, y: number) => {
  doc.font('sans').fontSize(7.5);
  let x = MARGIN;
  for (const [color, text] of [
    [LIGHT, 'Inscripciones'],
    [DARK, 'Aprobaciones'],
  ] as const) {
    doc.save().rect(x, y + 1, 8, 8).fill(color).restore();
    doc.fillColor(MUTED).text(text, x + 11, y, { lineBreak: false });
    x += 11 + doc.widthOfString(text) + 14;
  }
};

/** Horizontal bars: one pair per row (enrolments light, completions dark), values at the end. */
const horizontalBars = (doc: Doc, bars: Bar[], description: string) => {
  const labelWidth = 150;
  const valueWidth = 80;
  const chartWidth = WIDTH - labelWidth - valueWidth - 8;
  const rowHeight = 16;
  const max = Math.max(1, ...bars.map((b) => Math.max(b.light ?? 0, b.dark ?? 0)));
  ensureSpace(doc, 30 + Math.min(bars.length, 8) * rowHeight);
  legend(doc, doc.y);
  doc.font('sans').fontSize(7).fillColor(MUTED).text(description, MARGIN + 170, doc.y, { width: WIDTH - 170, align: 'right' });
  doc.y += 6;
  for (const bar of bars) {
    ensureSpace(doc, rowHeight);
    const y = doc.y;
    doc.font('sans').fontSize(7.5).fillColor(INK).text(fit(doc, bar.label, labelWidth - 6), MARGIN, y + 3, { width: labelWidth - 6, lineBreak: false });
    const x = MARGIN + labelWidth;
    // A hidden figure (<5) has no bar: a dashed box says something is there.
    if (bar.light === null) doc.save().lineWidth(0.5).dash(2, { space: 2 }).strokeColor(MUTED).rect(x, y + 2, 24, 11).stroke().undash().restore();
    else doc.save().rect(x, y + 2, Math.max(bar.light > 0 ? 1 : 0, (bar.light / max) * chartWidth), 11).fill(LIGHT).restore();
    if (bar.dark !== null) doc.save().rect(x, y + 5, Math.max(bar.dark > 0 ? 1 : 0, (bar.dark / max) * chartWidth), 5).fill(DARK).restore();
    doc.font('sans').fontSize(7).fillColor(MUTED).text(`${bar.lightText} / ${bar.darkText}`, x + chartWidth + 8, y + 3, { width: valueWidth, lineBreak: false });
    doc.y = y + rowHeight;
  }
  doc.y += 4;
};

const SHORT_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

/** Vertical bars per month (enrolments light, completions dark). */
const monthlyBars = (doc: Doc, report: DashboardReport) => {
  const height = 150;
  ensureSpace(doc, height + 50);
  legend(doc, doc.y);
  doc.y += 14;
  const top = doc.y;
  const left = MARGIN + 34;
  const width = WIDTH - 34;
  const months = report.monthly;
  const max = Math.max(1, ...months.map((m) => Math.max(m.enrolments, m.completions)));
  // A round scale: four gridlines.
  const step = Math.max(1, Math.ceil(max / 4 / Math.pow(10, Math.floor(Math.log10(max / 4 || 1)))) * Math.pow(10, Math.floor(Math.log10(max / 4 || 1))));
  const scaleMax = step * 4;
  doc.font('sans').fontSize(6.5);
  for (let i = 0; i <= 4; i += 1) {
    const y = top + height - (height * i) / 4;
    doc.save().lineWidth(0.4).strokeColor(RULE).moveTo(left, y).lineTo(left + width, y).stroke().restore();
    doc.fillColor(MUTED).text(number.format(step * i), MARGIN, y - 3, { width: 30, align: 'right', lineBreak: false });
  }
  const slot = width / Math.max(1, months.length);
  const barWidth = Math.max(1, Math.min(14, (slot - 4) / 2));
  const every = Math.ceil(months.length / 24);
  months.forEach((m, i) => {
    const x = left + i * slot + (slot - 2 * barWidth) / 2;
    const h1 = (m.enrolments / scaleMax) * height;
    const h2 = (m.completions / scaleMax) * height;
    doc.save().rect(x, top + height - h1, barWidth, h1).fill(LIGHT).restore();
    doc.save().rect(x + barWidth, top + height - h2, barWidth, h2).fill(DARK).restore();
    if (i % every === 0) {
      const label = `${SHORT_MONTHS[Number(m.month.slice(5, 7)) - 1]}${months.length > 12 || i === 0 ? ` ${m.month.slice(2, 4)}` : ''}`;
      doc.fillColor(MUTED).text(label, left + i * slot - 4, top + height + 3, { width: slot * every + 8, align: every > 1 ? 'left' : 'center', lineBreak: false });
    }
  });
  doc.y = top + height + 18;
};

interface TableColumn {
  header: string;
  width: number;
  align: 'left' | 'right';
}

/** A table that breaks across pages, repeating its header. */
const table = (doc: Doc, columns: TableColumn[], rows: string[][], options: { boldLast?: boolean } = {}) => {
  const rowHeight = 13;
  const drawHeader = () => {
    const y = doc.y;
    doc.save().rect(MARGIN, y, WIDTH, 22).fill('#eef2f7').restore();
    let x = MARGIN;
    doc.font('condensedBold').fontSize(6.6).fillColor(INK);
    for (const column of columns) {
      doc.text(column.header, x + 3, y + 3, { width: column.width - 6, align: column.align, height: 18, ellipsis: true });
      x += column.width;
    }
    doc.y = y + 24;
  };
  ensureSpace(doc, 24 + rowHeight * Math.min(rows.length, 3));
  drawHeader();
  rows.forEach((row, index) => {
    if (doc.y + rowHeight > BOTTOM) {
      doc.addPage();
      doc.y = MARGIN;
      drawHeader();
    }
    const y = doc.y;
    const bold = options.boldLast && index === rows.length - 1;
    if (index % 2 === 1) doc.save().rect(MARGIN, y - 1, WIDTH, rowHeight).fill('#f7f9fb').restore();
    let x = MARGIN;
    doc.font(bold ? 'sansBold' : 'condensed').fontSize(7.2).fillColor(INK);
    row.forEach((cell, i) => {
      const column = columns[i];
      doc.text(fit(doc, cell, column.width - 6), x + 3, y + 2, { width: column.width - 6, align: column.align, lineBreak: false });
      x += column.width;
    });
    doc.y = y + rowHeight;
  });
  doc.y += 6;
};

/** The figures of a breakdown's table in the PDF (the columns that fit on a portrait page). */
const PDF_FIGURES: FigureKey[] = ['officialsTrained', 'enrolments', 'completions', 'completionRate', 'trainingHours', 'certificatesIssued', 'internshipsCompleted'];

const breakdownTable = (doc: Doc, report: DashboardReport, breakdown: Breakdown) => {
  const figures = PDF_FIGURES.map((key) => FIGURES.find((f) => f.key === key)!);
  const figureWidth = 55;
  const labelWidth = WIDTH - figures.length * figureWidth;
  const columns: TableColumn[] = [
    { header: DIMENSION_TITLES[breakdown.dimension].column, width: labelWidth, align: 'left' },
    ...figures.map((f) => ({ header: f.header, width: figureWidth, align: 'right' as const })),
  ];
  const line = (label: string, row: Pick<BreakdownRow, FigureKey | 'suppressed'>) => [label, ...figures.map((f) => pdfValue(figureValue(report.filters, row, f.key), f.rate))];
  const rows = breakdown.rows.map((row) => line(row.label, row));
  if (breakdown.additive) rows.push(line('Total', report.headline));
  table(doc, columns, rows, { boldLast: breakdown.additive });
};

const barsOf = (report: DashboardReport, breakdown: Breakdown): Bar[] =>
  breakdown.rows.map((row) => {
    const enrolments = figureValue(report.filters, row, 'enrolments');
    const completions = figureValue(report.filters, row, 'completions');
    return {
      label: row.label,
      light: typeof enrolments === 'number' ? enrolments : null,
      dark: typeof completions === 'number' ? completions : null,
      lightText: pdfValue(enrolments),
      darkText: pdfValue(completions),
    };
  });

/** The headline as a grid of cards: the number large, what it counts small. */
const headlineCards = (doc: Doc, report: DashboardReport) => {
  const cards = FIGURES.filter((f) => f.key !== 'certificatesRevoked');
  const perRow = 3;
  const gap = 8;
  const cardWidth = (WIDTH - gap * (perRow - 1)) / perRow;
  const cardHeight = 46;
  const top = doc.y;
  cards.forEach((f, i) => {
    const x = MARGIN + (i % perRow) * (cardWidth + gap);
    const y = top + Math.floor(i / perRow) * (cardHeight + gap);
    doc.save().lineWidth(0.6).roundedRect(x, y, cardWidth, cardHeight, 4).fillAndStroke('#f5f7fa', RULE).restore();
    const value = figureValue(report.filters, report.headline, f.key);
    doc.font('sansBold').fontSize(typeof value === 'string' ? 12 : 17).fillColor(NAVY).text(pdfValue(value, f.rate), x + 8, y + 7, { width: cardWidth - 16, lineBreak: false });
    let caption = f.header;
    if (f.key === 'certificatesIssued' && report.headline.certificatesRevoked > 0) caption += ` (${number.format(report.headline.certificatesRevoked)} revocados)`;
    doc.font('sans').fontSize(7.5).fillColor(MUTED).text(caption, x + 8, y + 30, { width: cardWidth - 16, lineBreak: false });
  });
  doc.y = top + Math.ceil(cards.length / perRow) * (cardHeight + gap);
};

/**
 * The summary as a PDF (A4 portrait): title, period and filters, the headline figures, bar charts
 * of the main breakdowns (gender, department, area) and of the monthly trend, each followed by its
 * table, the other breakdowns as tables, and the notes on definitions and suppression; page
 * numbers in the footer. Text in embedded DejaVu Sans (selectable, Spanish letters).
 */
export const dashboardPdf = (report: DashboardReport, description: ReportDescription): Promise<Buffer> => {
  const font = fonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    font: null as unknown as string,
    lang: 'es-BO',
    displayTitle: true,
    info: {
      Title: `Informe de formación — ${periodText(report.filters)}`,
      Author: 'Escuela de Gestores Municipales — Gobierno Autónomo Municipal de La Paz',
      Subject: 'Indicadores de formación de servidoras y servidores públicos municipales',
      Creator: 'Campus EGM',
      CreationDate: new Date(report.generatedAt),
    },
  });
  (Object.keys(FONT_FILES) as FontName[]).forEach((name) => doc.registerFont(name, font[name] as unknown as Buffer));
  doc.font('sans');

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  // Title, period, filters.
  doc.font('sans').fontSize(8).fillColor(MUTED).text('GOBIERNO AUTÓNOMO MUNICIPAL DE LA PAZ · ESCUELA DE GESTORES MUNICIPALES', MARGIN, MARGIN, { width: WIDTH, characterSpacing: 0.4 });
  doc.moveDown(0.3);
  doc.font('sansBold').fontSize(20).fillColor(NAVY).text('Informe de formación', { width: WIDTH });
  doc.font('sans').fontSize(11).fillColor(INK).text(`Periodo: ${periodText(report.filters)}`, { width: WIDTH });
  doc.moveDown(0.4);
  doc.fontSize(8.5).fillColor(MUTED);
  for (const line of description.lines.filter((l) => l.label !== 'Periodo')) {
    doc.font('sansBold').text(`${line.label}: `, { continued: true }).font('sans').text(line.value, { width: WIDTH });
  }
  doc.text(`Generado: ${laPazDateTime(new Date(report.generatedAt))} (hora de La Paz)`, { width: WIDTH });
  doc.moveDown(0.8);

  heading(doc, 'Cifras principales');
  headlineCards(doc, report);

  const byDimension = new Map(report.breakdowns.map((b) => [b.dimension, b]));
  const charted: ReportDimension[] = ['gender', 'department', 'area'];
  for (const dimension of charted) {
    const breakdown = byDimension.get(dimension);
    if (!breakdown) continue;
    heading(doc, DIMENSION_TITLES[dimension].title);
    horizontalBars(doc, barsOf(report, breakdown), 'inscripciones / aprobaciones');
    breakdownTable(doc, report, breakdown);
  }

  heading(doc, 'Tendencia mensual');
  monthlyBars(doc, report);
  table(
    doc,
    [{ header: 'Mes', width: WIDTH - MONTHLY_COLUMNS.length * 70, align: 'left' }, ...MONTHLY_COLUMNS.map((c) => ({ header: c.header, width: 70, align: 'right' as const }))],
    report.monthly.map((m) => [monthLabel(m.month), ...MONTHLY_COLUMNS.map((c) => pdfValue(m[c.key] ?? NOT_APPLICABLE))]),
  );

  for (const dimension of ['modality', 'sdg', 'municipality'] as const) {
    const breakdown = byDimension.get(dimension);
    if (!breakdown) continue;
    heading(doc, DIMENSION_TITLES[dimension].title);
    breakdownTable(doc, report, breakdown);
  }

  heading(doc, 'Definiciones y notas');
  doc.font('sans').fontSize(8).fillColor(INK);
  for (const note of NOTES(report)) {
    ensureSpace(doc, 24);
    doc.text(`• ${note}`, MARGIN, doc.y, { width: WIDTH, paragraphGap: 3 });
  }

  // Footer on every page: the title and "Página n de N".
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Below the text area: without this pdfkit would start a new page for the footer.
    doc.page.margins.bottom = 0;
    const y = A4.height - 36;
    doc.save().lineWidth(0.5).strokeColor(RULE).moveTo(MARGIN, y - 6).lineTo(MARGIN + WIDTH, y - 6).stroke().restore();
    doc.font('sans').fontSize(7.5).fillColor(MUTED);
    doc.text(`Campus EGM · Informe de formación · ${report.filters.from} a ${report.filters.to}`, MARGIN, y, { width: WIDTH * 0.75, lineBreak: false });
    doc.text(`Página ${i - range.start + 1} de ${range.count}`, MARGIN + WIDTH * 0.75, y, { width: WIDTH * 0.25, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
};
