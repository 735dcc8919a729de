/** Word lists the synthetic corpus draws from: invented names, real-sounding titles, organisations and places. */

/** Given names, mixed origins, so the people index has the spread of a real wire archive. */
export const GIVEN_NAMES = [
  'Amara', 'Benedikt', 'Carmen', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ines', 'Jonas', 'Kofi', 'Leila',
  'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Samuel', 'Tamar', 'Umar', 'Valeria', 'Wei', 'Ximena',
  'Yusuf', 'Zofia', 'Adrian', 'Beatrix', 'Caleb', 'Daria', 'Emeka', 'Fiona', 'Gustavo', 'Hana', 'Ivan', 'Julia',
  'Kenji', 'Lucia', 'Marcus', 'Nora', 'Olumide', 'Paula', 'Rashid', 'Sofia', 'Tobias', 'Ursula', 'Viktor', 'Wanjiru',
  'Alejandro', 'Bridget', 'Chen', 'Deborah', 'Esteban', 'Freya', 'Gabriel', 'Helena', 'Ibrahim', 'Johanna',
];

/** Family names. */
export const FAMILY_NAMES = [
  'Abernathy', 'Bakshi', 'Castellano', 'Dubrovin', 'Eriksen', 'Fontaine', 'Galloway', 'Haddad', 'Iwasaki', 'Jovanovic',
  'Kowalczyk', 'Lindqvist', 'Mbeki', 'Novak', 'Okonkwo', 'Petrakis', 'Quiroga', 'Rasmussen', 'Szabo', 'Tanaka',
  'Umarov', 'Vasquez', 'Whitfield', 'Xu', 'Yilmaz', 'Zimmermann', 'Achterberg', 'Bellamy', 'Cardoso', 'Delacroix',
  'Estrada', 'Fitzgerald', 'Grunewald', 'Hollis', 'Ibarra', 'Jablonski', 'Kaczmarek', 'Lomax', 'Marchetti', 'Nakamura',
  'Oyelaran', 'Pellegrini', 'Renner', 'Salazar', 'Thorne', 'Underhill', 'Valcourt', 'Weatherby', 'Yamada', 'Zeller',
  'Ashworth', 'Brennan', 'Chaudhry', 'Dimitrov', 'Engel', 'Farrow', 'Gallagher', 'Hartmann', 'Ishikawa', 'Kessler',
];

/** Role descriptions as a wire service writes them, before "of <organisation>". */
export const ROLES = [
  'a spokesperson for', 'the chief executive of', 'a senior analyst at', 'the director of', 'a deputy minister at',
  'the chair of', 'a researcher at', 'a senior official at', 'the general counsel of', 'an economist at',
  'the head of communications at', 'a founding partner of', 'the president of', 'a board member of',
];

/** Honorifics and titles written before a name. */
export const TITLES = ['Sen.', 'Gov.', 'Gen.', 'Dr.', 'Minister', 'Mayor', 'Judge', 'President', 'Rep.', 'Prof.', 'Commissioner', 'Ambassador'];

/** Organisations, agencies, companies and parties. */
export const ORGANISATIONS = [
  'the Ministry of Finance', 'the Central Bank', 'the World Health Organization', 'the Port Authority',
  'Northgate Energy', 'the Harbour Institute', 'the Coastal Fisheries Board', 'Meridian Airlines', 'the Supreme Court',
  'the National Weather Service', 'Atlas Pharmaceuticals', 'the Transit Workers Union', 'the Electoral Commission',
  'Brightwater Holdings', 'the Red Cross', 'the Institute for Fiscal Studies', 'the Ministry of Defence',
  'the Chamber of Commerce', 'Solano Mining', 'the University of Eastbridge', 'the Department of Transportation',
  'the Federal Reserve', 'Kestrel Motors', 'the Housing Agency', 'the Refugee Council', 'the Interior Ministry',
];

/** Cities and regions for datelines and settings. */
export const PLACES = [
  'Lisbon', 'Nairobi', 'Osaka', 'Valparaíso', 'Gdańsk', 'Winnipeg', 'Marseille', 'Jakarta', 'Tbilisi', 'Accra',
  'Montevideo', 'Bergen', 'Cebu', 'Thessaloniki', 'Porto Alegre', 'Halifax', 'Leipzig', 'Mombasa', 'Da Nang', 'Cork',
];

/** Subjects of news stories. */
export const TOPICS = [
  'the budget', 'the rail strike', 'the flood defences', 'the trade agreement', 'the vaccine rollout', 'the merger',
  'the election results', 'the drought', 'the bridge collapse', 'the fuel prices', 'the pension reform',
  'the wildfire', 'the port expansion', 'the ceasefire talks', 'the data breach', 'the housing shortage',
  'the fishing quotas', 'the airline bankruptcy', 'the court ruling', 'the teachers\' pay dispute',
];

/** Verbs of official action, in the past tense. */
export const ACTIONS = [
  'announced', 'approved', 'rejected', 'delayed', 'defended', 'criticised', 'postponed', 'unveiled', 'suspended',
  'confirmed', 'challenged', 'expanded', 'scaled back', 'welcomed',
];

/** Quotable statements; a placeholder {topic} is filled in. */
export const STATEMENTS = [
  'We have been clear from the start that {topic} must be handled with care',
  'Nobody should be surprised by what happened with {topic}',
  'This is the most serious test we have faced in a decade',
  'We will not be rushed into a decision on {topic}',
  'The numbers speak for themselves, and they are not good',
  'Families deserve answers, and they deserve them now',
  'I think the public understands that {topic} is not a simple question',
  'Our teams worked through the night and will keep working',
  'There is still a long way to go before anyone can call this a success',
  'We expect further details on {topic} within the week',
  'It is a fair deal for workers and a fair deal for taxpayers',
  'The evidence does not support the claims being made about {topic}',
];

/** Speech verbs used in attributions. */
export const SAID = ['said', 'told reporters', 'said in a statement', 'told Reuters', 'said on Tuesday', 'added'];

/** Publications named in front matter. */
export const SOURCES = ['Dateline Wire', 'Harbour Post', 'Eastbridge Courier', 'Northern Ledger'];

/** Tags for Markdown articles. */
export const TAGS = ['politics', 'economy', 'health', 'transport', 'environment', 'courts', 'business', 'world', 'labour'];
