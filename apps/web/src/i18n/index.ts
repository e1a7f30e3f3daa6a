import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import es from './es.json';

export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'campus-egm.language';
/** BCP 47 tags for Intl (dates and numbers): Bolivian Spanish formats. */
const LOCALE_TAGS: Record<Language, string> = { es: 'es-BO', en: 'en' };

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

const storedLanguage = (): Language => {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'es';
  } catch {
    return 'es';
  }
};

let featureTextsWanted = false;
const loadedFeatureTexts = new Set<Language>();

/** Adds the feature texts of a language (competencies, courses, cohorts, catalogue) once. */
const addFeatureTexts = async (language: Language) => {
  if (loadedFeatureTexts.has(language)) return;
  const texts = language === 'es' ? (await import('./features.es')).esFeatures : (await import('./features.en')).enFeatures;
  i18n.addResourceBundle(language, 'translation', texts, true, true);
  loadedFeatureTexts.add(language);
};

/**
 * The texts of the catalogue, course, cohort and framework pages: not in the main bundle (the
 * login and home pages don't need them), fetched with the first page that does, in Spanish and,
 * when chosen, English.
 */
export const loadFeatureTexts = async (): Promise<void> => {
  featureTextsWanted = true;
  await addFeatureTexts('es');
  if (currentLanguage() !== 'es') await addFeatureTexts(currentLanguage());
};

/** Spanish core texts ship in the main bundle; English is fetched only when chosen. */
const ensureLoaded = async (language: Language) => {
  if (language !== 'es' && !i18n.hasResourceBundle(language, 'translation')) {
    const { en } = await import('./resources.en');
    i18n.addResourceBundle(language, 'translation', en);
  }
  if (featureTextsWanted) await addFeatureTexts(language);
};

const applyToDocument = (language: Language) => {
  document.documentElement.lang = language;
};

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'es');

/** Locale tag for Intl formatters. */
export const intlLocale = (): string => LOCALE_TAGS[currentLanguage()];

export const initI18n = async (): Promise<void> => {
  const language = storedLanguage();
  await i18n.use(initReactI18next).init({
    lng: 'es',
    fallbackLng: 'es',
    resources: { es: { translation: es } },
    interpolation: { escapeValue: false },
  });
  if (language !== 'es') await changeLanguage(language);
  else applyToDocument('es');
};

export const changeLanguage = async (language: Language): Promise<void> => {
  try {
    await ensureLoaded(language);
  } catch {
    return; // offline: stay in the current language
  }
  await i18n.changeLanguage(language);
  applyToDocument(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this visit only
  }
};

export { i18n };
