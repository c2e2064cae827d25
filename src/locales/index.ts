/** Every language the extractor reads. Adding a language: a folder and one line here. */
import type { Locale } from '../extract/locale.ts';
import { en } from './en/index.ts';
import { fr } from './fr/index.ts';

export const locales: Record<string, Locale> = { fr, en };
export const defaultLang = 'fr';
