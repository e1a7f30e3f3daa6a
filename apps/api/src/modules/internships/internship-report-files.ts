import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvOfRecords } from '../../common/files/csv-records';
import type { InternshipReportDto, ReportFiguresDto, ReportRowDto } from './dto/internship-reports.dto';

/** The breakdowns, in the order of the CSV and of the workbook's sheets. */
const BREAKDOWNS: { key: 'byMunicipality' | 'byDepartment' | 'byGender' | 'byHostUnit'; label: string }[] = [
  { key: 'byMunicipality', label: 'Municipio' },
  { key: 'byDepartment', label: 'Departamento' },
  { key: 'byGender', label: 'Género' },
  { key: 'byHostUnit', label: 'Unidad receptora' },
];

const FIGURES: { header: string; value: (row: ReportFiguresDto) => number }[] = [
  { header: 'Postulaciones', value: (r) => r.applications },
  { header: 'Asignaciones', value: (r) => r.placements },
  { header: 'Pasantías aprobadas', value: (r) => r.completions },
  { header: 'Propuestas de mejora', value: (r) => r.proposals },
  { header: 'Propuestas implementadas', value: (r) => r.implemented },
];

export const REPORT_CSV_HEADERS = ['Desglose', 'Grupo', ...FIGURES.map((f) => f.header)];

/** `pasantias-2026-informe.csv`: what the downloaded files are called. */
export const reportFileName = (report: InternshipReportDto, extension: 'csv' | 'xlsx'): string =>
  `pasantias-${report.call.gestion}-${report.call.title}`.normalize('NFD').replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+$/, '').slice(0, 80) + `.${extension}`;

/** Every line of the CSV: the totals, each breakdown's groups, then the proposals by implementation status. */
const csvRecords = (report: InternshipReportDto): string[][] => {
  const line = (breakdown: string, group: string, row: ReportFiguresDto) => [breakdown, group, ...FIGURES.map((f) => String(f.value(row)))];
  return [
    line('Total', 'Convocatoria', report.totals),
    ...BREAKDOWNS.flatMap((b) => report[b.key].map((row: ReportRowDto) => line(b.label, row.label, row))),
    ...report.proposalStatus.map((s) => ['Estado de la propuesta', s.label, '', '', '', String(s.count), '']),
  ];
};

/** The report as CSV: UTF-8 with BOM, `;`, Spanish headers; streamed as the client reads it. */
export const reportCsv = (report: InternshipReportDto): Readable =>
  csvOfRecords(csvRecords(report), { header: true, columns: REPORT_CSV_HEADERS });

/**
 * The report as an Excel workbook (exceljs streaming writer): "Resumen", one sheet per breakdown
 * with a total row, and "Propuestas" by implementation status; numeric cells, frozen header.
 */
export const reportXlsx = (report: InternshipReportDto): Readable => {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Campus EGM';
  workbook.title = `${report.call.title} — informe`;

  const summary = workbook.addWorksheet('Resumen', { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.columns = [{ header: 'Indicador', key: 'label', width: 30 }, { header: 'Cantidad', key: 'value', width: 12, style: { numFmt: '0' } }];
  summary.getRow(1).font = { bold: true };
  for (const figure of FIGURES) summary.addRow([figure.header, figure.value(report.totals)]).commit();
  summary.commit();

  for (const breakdown of BREAKDOWNS) {
    const sheet = workbook.addWorksheet(breakdown.label, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [
      { header: breakdown.label, key: 'label', width: 36 },
      ...FIGURES.map((f, i) => ({ header: f.header, key: `f${i}`, width: 16, style: { numFmt: '0' } })),
    ];
    sheet.getRow(1).font = { bold: true };
    for (const row of report[breakdown.key]) sheet.addRow([row.label, ...FIGURES.map((f) => f.value(row))]).commit();
    const total = sheet.addRow(['Total', ...FIGURES.map((f) => f.value(report.totals))]);
    total.font = { bold: true };
    total.commit();
    sheet.commit();
  }

  const proposals = workbook.addWorksheet('Propuestas', { views: [{ state: 'frozen', ySplit: 1 }] });
  proposals.columns = [{ header: 'Estado de la propuesta', key: 'label', width: 30 }, { header: 'Propuestas', key: 'count', width: 12, style: { numFmt: '0' } }];
  proposals.getRow(1).font = { bold: true };
  for (const status of report.proposalStatus) proposals.addRow([status.label, status.count]).commit();
  const total = proposals.addRow(['Total', report.totals.proposals]);
  total.font = { bold: true };
  total.commit();
  proposals.commit();

  workbook.commit().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
};
