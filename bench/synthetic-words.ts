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

/**
 * The four parts a quoted statement is made of: who, a verb of knowing or saying, what about a topic ({topic}), and
 * often a closing phrase with a number ({n}). Drawn independently they make millions of statements, so, as in a real
 * archive, two articles rarely print the same words, and a speaker's quotes seldom share their first or last words.
 */
export const STATEMENT_SUBJECTS = [
  'We', 'I', 'Our staff', 'The committee', 'My office', 'The government', 'The company', 'Nobody here',
  'Local families', 'Our engineers', 'The board', 'Most people', 'Investors', 'The unions', 'Small businesses',
  'Our partners', 'Regulators', 'Young people', 'Residents', 'Inspectors', 'Our lawyers', 'Voters', 'Doctors',
  'Farmers', 'Teachers', 'Drivers', 'Shopkeepers', 'Officials', 'Pensioners', 'Volunteers',
];

/** The verb after a statement's subject, ending in "that"; past or modal, so it suits any subject. */
export const STATEMENT_VERBS = [
  'knew all along that', 'warned months ago that', 'never believed that', 'will argue that', 'cannot accept that',
  'must understand that', 'should remember that', 'would welcome news that', 'made it plain that',
  'did not expect that', 'will be told that', 'could see early on that', 'were promised that', 'may yet find that',
  'learned the hard way that', 'agreed in principle that', 'still believe that', 'recognised last year that',
  'will insist that', 'told us plainly that', 'heard again and again that', 'might conclude that',
  'saw for themselves that', 'feared from the outset that', 'rightly suspect that', 'often forget that',
];

/** What a statement says about its topic. */
export const STATEMENT_CLAIMS = [
  '{topic} would cost far more than the first estimate', '{topic} was never going to be solved overnight',
  'the plan for {topic} needs a second look', 'the money for {topic} has to come from somewhere',
  'delays on {topic} hurt the poorest households first', 'nobody had a complete picture of {topic}',
  'a compromise on {topic} was within reach', 'the figures on {topic} were worse than published',
  '{topic} has been handled with real care', 'the public deserves a straight answer on {topic}',
  'every option on {topic} carries a price', 'the rules on {topic} were written for another age',
  '{topic} will shape the next election', 'the response to {topic} came too late',
  'our position on {topic} has not changed', 'the talks on {topic} are moving in the right direction',
  '{topic} cannot be left to the market alone', 'the report on {topic} asks the wrong questions',
  'mistakes were made over {topic}', 'the worst of {topic} may be behind us', '{topic} is a national priority',
  'local voices were ignored on {topic}', 'the deadline for {topic} is realistic',
  'the timetable for {topic} was always too tight', 'the damage from {topic} will last for years',
  'nobody voted for {topic}', 'the critics of {topic} have a point', 'the warnings about {topic} were clear',
  'progress on {topic} depends on trust', 'the numbers on {topic} do not add up',
  'a fresh approach to {topic} is overdue', 'the burden of {topic} falls on the young',
  'the lessons of {topic} must not be lost', 'the debate on {topic} has barely started',
];

/** How a statement may end; {n} is a number. An empty ending leaves the claim to close the statement. */
export const STATEMENT_ENDINGS = [
  '', '', '', '', ', and we said so at the time', ', whatever the critics say', ' long before the vote',
  ' unless something changes soon', ' this year', ' by at least {n} percent', ' for another {n} months',
  ' within {n} weeks', ' in all {n} districts', ' at a cost of {n} million', ' after {n} years of neglect',
  ' in the next {n} days', ' since {n} families lost their homes', ' before {n} more jobs go',
  ', and {n} of our members agree', ' for the {n} people who rely on it', ' by a margin of {n} votes',
];

/** Speech verbs used in attributions. */
export const SAID = ['said', 'told reporters', 'said in a statement', 'told Reuters', 'said on Tuesday', 'added'];

/** Publications named in front matter. */
export const SOURCES = ['Dateline Wire', 'Harbour Post', 'Eastbridge Courier', 'Northern Ledger'];

/** Tags for Markdown articles. */
export const TAGS = ['politics', 'economy', 'health', 'transport', 'environment', 'courts', 'business', 'world', 'labour'];
