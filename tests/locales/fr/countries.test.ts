import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/extract/fold.ts';
import { countries, inflect } from '../../../src/locales/fr/countries.ts';
import { dated, extractTexts } from '../../helpers.ts';

/** The 193 member states of the United Nations, by ISO 3166-1 alpha-2 code. */
const UN_MEMBERS = `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
  CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT
  GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH
  MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC
  VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ
  US UY UZ VU VE VN YE ZM ZW`.split(/\s+/);
const TERRITORIES = ['HK', 'TW', 'PS', 'XK', 'EH', 'PR', 'GL', 'NC', 'MO'];

/** Every folded place name (country name, alias, city) with the countries it stands for. */
function placeOwners(): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const c of countries) {
    for (const n of [c.name, ...(c.aliases ?? []), ...c.cities]) {
      const key = fold(n);
      owners.set(key, (owners.get(key) ?? new Set()).add(c.code));
    }
  }
  return owners;
}

const countryOf = (text: string) => extractTexts({ a: text }).events.map((e) => [e.type, e.country]);

describe('French gazetteer', () => {
  it('has one row per two-letter code', () => {
    const codes = countries.map((c) => c.code);
    expect(codes.filter((c) => !/^[A-Z]{2}$/.test(c))).toEqual([]);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  it('covers every UN member state and the territories the news reports on', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    const codes = new Set(countries.map((c) => c.code));
    expect([...UN_MEMBERS, ...TERRITORIES].filter((c) => !codes.has(c))).toEqual([]);
  });

  it('gives every place name to one country only', () => {
    const shared = [...placeOwners()].filter(([, codes]) => codes.size > 1).map(([name, codes]) => `${name}: ${[...codes].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('gives every nationality word to one country only', () => {
    const owners = new Map<string, Set<string>>();
    for (const c of countries) for (const d of c.demonyms) owners.set(fold(d), (owners.get(fold(d)) ?? new Set()).add(c.code));
    const shared = [...owners].filter(([, codes]) => codes.size > 1).map(([word, codes]) => `${word}: ${[...codes].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('writes every place with a capital, as places are matched only when capitalised', () => {
    // A name starting in lower case ("îles Fidji") would hide the capitalised name inside it.
    const lower = countries.flatMap((c) => [c.name, ...(c.aliases ?? []), ...c.cities]).filter((n) => !/^\p{Lu}/u.test(n));
    expect(lower).toEqual([]);
  });

  it('gives every country its article and a nationality word except where none is used', () => {
    expect(countries.filter((c) => c.demonyms.length === 0).map((c) => c.code).sort()).toEqual(['CD', 'VA']);
    expect(countries.find((c) => c.code === 'FJ')).toMatchObject({ subject: 'les Fidji', name: 'Fidji' });
    expect(countries.find((c) => c.code === 'KP')!.demonyms).toEqual(inflect('nord-coréen'));
  });
});

describe('French gazetteer through the whole extraction', () => {
  it.each([
    ['a coup in Fiji', '2006-12-06', "Le 5 décembre 2006, l'armée a pris le pouvoir aux îles Fidji.", 'coup', 'FJ'],
    ['a coup in Honduras', '2009-06-29', "Le 28 juin 2009, des militaires ont renversé le président du Honduras lors d'un coup d'État.", 'coup', 'HN'],
    ['arrests in Hong Kong, not in China', '2021-01-07', 'Le 6 janvier 2021, la police a arrêté cinquante militants prodémocratie à Hong Kong.', 'arrest', 'HK'],
    ['an arrest in North Korea, not in South Korea', '2016-01-23', 'Le 2 janvier 2016, un étudiant américain a été arrêté à Pyongyang, en Corée du Nord.', 'arrest', 'KP'],
    ['a coup in Burma', '2021-02-02', "Le 1er février 2021, l'armée a pris le pouvoir en Birmanie.", 'coup', 'MM'],
    ['a coup in Myanmar', '2021-02-02', "Le 1er février 2021, un coup d'État militaire a eu lieu au Myanmar.", 'coup', 'MM'],
    ['arrests in Kyrgyzstan', '2022-10-25', 'Le 23 octobre 2022, les autorités kirghizes ont arrêté une vingtaine de militants à Bichkek.', 'arrest', 'KG'],
    ['an expulsion by Ecuador', '2024-04-08', "Le 6 avril 2024, l'Équateur a expulsé l'ambassadeur du Mexique à Quito.", 'expulsion', 'EC'],
    ['arrests in Papua New Guinea, not in Guinea', '2019-05-20', 'Le 18 mai 2019, la police a arrêté dix manifestants à Port Moresby, en Papouasie-Nouvelle-Guinée.', 'arrest', 'PG'],
    ['arrests in South Sudan, not in Sudan', '2016-07-12', 'Le 10 juillet 2016, trois journalistes ont été arrêtés au Soudan du Sud.', 'arrest', 'SS'],
  ])('places %s', (_label, published, sentence, type, country) => {
    expect(countryOf(dated(published, sentence))).toEqual([[type, country]]);
  });

  it('does not take people named after a country or a city for places', () => {
    // "Salvador", "Maurice" and "Dominique" are first names: those countries go by longer names.
    const allende = extractTexts({ a: dated('1973-09-12', "Le 11 septembre 1973, l'armée chilienne a renversé le président Salvador Allende lors d'un coup d'État.") });
    expect(allende.events.map((e) => e.country)).not.toContain('SV');
    expect(countryOf(dated('2019-01-29', "Le 28 janvier 2019, l'opposant Maurice Kamto a été arrêté à Douala."))).toEqual([['arrest', 'CM']]);
    expect(countryOf(dated('2011-05-15', 'Le 14 mai 2011, Dominique Strauss-Kahn a été arrêté à New York.'))).toEqual([['arrest', 'US']]);
  });

  it('does not place a diplomatic expulsion in the city a convention is named after', () => {
    const c = extractTexts({ a: dated('2023-06-02', 'Le 1er juin 2023, le Maroc a expulsé un diplomate, en vertu de la Convention de Vienne.') });
    expect(c.events.map((e) => [e.type, e.country, e.agent])).toEqual([['expulsion', 'MA', 'Maroc']]);
  });
});
