import { describe, expect, it } from 'vitest';
import { recognizePeople } from '../../../src/extract/who/recognize-people.js';

function people(paragraphs: string[], title = '') {
  return recognizePeople(title, false, paragraphs).people;
}

describe('recognizePeople', () => {
  it('reads a place or an office word as the surname of the one person named with it before', () => {
    const [west] = people(['Singer Jo West launched a campaign.', 'West, a newcomer, told reporters she would win.', 'Voters in the West were unsure.']);
    expect(west).toMatchObject({ name: 'Jo West', aliases: ['West'] });
    expect(west.mentions).toHaveLength(2);
    const list = people(['The prize went to Anne Lamb and Pierre Mayor.', 'Lamb and Mayor met in Geneva.']);
    expect(list.find((p) => p.name === 'Pierre Mayor')?.aliases).toEqual(['Mayor']);
  });

  it('does not read a place word as a surname where the words around it name the place', () => {
    const list = people(['Activist Rosa Washington met actor Tom Jordan.', 'They flew to Jordan on Monday and reached Washington, D.C. a week later.']);
    expect(list.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([['Rosa Washington', [], 1], ['Tom Jordan', [], 1]]);
  });

  it('reads a title and name before a noun for a vessel and its modifier as the vessel\'s name', () => {
    expect(people(['Cases were found on the army\'s Captain Morales patrol boat that docked at the base.'])).toEqual([]);
  });

  it('reads where a journey from a known place goes as a place, unless a given name opens it', () => {
    expect(people(['Passengers were flying from Jakarta to Tanjung Pandan when the plane fell.'])).toEqual([]);
    expect(people(['The trip from Paris to see Anne Hidalgo was long.']).map((p) => p.name)).toEqual(['Anne Hidalgo']);
  });

  it('reads the name after a maker\'s before a noun for a vehicle as the vehicle\'s, wherever it stands', () => {
    expect(people(['The AstroX Amber Rose capsule docked on Sunday.', 'The Amber Rose carried two astronauts.'])).toEqual([]);
  });

  it('reads a lone short form of one person\'s given name as that person', () => {
    expect(people(['Astronomer Stanislav Novak led the work.', 'Then Stan died, and the work stopped.']).map((p) => [p.name, p.aliases])).toEqual([['Stanislav Novak', ['Stan']]]);
    const list = people(['He is survived by his sons Wyatt and Zachary.', 'She wrote: My heart breaks for Deirdre, Wyatt & Zach.']);
    expect(list.find((p) => p.name === 'Zachary')?.aliases).toEqual(['Zach']);
    expect(list.map((p) => p.name)).not.toContain('Zach');
  });

  it('leaves a short form alone when it may stand for two people named in the article', () => {
    const list = people(['Coach Samuel Ortiz and nurse Samantha Lee met.', 'Then Sam left.']);
    expect(list.map((p) => [p.name, p.aliases])).toEqual([['Samuel Ortiz', []], ['Samantha Lee', []]]);
  });

  it('does not take a name that opens a bracket after another name for a person', () => {
    expect(people(['The ruling went to the Supreme Court of Appeal (Hoge Raad Kortrijk) in May.'])).toEqual([]);
    expect(people(['Comic artist Jenn Lowe (Nancy Bell, Moon Girl) spoke about her work.']).map((p) => p.name)).not.toContain('Nancy Bell');
    // A title's holder named in brackets is a person.
    expect(people(['The Prime Minister (Boris Johnson) spoke on Monday.']).map((p) => p.name)).toEqual(['Boris Johnson']);
  });

  it('reads a name that "is" a place, building or organisation as a thing, and one that is a person\'s job as a person', () => {
    expect(people(['Kiro Bacho is a small village in Bulgaria.'])).toEqual([]);
    expect(people(['Rovena Dalsk was an organisation that helped women leave.'])).toEqual([]);
    expect(people(['Marta Kowal is a charity worker in Leeds.']).map((p) => p.name)).toEqual(['Marta Kowal']);
  });

  it('does not take the words opening an original-language wording after its language label for a name', () => {
    const text = 'Governor Ana Ruiz said "I will stay." ((es))Spanish language: \u200dSi el Pueblo me apoya, me quedo. Si el Pueblo no me apoya, me voy.';
    expect(people([text]).map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('does not take a code of letters and digits for a name', () => {
    expect(people(['Astronomers say the star, K2b Draconis, is older than thought.'])).toEqual([]);
    expect(people(['Fans queued for hours before R2 Lander went on sale.'])).toEqual([]);
  });

  it('resolves a later surname-only mention to the full name', () => {
    const [p] = people(['President Donald Trump spoke on Monday.', 'Trump later left.']);
    expect(p).toMatchObject({ name: 'Donald Trump', aliases: ['Trump'], titles: ['President'] });
    expect(p.mentions.map((m) => m.paragraph)).toEqual([0, 1]);
  });

  it('reads initials written with stops as part of a name, but not a ship prefix or a place', () => {
    const list = people(['Author J.K. Rowling and W.E.B. Du Bois were named.', 'The U.S.S. Grayback sank near U.S. waters.']);
    expect(list.map((p) => p.name)).toEqual(['J.K. Rowling', 'W.E.B. Du Bois']);
  });

  it('does not read a clause about others after a comma as describing a lone word', () => {
    expect(people(['In findings published in The Lancet Infectious Diseases, researchers in Britain showed the link.']).map((p) => p.name)).toEqual([]);
    expect(people(['The report was written by Anwar, spokesman for the ministry.']).map((p) => p.name)).toEqual(['Anwar']);
  });

  it('resolves the first of two surnames, written alone, to the person', () => {
    const list = people(['Governor Ricardo Rosselló Nevares resigned.', 'Rosselló left office on Friday.']);
    expect(list.map((p) => p.name)).toEqual(['Ricardo Rosselló Nevares']);
    expect(list[0].aliases).toContain('Rosselló');
  });

  it('merges a spelling variant with the same given name', () => {
    const list = people(['Gen. Qassem Suleimani was killed.', 'Militias mourned Qassem Soleimani.']);
    expect(list).toHaveLength(1);
    expect(list[0].aliases).toContain('Qassem Soleimani');
  });

  it('keeps two people who share a surname apart and resolves the surname to the one named first', () => {
    const list = people(['Usman Khan attacked.', 'Khan was shot.', 'Mayor Sadiq Khan praised the police.']);
    expect(list.map((p) => p.name)).toEqual(['Usman Khan', 'Sadiq Khan']);
    expect(list[0].aliases).toEqual(['Khan']);
  });

  it('records appositive descriptions and party tags', () => {
    const [a, b] = people(['Kelly Magsamen, a vice president at the Center for American Progress, wrote this.', 'Rep. Adam Kinzinger (R-Ill.) celebrated.']);
    expect(a.descriptions).toEqual(['a vice president at the Center for American Progress']);
    expect(b).toMatchObject({ name: 'Adam Kinzinger', titles: ['Rep.'], descriptions: ['R-Ill.'] });
  });

  it('finds acronym definitions after brackets that define nothing, keeping the first definition of each', () => {
    const { acronym } = recognizePeople('', false, [
      'Delegates (from Geneva, mostly) met at the World Health Organization (WHO) on Monday.',
      'Prices rose (US) sharply, said the International Monetary Fund (IMF), a lender (not a bank).',
      'A second Worldwide Hockey Organisation (WHO) does not replace the first.',
    ]);
    expect(['WHO', 'IMF', 'US', 'NOT'].map(acronym)).toEqual(['World Health Organization', 'International Monetary Fund', undefined, undefined]);
  });

  it('gives title mentions paragraph -1', () => {
    const [p] = people(['Joe Biden won.'], 'Biden projected winner');
    expect(p.mentions[0]).toMatchObject({ paragraph: -1, text: 'Biden' });
  });

  it('takes a nickname in quotes as an alias, not part of the name', () => {
    const [p] = people(['Peter Edward "Ginger" Baker was a drummer.']);
    expect(p.name).toBe('Peter Edward Baker');
    expect(p.aliases).toEqual(expect.arrayContaining(['Ginger', 'Ginger Baker']));
  });

  it('does not take organisations, media or photo credits for people', () => {
    const list = people(['The Pentagon and the White House told Reuters, according to The Associated Press.', '(Photo: STR/AFP via Getty Images)']);
    expect(list).toEqual([]);
  });

  it('gives a first name joined by "and" the shared surname', () => {
    expect(people(['Richard and Lisa Parry ran the shop.']).map((p) => p.name)).toEqual(['Richard Parry', 'Lisa Parry']);
  });

  it('treats a birth name as the same person', () => {
    const list = people(['Ginger Baker was born Peter Edward Baker in London.']);
    expect(list.map((p) => [p.name, p.aliases])).toEqual([['Peter Edward Baker', ['Ginger Baker']]]);
    for (const [text, name, alias] of [
      ['Mary Smith (née Mary Jones) spoke.', 'Mary Smith', 'Mary Jones'],
      ['Jane Roe, real name:  Ann Doe, spoke.', 'Jane Roe', 'Ann Doe'],
      ['Lucky Star, known as Ann Star, spoke.', 'Lucky Star', 'Ann Star'],
    ]) expect(people([text]).map((p) => [p.name, p.aliases])).toEqual([[name, [alias]]]);
  });

  it('drops lone weekdays, months, storm names and words capitalised at the start of a sentence', () => {
    expect(people(['On Wednesday, a federal judge ruled.', 'Hurricane Dorian hit the coast in May.', 'Later, the project split.', 'Typhoon Haiyan followed.'])).toEqual([]);
  });

  it('drops a lone word whose description names a thing, not a role', () => {
    expect(people(['Airfleets, a database of aircraft, lists the plane.', 'Hollis, a port town on the river, flooded.'])).toEqual([]);
  });

  it('keeps a lone name after a personal title, but not after Saint', () => {
    expect(people(['Pope Francis spoke on Sunday.', 'Doctors at Saint Anselm said the ward was full.']).map((p) => p.name)).toEqual(['Francis']);
  });

  it('keeps a given name introduced by a role noun, a comma after one, an age or "identified as"', () => {
    const names = people(['His widow, Denise, was treated in Kenya.', 'Fourteen-year-old Zoe was on the top deck.', 'A boy identified only as Ivan was rescued.', 'The composer Mozart wrote it.']).map((p) => p.name);
    expect(names).toEqual(['Denise', 'Zoe', 'Ivan', 'Mozart']);
  });

  it('keeps a given name that speaks, with its mentions before the speech verb', () => {
    const [p, ...rest] = people(['Sergey maintains the script.', 'On Monday Sergey said he would not comment.']);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ name: 'Sergey' });
    expect(p.mentions.map((m) => m.paragraph)).toEqual([0, 1]);
  });

  it('keeps given names listed with a person, but not a list of places', () => {
    const names = people(['He is survived by his sons Wyatt and Zachary, and daughters, Nadine, Ashley and Toni.']).map((p) => p.name);
    expect(names.sort()).toEqual(['Ashley', 'Nadine', 'Toni', 'Wyatt', 'Zachary']);
    expect(people(['Fire crews came from Harlech, Bala and Barmouth.'])).toEqual([]);
  });

  it('drops a name whose mentions show a place, building, vehicle or business, everywhere in the article', () => {
    const names = (paragraphs: string[]) => people(paragraphs).map((p) => p.name);
    // A place preposition before one mention: the other mentions name the place too.
    expect(names(['Seals breed at Morrow Quay every spring.', 'Morrow Quay is a rocky spit.'])).toEqual([]);
    // A noun for a place or vehicle after the name, and a noun for a business or work before it.
    expect(names(['The Elgan Dorr power plant shut down.', 'Later Elgan Dorr was repaired.'])).toEqual([]);
    expect(names(['The Tavi Rook capsule docked.'])).toEqual([]);
    expect(names(['The court heard that law firm Benna Calloway was hired.'])).toEqual([]);
    // "the island of", a comma and a known state, and what a person is "of".
    expect(names(['Statues dot the island of Tane Moru.', 'Tane Moru lies far out.'])).toEqual([]);
    expect(names(['A plane crashed in Ferris Gap, Connecticut.', 'Ferris Gap officials said little.'])).toEqual([]);
    expect(names(['Guitarist Paul Hensley of Brass Owl praised it.']).sort()).toEqual(['Paul Hensley']);
    expect(names(["She came dressed as the character Mara Quell's twin."])).toEqual([]);
    // A hotel, a palace or a city is no person, even after a given name or a title.
    expect(names(['The Hotel Arjun Palace burned.', 'It stood in General Maro City.'])).toEqual([]);
  });

  it('keeps a person when another mention shows one, or when a business is named after them', () => {
    const names = (paragraphs: string[]) => people(paragraphs).map((p) => p.name);
    expect(names(['Protesters gathered outside Dana Whitcombe after the vote.', 'Dana Whitcombe said she would stay.'])).toEqual(['Dana Whitcombe']);
    expect(names(['She starred in the Ravi Osei film, then in others.'])).toEqual(['Ravi Osei']);
    expect(names(['The trial heard from former model Lena Castell.'])).toEqual(['Lena Castell']);
  });

  it('sets a capitalised role noun apart from a given name that is also a word', () => {
    const [p] = people(['Podcaster Rusty Delacourt won the nomination.', 'Delacourt thanked the delegates.']);
    expect(p).toMatchObject({ name: 'Rusty Delacourt', titles: ['Podcaster'] });
  });

  it('takes spellings with and without "ł" or accents for one person, named with the marks', () => {
    const list = people(['Bolesław Wójcik spoke first.', 'Boleslaw Wojcik then left.', 'Wójcik returned.']);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Bolesław Wójcik' });
    expect(list[0].mentions).toHaveLength(3);
  });

  it('takes a name with a second surname for the same person, even when the fuller name comes last', () => {
    const list = people(['Governor Tomás Ibarra spoke.', 'Ibarra Solano can no longer serve, the court said of Tomás R. Ibarra Solano.']);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Tomás R. Ibarra Solano' });
    expect(list[0].aliases).toEqual(expect.arrayContaining(['Tomás Ibarra', 'Ibarra Solano']));
  });
  it('gives a surname that relatives share to the person named first, even right after a relative is named', () => {
    const list = people(['Governor Edwin Brannigan opened the bridge on Monday.', 'His daughter Clara Brannigan cut the ribbon, and Brannigan thanked the workers.']);
    expect(list.map((p) => [p.name, p.aliases])).toEqual([['Edwin Brannigan', ['Brannigan']], ['Clara Brannigan', []]]);
  });

  it('gives a shared surname to a namesake the paragraph is about, when he is no relative', () => {
    const list = people(['Governor Edwin Brannigan opened the bridge.', 'It was designed by architect Rosa Brannigan in 1990. Brannigan drew it by hand.']);
    expect(list.map((p) => [p.name, p.aliases])).toEqual([['Edwin Brannigan', []], ['Rosa Brannigan', ['Brannigan']]]);
  });

  it('gives a shared surname after a gendered title to the person of that gender', () => {
    const list = people(['Edwin Brannigan arrived with his wife, Clara Brannigan.', 'Mrs. Brannigan waved to the crowd.']);
    expect(list.map((p) => [p.name, p.aliases])).toEqual([['Edwin Brannigan', []], ['Clara Brannigan', ['Brannigan']]]);
  });

  it('reads a lone name owned after "the" as a family\'s, not one person\'s', () => {
    const list = people(['Judge Ann Lowe sentenced Piotr and Ewa Ostrowski.', "The Ostrowski's children were freed."]);
    expect(list.map((p) => [p.name, p.aliases])).toEqual([['Ann Lowe', []], ['Piotr Ostrowski', []], ['Ewa Ostrowski', []]]);
  });
  it('never reads a date after "born" as another name of the person', () => {
    expect(people(['Senator Ada Quillfeather was born March 3, 1950.']).map((p) => [p.name, p.aliases])).toEqual([['Ada Quillfeather', []]]);
  });

  it('reads a saint\'s name as a place or building, never as a person\'s given name', () => {
    expect(people(['Governor Louis Marchetti lives near St. Louis and prays at St. Louis\'s Cathedral.']).map((p) => p.aliases)).toEqual([[]]);
  });

  it('reads a surname followed by a comma and a known place as the place', () => {
    expect(people(['Mayor Dana Kirkwood spoke.', 'The suspect came from Kirkwood, Ohio.']).map((p) => p.aliases)).toEqual([[]]);
  });

  it('keeps a lower-case surname particle written before a surname', () => {
    expect(people(['Mayor Anton de Vries spoke.', 'Support for de Vries fell.']).map((p) => p.aliases)).toEqual([['de Vries']]);
    expect(people(['Giovanni "Gio" Di Marco sang.']).map((p) => p.aliases)).toEqual([['Gio', 'Gio Di Marco']]);
  });

  it('shares a surname after "and" with a given name that is also a word, but not with a surname', () => {
    expect(people(['Mark and Patricia Hollings spoke.']).map((p) => p.name)).toEqual(['Mark Hollings', 'Patricia Hollings']);
    expect(people(['Carroll and La Marche disagreed.']).map((p) => p.name)).toEqual([]);
    // "Peace" ends a run that opens with a place; only titles may stand before the word that shares the surname.
    expect(people(['Chad Peace and Mary Hope were named.']).map((p) => p.name)).toEqual(['Mary Hope']);
    expect(people(['Mrs. Ruth and Walter Dunmore were named.']).map((p) => p.name)).toEqual(['Ruth Dunmore', 'Walter Dunmore']);
  });
  it('keeps elided and Filipino particles inside a name', () => {
    expect(people(['Ambassador Hélène d\'Aubigny and Arturo dela Paz spoke.']).map((p) => p.name)).toEqual(['Hélène d\'Aubigny', 'Arturo dela Paz']);
  });

  it('drops the brackets an editor put round part of a name, but not round a gloss or a title', () => {
    expect(people(['[Mirela Ana] Petrescu: we measured it. Then Tobias [Lindqvist] joined.']).map((p) => p.name)).toEqual(['Mirela Ana Petrescu', 'Tobias Lindqvist']);
    expect(people(['It was boycotted by [GM] Teodor Vasić.']).map((p) => p.name)).toEqual(['Teodor Vasić']);
  });

  it('leaves out the place an office is of before the name', () => {
    expect(people(['Mayor of Brzeźnica Piotr Nowacki declared a day of mourning.']).map((p) => p.name)).toEqual(['Piotr Nowacki']);
  });

  it('reads an ordinary word after initials written with stops as a surname', () => {
    expect(people(['The ticket named K.T. Painter for vice president.', 'Painter later withdrew.']).map((p) => [p.name, p.aliases])).toEqual([['K.T. Painter', ['Painter']]]);
  });
  it('reads a ship named after a person as no person', () => {
    expect(people(['The USS Edward Carrow docked beside MV Professor Anna Lindqvist.']).map((p) => p.name)).toEqual([]);
  });

  it('keeps a plural possessive inside an organisation\'s name', () => {
    expect(people(['She was treated at the Gen. Ortega Doctors\' Hospital.']).map((p) => p.name)).toEqual([]);
  });

  it('reads an operating system or an event named with its head word as no person', () => {
    expect(people(['Version 9 of Kelso Linux was released during Sacred Harmattan Week.']).map((p) => p.name)).toEqual([]);
  });

  it('reads names that head a thing\'s name elsewhere in the article as the thing\'s', () => {
    expect(people(['Leulumalu Tafaigata Faleata Hospital reopened.', 'Leulumalu Tafaigata Faleata\'s clinic was full.']).map((p) => p.name)).toEqual([]);
  });

  it('reads a given name that opens an organisation\'s name as the organisation', () => {
    const list = people(['Developer Rocky Tallis built it.', 'Then Rocky Linux was launched. Rocky will stay free.']);
    expect(list.map((p) => [p.name, p.aliases])).toEqual([['Rocky Tallis', []]]);
  });
  it('reads a name-like word after a personal title as a surname, even with no full name in the article', () => {
    expect(people(['Mayor Pike vetoed the bill on Friday.']).map((p) => p.name)).toEqual(['Pike']);
    expect(people(['Father Christmas visited the ward.']).map((p) => p.name)).toEqual([]);
  });

  it('reads a given name that only looks like an inflected word ("James", not "jams") as a given name', () => {
    expect(people(['Voters backed James Kettle in the primary.']).map((p) => p.name)).toEqual(["James Kettle"]);
    expect(people(['The James Webb Space Telescope took its first picture.']).map((p) => p.name)).toEqual([]);
  });

  it('reads "Bill" before a surname that is also a word as a given name where the text shows a person', () => {
    expect(people(['Bill Kettle, the former mayor of the town, won the vote.']).map((p) => p.name)).toEqual(['Bill Kettle']);
    expect(people(['The Bill Signing was delayed until May.']).map((p) => p.name)).toEqual([]);
  });

  it('reads a weekday before other capitalised words as no part of a name, even one that is a given name too', () => {
    expect(people(['The pact was signed on Sunday Governors Adaeze Okonkwo and Tunde Bakare.']).map((p) => p.name)).toEqual(['Adaeze Okonkwo', 'Tunde Bakare']);
  });

  it('reads a nationality word after a given name as a surname where the text shows a person', () => {
    expect(people(['Council members objected; mayor Helen Welsh said she would veto it.']).map((p) => p.name)).toEqual(['Helen Welsh']);
    expect(people(['Will French voters agree?']).map((p) => p.name)).toEqual([]);
  });

  it('makes the birth name after a surname ("Bloom was born ...") a name of the person with that surname', () => {
    const list = people(['Actor Ann Bloom died on Monday.', 'Bloom was born Annabel Rose Kettering in Leeds.']);
    expect(list.map((p) => p.name)).toEqual(['Annabel Rose Kettering']);
    expect(list[0].aliases).toEqual(['Ann Bloom', 'Bloom']);
  });

  it('reads a lone surname one letter off a person\'s as that person\'s misspelt surname', () => {
    const list = people(['Spokesman Yahya Kettara spoke on Monday.', '"We warn them," Ketara said.', 'In 1995, Kettraa was elected.']);
    expect(list.map((p) => p.name)).toEqual(['Yahya Kettara']);
    expect(list[0].aliases).toEqual(['Ketara', 'Kettraa']);
    // An ordinary word is no misspelling, nor is a word a letter off two people's surnames.
    expect(people(['Senator Mike Pence spoke.', 'Peace said he would run.']).map((p) => p.name)).toEqual(['Mike Pence']);
    expect(people(['Ann Marsen and Bob Marsel met.', 'Marset said no.']).map((p) => p.name)).toEqual(['Ann Marsen', 'Bob Marsel']);
  });

  it('reads a name before "oil field", after "the character of" or after "a site called" as a thing\'s', () => {
    expect(people(['Ministers toured the Ole Hansen oil field on Monday.']).map((p) => p.name)).toEqual([]);
    expect(people(['Faced with losing the character of Maria Kettle, the producers relented.']).map((p) => p.name)).toEqual([]);
    expect(people(['The team dug at a site called Kara Dobro in Serbia.']).map((p) => p.name)).toEqual([]);
    // A name before "field" alone, or after "a man named", is still a person's.
    expect(people(['He kicked a Justin Tucker field goal.']).map((p) => p.name)).toEqual(['Justin Tucker']);
    expect(people(['A man named Rufus Kettle was arrested.']).map((p) => p.name)).toEqual(['Rufus Kettle']);
  });

  it('reads a name whose appositive is headed by a building, vehicle or business as a thing\'s', () => {
    expect(people(['Pilgrims filled Santa Corona, formerly a Byzantine church and now a museum, at dawn.', 'Santa Corona reopened.']).map((p) => p.name)).toEqual([]);
    expect(people(['Grace Hall, an old hospital in Leeds, closed in 1990.']).map((p) => p.name)).toEqual([]);
    expect(people(['Divers reached Mary Kettle, a ship that sank in 1810.']).map((p) => p.name)).toEqual([]);
    // The head is the appositive's last noun: a job at such a place is still a person's.
    expect(people(['Ada Lowe, a museum director at the Louvre, said the works were safe.']).map((p) => p.name)).toEqual(['Ada Lowe']);
    expect(people(['Emma Stone, a church volunteer, said she was proud.'])[0]?.descriptions).toEqual(['a church volunteer']);
  });

  it('does not read a clause about a plural after a comma as a description of the name before it', () => {
    const [p] = people(['Having lost Anne Kettle, the producers hired a new lead.']);
    expect(p?.descriptions ?? []).toEqual([]);
  });

  it('reads a hyphenated given name after an East Asian surname as a name, whatever its syllables spell', () => {
    expect(people(['Moon Won-soon, the governor of the province, resigned.']).map((p) => p.name)).toEqual(['Moon Won-soon']);
    expect(people(['President Ban Jae-in met the envoy.']).map((p) => p.name)).toEqual(['Ban Jae-in']);
    expect(people(['The Hong Kong-based company grew.']).map((p) => p.name)).toEqual([]);
  });

  it('reads a name typed with two spaces between its words as one name', () => {
    expect(people(['Ann\u00a0 Kettle of the Voters League spoke.', 'Rufus  Kettle, her brother, agreed.']).map((p) => p.name)).toEqual(['Ann Kettle', 'Rufus Kettle']);
  });

  it('gives given names after "the X sisters" or "brothers" the surname X', () => {
    expect(people(['She beat the Kettering sisters Anna and Mariya in the final.']).map((p) => p.name)).toEqual(['Anna Kettering', 'Mariya Kettering']);
    expect(people(['His sisters Anna and Mariya came too.']).map((p) => p.name)).toEqual(['Anna', 'Mariya']);
  });

  it('reads a name after "the" joined by "and" to an organisation\'s name as part of that name', () => {
    expect(people(['He died at the Ann Kettle and Rufus Memorial Hospital in Leeds.']).map((p) => p.name)).toEqual([]);
    expect(people(['Ann Kettle and Rufus Memorial Hospital staff met.']).map((p) => p.name)).toEqual(['Ann Kettle']);
    expect(people(['He joined the Ann Kettle and Rufus Memorial Hospital board.', 'Ann Kettle, the founder, said so.']).map((p) => p.name)).toEqual(['Ann Kettle']);
  });

  it('reads a short form of a given name as the person named in full, either way round', () => {
    const later = people(['The committee thanked William Ostrander on Monday.', 'Bill Ostrander said he was pleased.']);
    expect(later.map((p) => [p.name, p.aliases])).toEqual([['William Ostrander', ['Bill Ostrander']]]);
    const earlier = people(['Stan Kovařík spoke first.', 'The paper names Stanislav Kovařík as its author.']);
    expect(earlier.map((p) => [p.name, p.aliases])).toEqual([['Stanislav Kovařík', ['Stan Kovařík']]]);
  });

  it('does not read a short form as anyone when two people fit it, or only one of the other sex', () => {
    const two = people(['Christopher Lindqvist and Christina Lindqvist arrived.', 'Chris Lindqvist said it was late.']);
    expect(two.map((p) => p.name)).toEqual(['Christopher Lindqvist', 'Christina Lindqvist', 'Chris Lindqvist']);
    const sister = people(['Christina Lindqvist arrived.', 'Chris Lindqvist said it was late.']);
    expect(sister.map((p) => p.name)).toEqual(['Christina Lindqvist', 'Chris Lindqvist']);
    const stranger = people(['William Ostrander arrived.', 'Bill Ashdown said it was late.']);
    expect(stranger.map((p) => p.name)).toEqual(['William Ostrander', 'Bill Ashdown']);
  });
});
