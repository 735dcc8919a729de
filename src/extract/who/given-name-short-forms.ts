/**
 * Short forms of given names (hypocorisms) and the full given names each stands for: "Bill" for William, "Chris" for
 * Christopher, Christian, Christine or Christina. Compiled by hand from common usage in English-language news, with
 * a few German, Spanish, Italian and Slavic forms that are as settled (Pepe for José, Misha for Mikhail); not
 * derived from any corpus and not copied from a published list. No maintained package holds such a table.
 *
 * Only forms that nearly always stand for one of their listed names are here: names also common as given names of
 * their own ("Jack", "Harry", "Max", "Liam") are left out, as merging people on them would join strangers. A form
 * of both sexes lists names of both ("Sam": Samuel, Samantha). Entries are written as name keys compare them (lower
 * case, accents dropped, see `foldName`), and no full name is itself listed as a short form.
 */
import { firstNameGender } from './first-name-gender.js';

const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  // English
  abe: ['abraham'],
  al: ['albert', 'alfred', 'alan', 'allan', 'allen'],
  alex: ['alexander', 'alexandra', 'alexis'],
  alf: ['alfred'],
  andy: ['andrew'],
  archie: ['archibald'],
  art: ['arthur'],
  bart: ['bartholomew'],
  becky: ['rebecca'],
  ben: ['benjamin'],
  benny: ['benjamin'],
  bernie: ['bernard'],
  beth: ['elizabeth', 'bethany'],
  betsy: ['elizabeth'],
  betty: ['elizabeth'],
  bill: ['william'],
  billy: ['william'],
  bob: ['robert'],
  bobby: ['robert'],
  brad: ['bradley'],
  cathy: ['catherine', 'cathleen'],
  charlie: ['charles'],
  chris: ['christopher', 'christian', 'christine', 'christina'],
  chuck: ['charles'],
  cindy: ['cynthia'],
  cliff: ['clifford'],
  dan: ['daniel'],
  danny: ['daniel'],
  dave: ['david'],
  debbie: ['deborah', 'debra'],
  dick: ['richard'],
  dom: ['dominic', 'dominick'],
  don: ['donald'],
  doug: ['douglas'],
  drew: ['andrew'],
  ed: ['edward', 'edwin', 'edmund'],
  eddie: ['edward', 'edwin', 'edmund'],
  ernie: ['ernest'],
  fred: ['frederick', 'frederic'],
  freddie: ['frederick', 'frederic'],
  gabe: ['gabriel'],
  gene: ['eugene'],
  geoff: ['geoffrey'],
  gerry: ['gerald', 'gerard'],
  greg: ['gregory'],
  hank: ['henry'],
  herb: ['herbert'],
  jake: ['jacob'],
  jeff: ['jeffrey', 'jeffery', 'geoffrey'],
  jen: ['jennifer'],
  jenny: ['jennifer'],
  jerry: ['gerald', 'jerome'],
  jim: ['james'],
  jimmy: ['james'],
  joe: ['joseph'],
  joey: ['joseph'],
  johnny: ['john'],
  josh: ['joshua'],
  judy: ['judith'],
  kate: ['katherine', 'catherine', 'kathryn', 'katharine'],
  kathy: ['kathleen', 'katherine', 'kathryn'],
  katie: ['katherine', 'catherine', 'kathryn', 'katharine'],
  ken: ['kenneth'],
  kenny: ['kenneth'],
  larry: ['lawrence', 'laurence'],
  len: ['leonard'],
  lenny: ['leonard'],
  libby: ['elizabeth'],
  liz: ['elizabeth'],
  lizzie: ['elizabeth'],
  maggie: ['margaret'],
  mandy: ['amanda'],
  manny: ['manuel'],
  marty: ['martin'],
  matt: ['matthew', 'mathew'],
  meg: ['margaret'],
  mick: ['michael'],
  mickey: ['michael'],
  mike: ['michael'],
  mitch: ['mitchell'],
  nate: ['nathan', 'nathaniel'],
  ned: ['edward', 'edmund'],
  nick: ['nicholas', 'nicolas'],
  ollie: ['oliver'],
  pat: ['patrick', 'patricia'],
  patty: ['patricia'],
  peggy: ['margaret'],
  penny: ['penelope'],
  pete: ['peter'],
  phil: ['philip', 'phillip'],
  randy: ['randall', 'randolph'],
  ray: ['raymond'],
  reg: ['reginald'],
  rich: ['richard'],
  richie: ['richard'],
  rick: ['richard'],
  rob: ['robert'],
  robbie: ['robert'],
  rod: ['rodney', 'roderick'],
  ron: ['ronald'],
  ronnie: ['ronald'],
  rudy: ['rudolph', 'rudolf'],
  russ: ['russell'],
  sam: ['samuel', 'samantha'],
  steve: ['steven', 'stephen'],
  stu: ['stuart', 'stewart'],
  sue: ['susan', 'suzanne'],
  ted: ['edward', 'theodore'],
  teddy: ['edward', 'theodore'],
  terry: ['terence', 'terrence', 'teresa', 'theresa'],
  theo: ['theodore'],
  tim: ['timothy'],
  tom: ['thomas'],
  tommy: ['thomas'],
  tony: ['anthony', 'antony', 'antonio'],
  trish: ['patricia'],
  vicky: ['victoria'],
  vince: ['vincent'],
  walt: ['walter'],
  wes: ['wesley'],
  will: ['william'],
  zach: ['zachary'],
  zack: ['zachary'],
  // German
  fritz: ['friedrich'],
  sepp: ['josef'],
  // Spanish
  nacho: ['ignacio'],
  paco: ['francisco'],
  pancho: ['francisco'],
  pepe: ['jose'],
  // Italian
  beppe: ['giuseppe'],
  gianni: ['giovanni'],
  sandro: ['alessandro'],
  // Russian and other Slavic languages, in the usual English transliterations
  dima: ['dmitry', 'dmitri', 'dmitriy'],
  katya: ['yekaterina', 'ekaterina'],
  kolya: ['nikolai', 'nikolay'],
  kostya: ['konstantin'],
  misha: ['mikhail'],
  pasha: ['pavel'],
  sasha: ['alexander', 'aleksandr', 'alexandra', 'aleksandra'],
  stan: ['stanley', 'stanislav', 'stanislaw'],
  tanya: ['tatiana', 'tatyana'],
  vanya: ['ivan'],
  volodya: ['vladimir'],
};

/** Each listed short form, folded, with the folded full given names it stands for. */
export const GIVEN_NAME_SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(SHORT_FORMS));

/** The full given names a folded short form stands for ("bill" → ["william"]), or none when it is not listed. */
export function fullGivenNames(shortForm: string): readonly string[] {
  return GIVEN_NAME_SHORT_FORMS.get(shortForm) ?? [];
}

/**
 * Whether a short form may stand for one of its full names in a person's name. A form whose listed names are of both
 * sexes stands only for those of its own usual sex: "Chris" for Christopher, not Christina; "Sam" for Samuel. The
 * sex comes from `firstNameGender`, which misreads some Slavic forms ("Misha" as female), so forms listing one sex
 * only are not checked: the table already says which names they stand for.
 */
export function mayStandFor(shortForm: string, fullName: string): boolean {
  const sexes = new Set(fullGivenNames(shortForm).map(firstNameGender));
  if (!(sexes.has('male') && sexes.has('female'))) return true;
  return firstNameGender(fullName) === firstNameGender(shortForm);
}
