/**
 * Countries with their French names, nationality words and main cities.
 * Each entry: ISO alpha-2 code, name with its article as a subject, the masculine singular
 * demonym (inflected by `inflect`, or every form listed), cities, other names.
 */
import type { Country } from '../../extract/locale.ts';

/** Every inflection of a regular French nationality adjective from its masculine singular. */
export function inflect(masculine: string): string[] {
  if (/[sx]$/.test(masculine)) return [masculine, `${masculine}e`, `${masculine}es`];
  if (masculine.endsWith('en')) return [masculine, `${masculine}ne`, `${masculine}s`, `${masculine}nes`];
  if (masculine.endsWith('e')) return [masculine, `${masculine}s`];
  if (/[èé]$/.test(masculine)) return [masculine, `${masculine}s`];
  return [masculine, `${masculine}e`, `${masculine}s`, `${masculine}es`];
}

type Row = [code: string, subject: string, demonym: string | string[], cities: string[], aliases?: string[]];

const rows: Row[] = [
  ['FR', 'la France', 'français', ['Paris', 'Marseille', 'Lyon', 'Toulouse', 'Bordeaux', 'Nice'], ['Hexagone']],
  ['ML', 'le Mali', 'malien', ['Bamako', 'Gao', 'Tombouctou', 'Kidal', 'Mopti', 'Ségou', 'Sikasso', 'Kayes', 'Ménaka']],
  ['NE', 'le Niger', 'nigérien', ['Niamey', 'Agadez', 'Zinder', 'Maradi', 'Tahoua']],
  ['BF', 'le Burkina Faso', ['burkinabè', 'burkinabé', 'burkinabés', 'burkinabée', 'burkinabées'], ['Ouagadougou', 'Bobo-Dioulasso'], ['Burkina']],
  ['GN', 'la Guinée', 'guinéen', ['Conakry', 'Kankan', 'Nzérékoré'], ['Guinée-Conakry']],
  ['GW', 'la Guinée-Bissau', 'bissau-guinéen', ['Bissau']],
  ['GQ', 'la Guinée équatoriale', 'équato-guinéen', ['Malabo']],
  ['GA', 'le Gabon', 'gabonais', ['Libreville', 'Port-Gentil', 'Franceville']],
  ['SD', 'le Soudan', 'soudanais', ['Khartoum', 'Omdurman', 'Port-Soudan', 'El-Fasher']],
  ['SS', 'le Soudan du Sud', 'sud-soudanais', ['Juba']],
  ['DZ', "l'Algérie", 'algérien', ['Alger', 'Oran', 'Constantine', 'Annaba']],
  ['MA', 'le Maroc', 'marocain', ['Rabat', 'Casablanca', 'Marrakech', 'Tanger', 'Fès']],
  ['TN', 'la Tunisie', 'tunisien', ['Tunis', 'Sfax', 'Sousse']],
  ['LY', 'la Libye', 'libyen', ['Tripoli', 'Benghazi']],
  ['EG', "l'Égypte", 'égyptien', ['Le Caire', 'Alexandrie']],
  ['TD', 'le Tchad', 'tchadien', ["N'Djamena", 'Ndjamena', 'Abéché']],
  ['SN', 'le Sénégal', 'sénégalais', ['Dakar', 'Thiès', 'Saint-Louis', 'Ziguinchor']],
  ['CI', "la Côte d'Ivoire", 'ivoirien', ['Abidjan', 'Yamoussoukro', 'Bouaké']],
  ['MR', 'la Mauritanie', 'mauritanien', ['Nouakchott']],
  ['BJ', 'le Bénin', 'béninois', ['Cotonou', 'Porto-Novo']],
  ['TG', 'le Togo', 'togolais', ['Lomé']],
  ['GH', 'le Ghana', 'ghanéen', ['Accra']],
  ['NG', 'le Nigeria', ['nigérian', 'nigériane', 'nigérians', 'nigérianes', 'nigeria'], ['Abuja', 'Lagos', 'Kano'], ['Nigéria']],
  ['CM', 'le Cameroun', 'camerounais', ['Yaoundé', 'Douala']],
  ['CF', 'la Centrafrique', 'centrafricain', ['Bangui'], ['République centrafricaine']],
  ['CG', 'le Congo', 'congolais', ['Brazzaville', 'Pointe-Noire'], ['Congo-Brazzaville']],
  ['CD', 'la RDC', [], ['Kinshasa', 'Goma', 'Lubumbashi', 'Bukavu'], ['République démocratique du Congo', 'Congo-Kinshasa']],
  ['RW', 'le Rwanda', 'rwandais', ['Kigali']],
  ['BI', 'le Burundi', 'burundais', ['Bujumbura', 'Gitega']],
  ['UG', "l'Ouganda", 'ougandais', ['Kampala']],
  ['KE', 'le Kenya', 'kényan', ['Nairobi', 'Mombasa']],
  ['ET', "l'Éthiopie", 'éthiopien', ['Addis-Abeba']],
  ['ER', "l'Érythrée", 'érythréen', ['Asmara']],
  ['SO', 'la Somalie', 'somalien', ['Mogadiscio']],
  ['DJ', 'Djibouti', 'djiboutien', []],
  ['MG', 'Madagascar', 'malgache', ['Antananarivo', 'Tananarive']],
  ['KM', 'les Comores', 'comorien', ['Moroni']],
  ['ZW', 'le Zimbabwe', 'zimbabwéen', ['Harare']],
  ['ZA', "l'Afrique du Sud", 'sud-africain', ['Pretoria', 'Johannesburg']],
  ['MZ', 'le Mozambique', 'mozambicain', ['Maputo']],
  ['AO', "l'Angola", 'angolais', ['Luanda']],
  ['GM', 'la Gambie', 'gambien', ['Banjul']],
  ['SL', 'la Sierra Leone', 'sierra-léonais', ['Freetown']],
  ['LR', 'le Liberia', 'libérien', ['Monrovia'], ['Libéria']],
  ['RU', 'la Russie', 'russe', ['Moscou', 'Saint-Pétersbourg'], ['Kremlin']],
  ['UA', "l'Ukraine", 'ukrainien', ['Kiev', 'Kyiv', 'Kharkiv', 'Odessa']],
  ['BY', 'la Biélorussie', 'biélorusse', ['Minsk'], ['Bélarus']],
  ['US', 'les États-Unis', 'américain', ['Washington', 'New York'], ['Maison Blanche']],
  ['GB', 'le Royaume-Uni', 'britannique', ['Londres']],
  ['DE', "l'Allemagne", 'allemand', ['Berlin']],
  ['IT', "l'Italie", 'italien', ['Rome']],
  ['ES', "l'Espagne", 'espagnol', ['Madrid']],
  ['BE', 'la Belgique', 'belge', ['Bruxelles']],
  ['CH', 'la Suisse', 'suisse', ['Berne', 'Genève']],
  ['NL', 'les Pays-Bas', 'néerlandais', ['Amsterdam', 'La Haye']],
  ['PT', 'le Portugal', 'portugais', ['Lisbonne']],
  ['PL', 'la Pologne', 'polonais', ['Varsovie']],
  ['TR', 'la Turquie', ['turc', 'turque', 'turcs', 'turques'], ['Ankara', 'Istanbul']],
  ['CN', 'la Chine', 'chinois', ['Pékin', 'Beijing', 'Shanghai']],
  ['IR', "l'Iran", 'iranien', ['Téhéran']],
  ['IQ', "l'Irak", 'irakien', ['Bagdad']],
  ['SY', 'la Syrie', 'syrien', ['Damas', 'Alep']],
  ['LB', 'le Liban', 'libanais', ['Beyrouth']],
  ['IL', 'Israël', 'israélien', ['Jérusalem', 'Tel-Aviv']],
  ['SA', "l'Arabie saoudite", 'saoudien', ['Riyad']],
  ['QA', 'le Qatar', 'qatari', ['Doha']],
  ['AF', "l'Afghanistan", 'afghan', ['Kaboul']],
  ['PK', 'le Pakistan', 'pakistanais', ['Islamabad', 'Karachi']],
  ['IN', "l'Inde", 'indien', ['New Delhi', 'Bombay']],
  ['MM', 'la Birmanie', 'birman', ['Naypyidaw', 'Rangoun'], ['Myanmar']],
  ['TH', 'la Thaïlande', 'thaïlandais', ['Bangkok']],
  ['AM', "l'Arménie", 'arménien', ['Erevan']],
  ['AZ', "l'Azerbaïdjan", 'azerbaïdjanais', ['Bakou']],
  ['GE', 'la Géorgie', 'géorgien', ['Tbilissi']],
  ['VE', 'le Venezuela', 'vénézuélien', ['Caracas']],
  ['BO', 'la Bolivie', 'bolivien', ['La Paz']],
  ['PE', 'le Pérou', 'péruvien', ['Lima']],
  ['HT', 'Haïti', 'haïtien', ['Port-au-Prince']],
  ['CA', 'le Canada', 'canadien', ['Ottawa', 'Montréal', 'Québec']],
];

function subjectName(subject: string): string {
  return subject.replace(/^(?:le |la |les |l')/, '');
}

export const countries: Country[] = rows.map(([code, subject, demonym, cities, aliases]) => ({
  code,
  subject,
  name: subjectName(subject),
  demonyms: Array.isArray(demonym) ? demonym : inflect(demonym),
  cities,
  aliases,
}));
