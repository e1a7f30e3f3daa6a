import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const i18nRoot = path.resolve(__dirname, '../../apps/web/src/i18n');

/** Every leaf key of a translations object, dotted (`courses.form.title`). */
const leafKeys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

/** The core file plus one file per feature, as resources.<lang>.ts merges them. */
const resources = (language: 'es' | 'en') => {
  const files = [
    path.join(i18nRoot, `${language}.json`),
    ...readdirSync(path.join(i18nRoot, language)).map((file) => path.join(i18nRoot, language, file)),
  ];
  return files.map((file) => ({ file: path.relative(i18nRoot, file), json: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> }));
};

describe('SPA translations', () => {
  it('has the same feature files in Spanish and English', () => {
    expect(readdirSync(path.join(i18nRoot, 'en')).sort()).toEqual(readdirSync(path.join(i18nRoot, 'es')).sort());
  });

  it('has exactly the same keys in Spanish and English, and no empty text', () => {
    const es = resources('es').flatMap(({ json }) => leafKeys(json)).sort();
    const en = resources('en').flatMap(({ json }) => leafKeys(json)).sort();
    expect(en.filter((key) => !es.includes(key))).toEqual([]);
    expect(es.filter((key) => !en.includes(key))).toEqual([]);
    for (const language of ['es', 'en'] as const) {
      for (const { file, json } of resources(language)) {
        const empty = leafKeys(json).filter((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], json) === '');
        expect({ file, empty }).toEqual({ file, empty: [] });
      }
    }
  });

  it('keeps each feature file to its own top-level key, so merging never overwrites core texts', () => {
    for (const language of ['es', 'en'] as const) {
      const [core, ...features] = resources(language);
      const seen = new Set(Object.keys(core.json));
      for (const { file, json } of features) {
        const keys = Object.keys(json);
        expect({ file, keys }).toEqual({ file, keys: [path.basename(file, '.json')] });
        expect(seen.has(keys[0])).toBe(false);
        seen.add(keys[0]);
      }
    }
  });
});
