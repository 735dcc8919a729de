/**
 * Honorifics, ranks and office titles that stand before a person's name, written as data for Dateline from
 * AP style's list of formal titles and military ranks. Recognised, recorded in `Person.titles`, never part of a name.
 */
const heads = `
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady madam
gen gen. general lt lt. lieutenant col col. colonel maj maj. major capt capt. captain sgt sgt. sergeant cpl cpl.
corporal pvt pvt. private adm adm. admiral cmdr cmdr. commander brig brig. brigadier marshal field commodore
sen sen. senator rep rep. representative gov gov. governor lt.-gov. mayor president vice prime minister ministers
premier chancellor secretary secretary-general director-general speaker chairman chairwoman chair chief deputy judge justice magistrate attorney
ambassador envoy commissioner councillor councilman councilwoman congressman congresswoman assemblyman
assemblywoman lawmaker mp mep director inspector superintendent supt supt. detective det det. constable officer
sheriff marshal coach king queen prince princess crown emperor empress sultan sheikh shaikh emir ayatollah
pope cardinal archbishop bishop rev rev. reverend father fr fr. pastor rabbi imam cleric sister brother saint st st.
dean provost rector principal headmaster chef executive swami guru mufti mullah elder honour honor spokesperson spokesman
spokeswoman taoiseach monsignor monseñor monsenor comrade cde mme mme. madame mlle mlle. grandmaster master
vice-president vice-premier vice-chancellor vice-chairman vice-admiral attorney-general lieutenant-general major-general
lieutenant-colonel
`;

/** Title words, lower case, that may precede a name ("President", "Gen.", "Crown Prince"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(heads.split(/\s+/).filter(Boolean));

/** Title words that, standing alone before a single capitalised word, show that word is a person's name. */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  `mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady gen gen. general lt lt. col col. colonel
  maj maj. major capt capt. captain sgt sgt. sergeant adm adm. admiral sen sen. senator rep rep. gov gov. governor
  mayor president premier chancellor judge justice king queen prince princess pope cardinal archbishop bishop rev
  rev. reverend father imam rabbi sheikh ayatollah minister secretary ambassador detective inspector coach swami`
    .split(/\s+/)
    .filter(Boolean),
);

/** Abbreviated or formal titles mapped to the role noun a later reference uses ("Sen." → "senator"). */
export const TITLE_ROLE: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['sen.', 'senator'], ['rep', 'representative'], ['rep.', 'representative'],
  ['gen', 'general'], ['gen.', 'general'], ['gov', 'governor'], ['gov.', 'governor'], ['dr', 'doctor'],
  ['dr.', 'doctor'], ['prof', 'professor'], ['prof.', 'professor'], ['col.', 'colonel'], ['capt.', 'captain'],
  ['adm.', 'admiral'], ['sgt.', 'sergeant'], ['lt.', 'lieutenant'], ['rev.', 'reverend'],
]);

/** Title words that imply a gender, for resolving "he" and "she". */
export const TITLE_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['emperor', 'male'], ['sultan', 'male'], ['father', 'male'], ['brother', 'male'], ['pope', 'male'],
  ['congressman', 'male'], ['councilman', 'male'], ['chairman', 'male'], ['assemblyman', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['queen', 'female'], ['princess', 'female'], ['empress', 'female'],
  ['sister', 'female'], ['congresswoman', 'female'], ['councilwoman', 'female'], ['chairwoman', 'female'],
  ['assemblywoman', 'female'], ['madam', 'female'], ['madame', 'female'], ['mme', 'female'], ['mme.', 'female'],
  ['mlle', 'female'], ['mlle.', 'female'],
]);
