/**
 * Lower-case nouns for people by role or occupation, written as data for Dateline. They introduce a name
 * ("journalist Jamal Khashoggi"), head an unnamed speaker ("a witness said") or refer back ("the senator said").
 */
const words = `
spokesman spokeswoman spokesperson spokespeople representative official officials officer officers source sources
witness witnesses resident residents expert experts analyst analysts observer observers researcher researchers
scientist scientists author authors lawyer lawyers attorney attorneys doctor doctors physician nurse nurses
surgeon professor professors teacher teachers student students journalist journalists reporter reporters editor
correspondent columnist writer writers activist activists campaigner campaigners protester protesters protestor
demonstrator demonstrators organiser organizer organisers organizers leader leaders member members minister
ministers president vice-president senator senators representative congressman congresswoman lawmaker lawmakers
legislator mp mps politician politicians governor mayor judge judges justice prosecutor prosecutors investigator
investigators detective police policeman policewoman commander general colonel captain soldier soldiers
militant militants fighter fighters rebel rebels victim victims survivor survivors relative relatives friend
friends neighbour neighbor neighbours neighbors father mother son daughter brother sister husband wife widow
fiancée fiancee partner chef driver pilot passenger passengers farmer worker workers employee employees
executive executives chairman chairwoman director manager chief founder owner ceo coach player players drummer
guitarist singer musician composer rapper actor actress artist comedian wrestler athlete cyclist runner footballer boxer
astronaut astronauts engineer engineers economist historian diplomat diplomats ambassador envoy secretary
premier chancellor king queen prince princess pope bishop archbishop cardinal priest priests cleric imam rabbi
pastor monk nun host presenter broadcaster blogger youtuber commentator critic critics fan fans supporter
supporters opponent opponents aide aides adviser advisor advisers advisors staffer staffers agent paramedic
paramedics firefighter firefighters rescuer rescuers medic medics coroner sheriff deputy trooper spokespersons
academic academics economist student survivor uncle aunt cousin grandmother grandfather boy girl man woman men women
podcaster filmmaker photographer novelist poet playwright entrepreneur businessman businesswoman billionaire
scholar physicist chemist biologist astronomer archaeologist anthropologist psychologist sociologist
commissioner councillor councilor inspector superintendent magistrate
mathematician philosopher theologian architect designer dancer candidate nominee contestant climber swimmer golfer
people person someone citizen citizens voter voters parent parents child children teenager teen resident owner
authorities authority government administration ministry agency department police
`;

/** Role and occupation nouns, lower case. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));

/**
 * Role nouns that imply a gender, for resolving "he" and "she" to a person described by them. Not "actor": news
 * writing calls actresses actors too ("voice actor Jane Doe … her career").
 */
export const ROLE_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['spokesman', 'male'], ['spokeswoman', 'female'], ['policeman', 'male'], ['policewoman', 'female'],
  ['congressman', 'male'], ['congresswoman', 'female'], ['chairman', 'male'], ['chairwoman', 'female'],
  ['actress', 'female'], ['father', 'male'], ['mother', 'female'], ['son', 'male'],
  ['daughter', 'female'], ['brother', 'male'], ['sister', 'female'], ['husband', 'male'], ['wife', 'female'],
  ['widow', 'female'], ['fiancée', 'female'], ['king', 'male'], ['queen', 'female'], ['prince', 'male'],
  ['princess', 'female'], ['uncle', 'male'], ['aunt', 'female'], ['grandmother', 'female'],
  ['grandfather', 'male'], ['boy', 'male'], ['girl', 'female'], ['man', 'male'], ['woman', 'female'], ['nun', 'female'],
  ['monk', 'male'], ['priest', 'male'], ['businessman', 'male'], ['businesswoman', 'female'],
]);

/**
 * Nouns for a relative, which introduce a person by their tie to someone else the article names: "his son Hunter
 * Biden", "her father, Reginald Vanderbilt".
 */
export const KINSHIP_NOUNS: ReadonlySet<string> = new Set(`
son sons daughter daughters wife husband widow widower mother father parents sister sisters brother brothers
half-sister half-brother stepson stepdaughter stepmother stepfather child children uncle aunt cousin niece nephew
grandson granddaughter grandmother grandfather grandchild fiancée fiancee fiancé
`.split(/\s+/).filter(Boolean));
