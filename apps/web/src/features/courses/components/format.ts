import { intlLocale } from '../../../i18n';

/** A file size for people: "850 kB", "2,4 MB" (es-BO formats). */
export const formatFileSize = (bytes: number): string => {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(bytes, 1) / 1024, 'kilobyte'];
  return new Intl.NumberFormat(intlLocale(), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
};

/** An item of the framework as people read it: "A08.2 · Gestión de riesgos". */
export const frameworkLabel = (item: { code: string; name: string }): string => `${item.code} · ${item.name}`;
