/**
 * Place and nationality lexicons: countries and capitals from the maintained `countries-list` package, plus US
 * states, large cities, regions and demonyms written as data for Dateline (from ISO 3166 and UN geoscheme names).
 */
import { countries } from 'countries-list';

const singleWords = `
america americas britain asia australia gaza gulf europe africa
adelaide africa alabama alaska alberta algiers americas amsterdam ankara antarctica arabia arctic arizona arkansas athens atlanta
atlantic auckland baghdad balkans baltimore bangalore bangkok barcelona bavaria beijing beirut belfast berlin birmingham bogota boston
brisbane bronx brooklyn brussels bucharest budapest cairo california caracas cardiff caribbean carolina casablanca catalonia caucasus chennai
chicago cologne colorado columbia connecticut crimea dallas damascus delaware delhi denver detroit dhaka doha donbas dubai
dublin east eastern edinburgh england europe florida frankfurt geneva georgia glasgow guadalajara guangzhou hamburg hanoi havana
hawaii hollywood houston idaho illinois indiana iowa ireland islamabad istanbul jakarta jeddah jersey jerusalem johannesburg kabul
kansas karachi kashmir kentucky khartoum kiev kolkata korea krakow kurdistan kyiv lagos lahore lima lisbon liverpool
london louisiana lyon madrid maine manchester manhattan manila marseille maryland massachusetts mecca medina mediterranean melbourne mexico
miami michigan milan minnesota minsk mississippi missouri montana montreal moscow mumbai munich nairobi naples nebraska nevada
north oceania ohio oklahoma ontario oregon orleans osaka ottawa pacific paris pennsylvania perth petersburg philadelphia phoenix
prague pyongyang quebec queens riyadh rome sahara saigon santiago scotland seattle seoul shanghai shenzhen siberia sinai
singapore south southern sydney taipei tehran tennessee texas tibet tokyo toronto tripoli tunis u.k. u.s. u.s.a. d.c. u.a.e. n.y. l.a. uk
us usa utah vancouver vermont vienna virginia wales warsaw washington west westminster wisconsin wuhan wyoming xinjiang
york zealand zurich
`;

/**
 * Countries' names in their own languages, which after a company's name name its branch there ("Tesco Polska",
 * "Telefónica España"): the largest European and American countries and a few others. Not place words: some are
 * given names too ("Italia Ricci").
 */
const endonyms = `
polska deutschland españa italia österreich schweiz suisse svizzera sverige norge danmark suomi magyarország
česko slovensko hrvatska srbija türkiye nederland belgië belgique brasil éire hellas
`;

const phrases = `
new hampshire
new jersey
new mexico
new york
north carolina
south carolina
north dakota
south dakota
rhode island
west virginia
middle east
los angeles
san diego
san francisco
las vegas
new orleans
silicon valley
tel aviv
abu dhabi
hong kong
kuala lumpur
cape town
addis ababa
rio de janeiro
sao paulo
são paulo
buenos aires
st petersburg
saint petersburg
new delhi
mexico city
new zealand
sri lanka
saudi arabia
south africa
north korea
south korea
united states
united kingdom
united nations
great britain
gaza strip
west bank
persian gulf
east asia
southeast asia
latin america
north america
south america
central america
wall street
new south wales
northern ireland
northern territory
western australia
south australia
british columbia
nova scotia
el paso
rio grande
río grande
ciudad juárez
ciudad juarez
san antonio
san jose
san juan
santa fe
santa barbara
st louis
st. louis
bay area
`;

const demonyms = `
american americans british briton britons english scottish welsh irish french german germans italian spanish
portuguese dutch belgian swiss austrian polish czech slovak hungarian romanian bulgarian greek turkish turks
russian russians ukrainian belarusian georgian armenian azerbaijani iranian iranians iraqi iraqis syrian
syrians lebanese israeli israelis palestinian palestinians jordanian saudi saudis emirati qatari kuwaiti yemeni
omani egyptian egyptians libyan tunisian algerian moroccan sudanese ethiopian somali kenyan nigerian ghanaian
south african african africans afghan afghans pakistani pakistanis indian indians bangladeshi sri lankan nepali
chinese japanese korean koreans taiwanese vietnamese thai filipino filipinos indonesian malaysian singaporean
australian australians canadian canadians mexican mexicans brazilian argentine argentinian chilean colombian
venezuelan cuban peruvian european europeans asian asians arab arabs persian kurdish kurds jewish muslim muslims
christian christians catholic catholics protestant sunni shia shiite islamic western eastern soviet nordic
scandinavian swedish norwegian danish finnish icelandic estonian latvian lithuanian serbian croatian bosnian
albanian slovenian macedonian maltese cypriot samoan samoans tongan fijian maori aboriginal hispanic latino
democrat democrats republican republicans democratic conservative conservatives labour liberal liberals tory
tories green greens philippine filipina malagasy islam christianity judaism hinduism buddhism sikhism hindu buddhist sikh swahili arabic
english hindi urdu mandarin cantonese farsi pashto dari bengali punjabi tamil latin
`;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const fromPackage = Object.values(countries).flatMap((c) => [c.name, c.capital].filter(Boolean).map((n) => n.toLowerCase()));

/** Whole place names, lower case ("iran", "new york", "saudi arabia"). */
export const PLACE_NAMES: ReadonlySet<string> = new Set([...fromPackage, ...phrases.split('\n').map((p) => p.trim()).filter(Boolean), ...words(singleWords), ...words(endonyms)]);

/** One-word place names and place words, lower case ("iran", "baghdad", "east"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set([...words(singleWords), ...fromPackage.filter((n) => !n.includes(' '))]);

/** Countries' names in their own languages, lower case ("polska"); some are given names too ("Italia"). */
export const ENDONYMS: ReadonlySet<string> = new Set(words(endonyms));

/** Nationalities, demonyms, religions and party adherents, lower case ("iranian", "democrat"). */
export const DEMONYMS: ReadonlySet<string> = new Set(words(demonyms));
