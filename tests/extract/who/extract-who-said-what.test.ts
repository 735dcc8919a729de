import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractWhoSaidWhat } from '../../../src/extract/extract-who-said-what.js';

function run(paragraphs: string[], title = '') {
  return extractWhoSaidWhat({ id: 'test', title, paragraphs });
}

function speakers(paragraphs: string[]) {
  return run(paragraphs).quotes.map((q) => [q.text, q.speaker.name, q.speaker.kind, q.cue]);
}

describe('extractWhoSaidWhat', () => {
  it('splits a quote around its attribution and links both parts as one utterance', () => {
    const { quotes } = run(['Jane Doe runs the lab. \u201CWe found it,\u201D she said. \u201CIt was there all along.\u201D']);
    expect(quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['We found it,', 'Jane Doe'],
      ['It was there all along.', 'Jane Doe'],
    ]);
    expect(quotes[1].utterance).toBe(quotes[0].id);
  });

  it('gives a quote after a surname that relatives share to the person named first', () => {
    const list = speakers(['Senator Joan Whitcombe visited the school.', 'Her son Daniel Whitcombe was there too. Whitcombe said "Every child deserves a library."']);
    expect(list.map((q) => q.slice(0, 2))).toEqual([['Every child deserves a library.', 'Joan Whitcombe']]);
  });

  it('reads a titled name after a preposition as no subject for a later pronoun', () => {
    const list = speakers(['Tomas Varga spoke.', 'Later on Tuesday Varga met with the bank, then with President Pike, where he denounced the deal again. In regard of the claims, he noted "the deal is void".']);
    expect(list.map((q) => q.slice(0, 2))).toEqual([['the deal is void', 'Tomas Varga']]);
  });

  it('finds the speaker before the quote', () => {
    expect(speakers(['Mayor Anna Berg said, "The bridge opens on Monday."'])).toEqual([['The bridge opens on Monday.', 'Anna Berg', 'person', 'said']]);
  });

  it('gives a quote said by an organisation\'s role to the person the role names, even when the name holds a comma', () => {
    const list = speakers(['"The lab was her home," said University of Otago, Dunedin\'s chancellor, Sarah Quinlan.']);
    expect(list[0].slice(1, 3)).toEqual(['Sarah Quinlan', 'person']);
  });

  it('gives a quote followed by a participle to the sentence\u2019s subject, never to the participle\u2019s object', () => {
    expect(speakers(['Mira Hale, the coach, wrote of her team, "They never gave up", recalling the final.'])[0].slice(1, 4)).toEqual(['Mira Hale', 'person', 'wrote']);
  });

  it('reads a term that a thing is called as no quote', () => {
    expect(speakers(['The firm used a method called "cold reading" on its clients.'])).toEqual([]);
    expect(speakers(['She found a pattern called a "spinner" in the game.'])).toEqual([]);
    expect(speakers(['A spokesman called the plan "a disgrace".'])[0].slice(1, 3)).toEqual(['A spokesman', 'unknown']);
  });

  it('reads "pointed out" as a speech cue, and "pointed to" as none', () => {
    expect(speakers(['Mayor Anna Berg pointed out she had "never been asked."'])[0].slice(1, 4)).toEqual(['Anna Berg', 'person', 'pointed out']);
    expect(speakers(['"It was never legal," pointed out Mayor Anna Berg.'])[0].slice(1, 3)).toEqual(['Anna Berg', 'person']);
    expect(speakers(['Mayor Anna Berg pointed to the crowd and said "we won this together".'])[0][3]).toBe('said');
  });

  it('gives "It" the organisation that opened the sentence before, never a person named after "It"', () => {
    expect(speakers(['The Tennis Federation of Oland released a statement. It read, "We condemn all violence."'])[0].slice(1, 3)).toEqual(['Tennis Federation of Oland', 'organization']);
    expect(speakers(['NASA paused its coverage. It also credited Ivan Petrov with the feat, noting on Twitter "his walk began a new era".'])[0].slice(1, 3)).toEqual(['NASA', 'organization']);
    expect(speakers(['The report came out on Monday. It said the plan was "a failure".'])[0].slice(1, 3)).toEqual(['it', 'unknown']);
  });

  it('finds the speaker before an appositive when an organisation\u2019s quoted name stands between', () => {
    const list = speakers(['Bishop Piotr Nowak said "we are sorry."', 'Anna Kowal of "Speak Up", a victims\u2019 charity, told Reuters "the apology came too late".']);
    expect(list[1].slice(1, 4)).toEqual(['Anna Kowal', 'person', 'told Reuters']);
  });

  it('names a campaign or other institution with the name that owns it', () => {
    expect(speakers(['The Ruiz campaign called the report "a smear."'])[0].slice(1, 3)).toEqual(['Ruiz campaign', 'organization']);
    expect(speakers(['The three-judge court called the law "void."'])[0].slice(1, 3)).toEqual(['court', 'organization']);
  });

  it('gives a post on a platform to whoever posted it, not to the platform', () => {
    expect(speakers(['The Ministry of Health said in a Facebook post: "Stay at home."'])[0].slice(1, 4)).toEqual(['Ministry of Health', 'organization', 'said in a Facebook post']);
    expect(speakers(['Singer Ana Ruiz has retired. Her last Instagram post showed her stage with "thank you" as its caption.'])[0].slice(1, 3)).toEqual(['Ana Ruiz', 'person']);
    expect(speakers(['A government Twitter account posted the update: "Schools reopen on Monday."'])[0][1]).not.toBe('Twitter');
    expect(speakers(['Facebook released a statement which read, "We will appeal."'])[0].slice(1, 3)).toEqual(['Facebook', 'organization']);
  });

  it('gives "I" in an interview answer to the person its turn label names, and to no one without a label', () => {
    const interview = ['Lena Ruiz coaches the national team.', '((Lena Ruiz))  That is why I said "we will be back" after the final.', 'Lena Ruiz: I told them, "the team is ready".'];
    expect(speakers(interview).map((q) => q.slice(1, 3))).toEqual([['Lena Ruiz', 'person'], ['Lena Ruiz', 'person']]);
    expect(speakers(['Lena Ruiz coaches the national team.', 'That is why I said "we will be back" after the final.'])[0].slice(1, 3)).toEqual(['I', 'unknown']);
    // In her own turn she says "I": "she" is someone else.
    expect(speakers(['Lena Ruiz coaches the national team.', '((Lena Ruiz))  My mother called. She said "keep going" and I did.'])[0].slice(1, 3)).toEqual(['she', 'unknown']);
  });

  it('reads "talked about" and "speaks of" as reporting what a person said', () => {
    expect(speakers(['Coach Lena Ruiz talked about how the team had grown "beyond anything we planned".'])[0].slice(1, 4)).toEqual(['Lena Ruiz', 'person', 'talked']);
    expect(speakers(['Nurse Tom Akers speaks of the ward as "a second family".'])[0].slice(1, 3)).toEqual(['Tom Akers', 'person']);
  });

  it('gives "he added" after a second quote the speaker of the first quote in the same sentence', () => {
    const list = speakers(['Prime Minister Ivan Dorosh offered to resign.', 'He said Petro Hal is "a fair man"; still, "I will go if asked", he added.']);
    expect(list.map((q) => q[1])).toEqual(['Ivan Dorosh', 'Ivan Dorosh']);
  });

  it('finds the subject across an appositive and a day before the verb, but not across an aside that ends with a day', () => {
    expect(speakers(['One resident, Omar Haddad, on Sunday told reporters the fire was set "to clear the land".'])[0].slice(0, 2)).toEqual(['to clear the land', 'Omar Haddad']);
    expect(speakers(['The ruling of the Tribunal, released on Friday, read in part, "The order is void."'])[0].slice(0, 3)).toEqual(['The order is void.', 'Tribunal', 'organization']);
  });

  it('gives a quotation named for someone to that person, with or without "that"', () => {
    const quote = '"Comedy is a serious business, and nobody laughs at a plan."';
    for (const lead of ['The panel opened with the famous Chuck Jones quote that ', 'The panel opened with the famous Chuck Jones quote ']) {
      expect(speakers([lead + quote])).toEqual([['Comedy is a serious business, and nobody laughs at a plan.', 'Chuck Jones', 'person', '']]);
    }
  });

  it('gives a quote introduced by a colon to the subject of its sentence, whatever the space after the colon', () => {
    const p = 'Mayor Anna Berg proposed a plan on Monday:  "Build the bridge by spring, and open it to cyclists first."';
    expect(speakers([p])).toEqual([['Build the bridge by spring, and open it to cyclists first.', 'Anna Berg', 'person', '']]);
  });

  it('finds an inverted speaker after the quote', () => {
    expect(speakers(['"The results are clear," said study co-author Karen Alley.'])).toEqual([['The results are clear,', 'Karen Alley', 'person', 'said']]);
  });

  it('reads past the period of an abbreviated title after the verb', () => {
    expect(speakers(['The report came out on Monday.', '"The strains differ," said Dr. Ann Livermore.', '"They spread," said U.S. Sen. Tom Reed.'])).toEqual([
      ['The strains differ,', 'Ann Livermore', 'person', 'said'],
      ['They spread,', 'Tom Reed', 'person', 'said'],
    ]);
  });

  it('takes the name in apposition after a role the verb names', () => {
    expect(speakers(['"We will rebuild," said the city\'s mayor, Lyda Krewson.', '"We are ready," said one of the organisers, Jo Baker, on Monday.'])).toEqual([
      ['We will rebuild,', 'Lyda Krewson', 'person', 'said'],
      ['We are ready,', 'Jo Baker', 'person', 'said'],
    ]);
    expect(speakers(['"Wait," said a witness, adding that Jo Baker left.'])).toEqual([['Wait,', 'a witness', 'unknown', 'said']]);
  });

  it('takes an ordinary word after "Mr." or "Ms." for a surname', () => {
    expect(speakers(['"It is over," said Mr. Trump.', '"It is not," Ms. Rice said.'])).toEqual([
      ['It is over,', 'Trump', 'person', 'said'],
      ['It is not,', 'Rice', 'person', 'said'],
    ]);
  });

  it('reads acronyms written with stops: an organisation speaks, and its name is no speech verb', () => {
    expect(speakers(['"It is over," the U.S. State Department said.', '"It is not," the U.N. said.'])).toEqual([
      ['It is over,', 'U.S. State Department', 'organization', 'said'],
      ['It is not,', 'U.N.', 'organization', 'said'],
    ]);
  });

  it('skips an appositive and treats told X as the audience', () => {
    const p = '\u201CThe enemy is responsible,\u201D Ahmed al-Assadi, a spokesman for the coalition, told Reuters.';
    expect(speakers([p])).toEqual([['The enemy is responsible,', 'Ahmed al-Assadi', 'person', 'told Reuters']]);
  });

  it('takes according to X as the speaker', () => {
    expect(speakers(['"Two people were hurt," according to police.'])).toEqual([['Two people were hurt,', 'police', 'unknown', 'according to']]);
  });

  it('attributes a statement to an organisation without its article', () => {
    expect(speakers(['\u201CWe acted to deter attacks,\u201D the Pentagon said in a statement.'])).toEqual([
      ['We acted to deter attacks,', 'Pentagon', 'organization', 'said in a statement'],
    ]);
  });

  it('keeps an unnamed role as an unknown speaker', () => {
    expect(speakers(['"It shook the whole street," a witness said.'])).toEqual([['It shook the whole street,', 'a witness', 'unknown', 'said']]);
  });

  it('resolves a pronoun to the person of the right gender', () => {
    const paragraphs = ['Maria Lopez met John Smith on Monday.', 'Later she said, "The talks went well."'];
    expect(speakers(paragraphs)).toEqual([['The talks went well.', 'Maria Lopez', 'person', 'said']]);
  });

  it('resolves a role noun to the person who holds the title', () => {
    const paragraphs = ['Sen. Chuck Schumer spoke to reporters.', '"We were not told," the senator said.'];
    expect(speakers(paragraphs)).toEqual([['We were not told,', 'Chuck Schumer', 'person', 'said']]);
  });

  it('lets a paragraph that is only a quote continue the previous speaker', () => {
    const paragraphs = ['"We will rebuild," Governor Tom Hale said.', '"Every family will get help."'];
    expect(speakers(paragraphs).map((s) => s[1])).toEqual(['Tom Hale', 'Tom Hale']);
  });

  it('bounds a quote over paragraphs by its part in the first paragraph and joins the text', () => {
    const paragraphs = ['Mayor Lena Ortiz said: "The river rose overnight. ', '"By morning the bridge was gone."'];
    const [quote] = run(paragraphs).quotes;
    expect(quote).toMatchObject({ paragraph: 0, text: 'The river rose overnight. By morning the bridge was gone.' });
    expect(paragraphs[0].slice(quote.start, quote.end)).toBe('The river rose overnight.');
  });

  it('takes the subject of a verb phrase before the speech verb, not the whole phrase', () => {
    const paragraphs = ['Mayor Lena Ortiz spoke on Monday.', 'Ortiz went on to say "the plan is dead."', 'The proclamation specifically states that "the outbreak is an emergency."'];
    expect(speakers(paragraphs).map((s) => s.slice(1, 3))).toEqual([['Lena Ortiz', 'person'], ['The proclamation', 'unknown']]);
  });

  it('takes the reported source after a reporting verb as the speaker', () => {
    expect(speakers(['A local paper reported its source said "three men fled."']).map((s) => s.slice(1, 3))).toEqual([['its source', 'unknown']]);
  });

  it('does not read a capitalised name or a noun after a determiner as a speech verb', () => {
    const cues = run(['The State Department gave its "deepest sympathies" on Monday.', 'The reports use the label "research services" for it.']).quotes.map((q) => q.cue);
    expect(cues).not.toContain('State');
    expect(cues).not.toContain('reports');
  });

  it('does not take a name given after "designation" or "name" for a quote', () => {
    const { quotes } = run(['The agency said on Monday it had dropped its temporary designation "Vx-2020." and the old name "Grey Fever."']);
    expect(quotes).toEqual([]);
  });

  it('attributes a partial quote inside a sentence', () => {
    expect(speakers(['Tom Watson called the deal "lousy" on Sunday.'])).toEqual([['lousy', 'Tom Watson', 'person', 'called']]);
  });

  it('drops scare quotes, titles of works and nicknames that nothing attributes', () => {
    const { quotes } = run([
      'The group rebuilt its so-called \u201Ccaliphate\u201D in the east.',
      'She starred in \u201CThe Long Night\u201D last year.',
      'Peter Edward \u201CGinger\u201D Baker played drums.',
    ]);
    expect(quotes).toEqual([]);
  });

  it('gives quotes a stable id from the article id and normalised text', () => {
    const a = extractWhoSaidWhat({ id: 'x', title: '', paragraphs: ['\u201CWe Won\u2019t  stop,\u201D she said.'] }).quotes[0];
    const b = extractWhoSaidWhat({ id: 'x', title: '', paragraphs: ['Intro.', '"we won\'t stop," he said.'] }).quotes[0];
    expect(a.id).toMatch(/^[0-9a-f]{10}$/);
    expect(a.id).toBe(b.id);
  });

  it('warns about an unbalanced mark instead of throwing', () => {
    const { quotes, problems } = run(['He said "this never closes.', 'Next paragraph.']);
    expect(quotes).toEqual([]);
    expect(problems[0]).toMatchObject({ paragraph: 0, offset: 8, ruleId: 'quote-unclosed' });
  });

  it('does not read a title derived from the lede twice', () => {
    const lede = 'Donald Trump spoke on Monday.';
    const { people } = extractWhoSaidWhat({ id: 'x', title: lede, paragraphs: [lede] });
    expect(people[0].mentions).toHaveLength(1);
  });

  it('does not take titles listed with a comma inside the marks for quotes, but keeps a short attributed part', () => {
    expect(run(['Her hits included "Sentimental Journey," "Secret Love," and others.']).quotes).toEqual([]);
    expect(speakers(['"However," Mayor Ann Lee said, "the bridge stays shut."']).map((s) => s[0])).toEqual(['However,', 'the bridge stays shut.']);
  });

  it('names an organisation speaker in full across "of", "on" and "for"', () => {
    expect(speakers(['The Ministry of Foreign Affairs said, "The talks were constructive."'])[0].slice(1, 3)).toEqual(['Ministry of Foreign Affairs', 'organization']);
    expect(speakers(['According to the Commission on Presidential Debates, "additional tools" will be used.'])[0].slice(1, 3)).toEqual(['Commission on Presidential Debates', 'organization']);
  });

  it('does not take a word that names a built-in property for a pronoun', () => {
    expect(speakers(['A local constructor said, "We will finish in May."'])[0].slice(1, 3)).toEqual(['A local constructor', 'unknown']);
  });

  it('finds the subject before the verb past an acronym in brackets or a phrase after the name', () => {
    expect(speakers(['Nina Holt of the National Crime Agency (NCA) said, "Offenders cannot hide."'])[0].slice(1, 3)).toEqual(['Nina Holt', 'person']);
    expect(speakers(['Speaker Paul Rand in relaying the news to parliament said, "He was part of our history."'])[0].slice(1, 3)).toEqual(['Paul Rand', 'person']);
    expect(speakers(['Longtime Rand in the Morning writer Bob Hale tweeted: "He was a rebel."'])[0].slice(1, 3)).toEqual(['Bob Hale', 'person']);
  });

  it('takes "spoke" as a speech verb', () => {
    expect(speakers(['Senator Ann Lee spoke on Fox News, "This is going to end badly."'])[0].slice(1, 3)).toEqual(['Ann Lee', 'person']);
  });

  it('gives "it said" to the organisation that spoke just before', () => {
    expect(speakers(['The Transport Ministry called on drivers to "slow down near schools." It also urged parents to "walk when they can."']).map((s) => s[1])).toEqual(['Transport Ministry', 'Transport Ministry']);
  });

  it('resolves "the commissioner" to the person a lower-case role introduced', () => {
    expect(speakers(['Trade commissioner Albert Okafor announced the deal. The commissioner said, "We start trading in July."'])[0].slice(1, 3)).toEqual(['Albert Okafor', 'person']);
  });

  it('resolves "he" to the speaker just named when a name list guessed the other gender', () => {
    // "Ma" is listed as a female given name; here it is a surname, and "He" means the scientist.
    expect(speakers(['Political scientist Ma Ngok said the turnout mattered. He noted, "This is a big slap in the face."'])[0].slice(1, 3)).toEqual(['Ma Ngok', 'person']);
    expect(speakers(['Maria Lopez\'s husband was at home. He said, "Nobody asked me."'])[0].slice(1, 3)).toEqual(['he', 'unknown']);
  });

  it('reads the one-word name of a company or agency as the surname of the person the article names', () => {
    const [first] = speakers(['Michael Bloomberg left the race on Wednesday.', 'That day Bloomberg endorsed his rival, Joe Biden. "Three months ago," he said, "I entered the race."']);
    expect(first.slice(1, 3)).toEqual(['Michael Bloomberg', 'person']);
    expect(speakers(['Bloomberg reported the deal. "It is done," the company said.'])[0].slice(1, 3)).not.toEqual(['Bloomberg', 'person']);
  });

  it('leaves letters after a name out of it: "Judge Durham Hall QC", "Jane Smith MP"', () => {
    expect(speakers(['Judge Durham Hall QC said they "showed no respect for anyone".', '"It was wrong," said Prosecutor Kama Melly QC.', '"We will stay," said Jane Smith MP.']).map((s) => s.slice(1, 3))).toEqual([
      ['Durham Hall', 'person'],
      ['Kama Melly', 'person'],
      ['Jane Smith', 'person'],
    ]);
    // One word before the letters is not a name of its own: "Labour MP" is the party's member, not a person "Labour".
    expect(speakers(['"We will stay," a Labour MP said.'])[0].slice(1, 3)).toEqual(['a Labour MP', 'unknown']);
  });

  it('reads two words between commas after a name as describing it, unless a clause opens with them', () => {
    expect(speakers(['Jane Smith, an economist, said: "We are done."', 'Anderson Cooper, of CNN, said, "She was remarkable."']).map((s) => s[1])).toEqual(['Jane Smith', 'Anderson Cooper']);
    const aldi = speakers(['Coles called the demand "unprecedented", while ALDI, in a Facebook post on Tuesday, called it "unexpected".']).find((s) => s[0] === 'unexpected');
    expect(aldi?.slice(1, 3)).toEqual(['ALDI', 'organization']);
  });

  it('finds the subject past brackets, reads "WHO" in capitals as the organisation, and gives a spokeswoman for someone her own words', () => {
    expect(speakers(['"We were not prepared," Maria Lopez (pictured) said.', '"We were not prepared," the WHO said in a statement.']).map((s) => s.slice(1, 3))).toEqual([
      ['Maria Lopez', 'person'],
      ['WHO', 'organization'],
    ]);
    expect(speakers(['"We were not prepared," said a spokeswoman for Health Minister Maria Lopez.'])[0].slice(1, 3)).toEqual(['a spokeswoman', 'unknown']);
  });

  it('gives a document from an institution named by its common noun to that institution', () => {
    expect(speakers(['According to a statement from the ministry, the plan is "under review".'])[0].slice(1, 3)).toEqual(['ministry', 'organization']);
  });

  it('gives a document to the words that own it even when they name no one and nothing else', () => {
    expect(speakers(['\u201CWe will rebuild,\u201D Operation Sandstorm\u2019s official statement said.'])).toEqual([['We will rebuild,', 'Operation Sandstorm', 'organization', 'said']]);
  });

  it('keeps the stop of "Jr." and "Sr." in the name, also where it ends the sentence', () => {
    expect(speakers(['"It is over," said John F. Kennedy Jr.', 'Robert Downey Sr., a director, said: "We are done."']).map((s) => s[1])).toEqual(['John F. Kennedy Jr.', 'Robert Downey Sr.']);
  });

  it('keeps an office\'s possessive inside its name: "the U.S. Attorney\'s Office said"', () => {
    expect(speakers(['"We are investigating," the U.S. Attorney\'s Office said.', 'The Alachua Sheriff\'s Office tweeted that it "required all hands on deck."']).map((s) => s.slice(1, 3))).toEqual([
      ['U.S. Attorney\'s Office', 'organization'],
      ['Alachua Sheriff\'s Office', 'organization'],
    ]);
    const { people } = run(['Crowds marked International Women\'s Day after Prime Minister\'s Questions.', 'Ann Berg\'s Office Supplies shop opened.']);
    expect(people.map((p) => p.name)).toEqual(['Ann Berg']);
  });

  it('takes any word after a noun for a person and "named" as that person\'s name', () => {
    expect(speakers(['A university student named Wong said, "We never back down."'])[0].slice(1, 3)).toEqual(['Wong', 'person']);
    expect(speakers(['The agency called Frontex said, "We never back down."'])[0].slice(1, 3)).not.toEqual(['Frontex', 'person']);
  });

  it('leaves "she" unnamed when the sentence before introduced someone unnamed', () => {
    const paragraphs = ['Prosecutor Kama Melly said the men were guilty.', 'One of the victims decided to speak out. She said, "There is nothing to be ashamed of."'];
    expect(speakers(paragraphs)[0].slice(1, 3)).toEqual(['she', 'unknown']);
    // Without that sentence, "she" is the prosecutor.
    expect(speakers([paragraphs[0], 'She said, "There is nothing to be ashamed of."'])[0].slice(1, 3)).toEqual(['Kama Melly', 'person']);
  });

  it('gives "quoted X as saying" to X, not to the outlet that quoted', () => {
    expect(speakers(['Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "FEMA has an important role."', 'Reuters quoted a police spokesman as saying "Two people died."']).map((s) => s.slice(1, 3))).toEqual([
      ['Tim Manning', 'person'],
      ['a police spokesman', 'unknown'],
    ]);
    // "as reported by" names a source, not the speaker.
    expect(speakers(['The talks, as reported by Reuters, "have failed."'])[0][1]).not.toBe('Reuters');
  });

  it('reads a given name that is also a word, before another word, as a name where a role or title says so', () => {
    const paragraphs = ['Federal authorities are investigating, according to prosecutor Josh Bash, the U.S. Attorney for the district.', '"We are treating it as a domestic terrorism case," said Bash.'];
    expect(speakers(paragraphs)[0].slice(1, 3)).toEqual(['Josh Bash', 'person']);
    // Without a role, a title, a description or a speech verb, the same words name no one.
    expect(run(['The Josh Bash took place downtown.']).people).toEqual([]);
  });

  it('reads a name right after a title and a comma as a person: "The Vice President, Mike Pence, said"', () => {
    expect(speakers(['The Vice President, Mike Pence, said on Friday the country is "in the midst of a crisis."'])[0].slice(1, 3)).toEqual(['Mike Pence', 'person']);
  });

  it('ends the subject of a sentence introducing a quote with a colon where its verb starts', () => {
    expect(speakers(['An eyewitness described the scene: "I was crossing the road when I heard it."', 'The palace issued the following statement: "Involvement in politics is inappropriate."']).map((s) => s.slice(1, 3))).toEqual([
      ['An eyewitness', 'unknown'],
      ['palace', 'organization'],
    ]);
  });

  it('names no one in a team after "the" or in a name that opens a sentence with "The" before a noun', () => {
    const { people } = run(['He was chosen by the Charlotte Hornets in the draft.', 'The Puerto Rican constitution names a successor.', 'It was the Chuck Jones quote that stayed with Ann Berg.']);
    expect(people.map((p) => p.name)).toEqual(['Chuck Jones', 'Ann Berg']);
  });

  it('gives a quote after a long subject and a colon to the subject before its verb', () => {
    expect(speakers(['The Biden campaign recycled a statement it first put out in July: "The American people will decide this election."'])[0].slice(1, 3)).toEqual(['Biden campaign', 'organization']);
  });

  it('gives a verb joined by "and" the sentence\'s subject, but not an infinitive', () => {
    expect(speakers(['Maria Lopez makes comedy films.', 'She then approached a director and said, "I want you to make a horror movie."'])[0].slice(1, 3)).toEqual(['Maria Lopez', 'person']);
    // "to read and write" is no reporting: the scare quote after it stays unattributed, so it is no quote.
    expect(speakers(['Maria Lopez grew up in Lima, and she had learned to read and write at a young age because her parents were "persistent" about it.'])).toEqual([]);
  });

  it('finds the speaker after a past-tense verb that opens the sentence, past the name of their employer', () => {
    expect(speakers(['Remarked Center for Biological Diversity scientist Tierra Curry, "This reprieve is welcome."', '"It is early," said Acme Corporation engineer Jo Baker.']).map((s) => s.slice(1, 3))).toEqual([
      ['Tierra Curry', 'person'],
      ['Jo Baker', 'person'],
    ]);
  });

  it('writes the pronoun "I" as a speaker in capitals', () => {
    expect(speakers(['I said, "No federation is perfect."'])[0].slice(1, 3)).toEqual(['I', 'unknown']);
  });

  it('never takes a predicate for an unnamed speaker, and reads the subject of a "what" clause', () => {
    const paragraphs = ['Mehrdad Pahlavanzadeh, the president of the federation, explained the decision to ban the players saying, "They broke the rules."', 'Warm water rises, creating what the scientists describe as an "ocean lid."'];
    expect(speakers(paragraphs).map((s) => s.slice(1, 3))).toEqual([
      ['Mehrdad Pahlavanzadeh', 'person'],
      ['the scientists', 'unknown'],
    ]);
  });

  it('gives a statement issued by "the <institution> of <Place>" to that institution', () => {
    expect(speakers(['The government of American Samoa issued a statement agreeing the issue should be decided by Congress: "We are Americans."'])[0].slice(1, 3)).toEqual(['government of American Samoa', 'organization']);
  });

  it('reads two words as a name when listed with a full name or given as examples of people', () => {
    const { people } = run(['He played with Acker Bilk and Terry Lightfoot.', 'Rock musicians such as Billy Idol paid tribute.']);
    expect(people.map((p) => p.name)).toEqual(['Acker Bilk', 'Terry Lightfoot', 'Billy Idol']);
    // One comma alone opens an appositive, not a list.
    expect(run(['"We are proud," said Aparna Garg, Mysore Divisional Railway Manager.']).people.map((p) => p.name)).toEqual(['Aparna Garg']);
  });

  it('looks for the cue and subject of a quote past an earlier quote in the sentence that no cue claimed', () => {
    const paragraph = 'In a statement released after the attack, the Department of Defense justified the strike as "defensive" in nature: "The military has taken decisive action."';
    expect(speakers([paragraph]).find((s) => s[0].startsWith('The military'))?.slice(1, 3)).toEqual(['Department of Defense', 'organization']);
    const sympathies = speakers(['The State Department gave its "deepest sympathies" and said such cases were afforded "intense attention at senior levels".']);
    expect(sympathies.find((s) => s[0].startsWith('intense'))?.slice(1, 3)).toEqual(['State Department', 'organization']);
  });

  it('gives a quote opening a sentence after a quote with no speaker to the last person named, not in brackets or a possessive', () => {
    const tipton = speakers(['Alexis Tipton was cast as a voice for the show. She looked at the role as a "chance to face my demons," having doubted herself. "I was in an extremely competitive program."']);
    expect(tipton.find((s) => s[0].startsWith('I was'))?.slice(1, 3)).toEqual(['Alexis Tipton', 'person']);
    const crosby = speakers(['Comic artist Jenn Baker (Nancy Drew, Jem) told of being forced to start over. "In my first stint, I got no work."']);
    expect(crosby[0].slice(1, 3)).toEqual(['Jenn Baker', 'person']);
  });

  it('skips "too" between the subject and its verb, and reads present-tense reporting verbs: "opines"', () => {
    expect(speakers(['Ola Miller described the signal.', 'He too suggested a scenario in which "the equipment has been tampered with."'])[0].slice(1, 3)).toEqual(['Ola Miller', 'person']);
    expect(speakers(['Andy Martin reads the law narrowly.', '"She will not be blocked," Martin opines.'])[0].slice(1, 3)).toEqual(['Andy Martin', 'person']);
  });

  it('names no one in a place\'s park or square: "London\'s Hyde Park"', () => {
    const { people } = run(['The band played a free concert in London\'s Hyde Park.', 'Britain\'s Boris Johnson spoke there.']);
    expect(people.map((p) => p.name)).toEqual(['Boris Johnson']);
  });

  it('reads a surname with its particle after a title as a person: "Mayor de Blasio"', () => {
    expect(speakers(['Mayor de Blasio made the announcement: "It is clearly not my time."'])[0].slice(1, 3)).toEqual(['de Blasio', 'person']);
  });
});

describe('the seed article', () => {
  const raw = readFileSync(new URL('../../../content/2020-01-03-suleimani-killed-in-baghdad-airstrike.txt', import.meta.url), 'utf8');
  const paragraphs = raw
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .map((p, i) => (i === 0 ? p.replace(/^date \d{4}-\d\d-\d\d\s+/, '') : p))
    .filter((p) => !/\(Photo: .*\) More$/.test(p));
  const result = extractWhoSaidWhat({ id: '000_614a2227ca822a73', title: paragraphs[0].split('. ')[0], paragraphs });

  it('names exactly the seven people, with Soleimani as an alias of Suleimani', () => {
    expect(result.people.map((p) => p.name)).toEqual([
      'Qassem Suleimani', 'Donald Trump', 'Abu Mahdi al-Muhandis', 'Ahmed al-Assadi', 'Chuck Schumer', 'Kelly Magsamen', 'Adam Kinzinger',
    ]);
    expect(result.people[0].aliases).toEqual(expect.arrayContaining(['Suleimani', 'Qassem Soleimani']));
    expect(result.people[1].aliases).toEqual(['Trump']);
    expect(result.people[2].aliases).toEqual(['Muhandis']);
  });

  it('finds the five quote spans with their speakers and cues', () => {
    expect(result.quotes.map((q) => [q.speaker, q.cue])).toEqual([
      [{ name: 'Pentagon', kind: 'organization' }, 'said in a statement'],
      [{ name: 'Pentagon', kind: 'organization' }, 'said in a statement'],
      [{ name: 'Ahmed al-Assadi', kind: 'person' }, 'told Reuters'],
      [{ name: 'Kelly Magsamen', kind: 'person' }, 'wrote on Twitter'],
      [{ name: 'Kelly Magsamen', kind: 'person' }, 'wrote on Twitter'],
    ]);
    for (const q of result.quotes) expect(paragraphs[q.paragraph].slice(q.start, q.end)).toBe(q.text);
    expect(result.quotes[1].utterance).toBe(result.quotes[0].id);
    expect(result.quotes[4].utterance).toBe(result.quotes[3].id);
    expect(result.problems).toEqual([]);
  });
});

describe('extraction on arbitrary text', () => {
  const piece = fc.oneof(
    fc.string(),
    fc.constantFrom('"', '\u201C', '\u201D', '\u2019', ' said ', ' he ', ', ', '. ', 'Gen. ', 'Anna Berg', ' told Reuters', '\u2014', '(R-Ill.)', 'al-', ' bin '),
  );
  const paragraph = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

  it('never throws and keeps every offset inside its paragraph', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), paragraph, (paragraphs, title) => {
        const { quotes, people, problems } = extractWhoSaidWhat({ id: 'p', title, paragraphs });
        for (const q of quotes) {
          expect(q.paragraph).toBeGreaterThanOrEqual(0);
          expect(q.paragraph).toBeLessThan(paragraphs.length);
          // Offsets bound the quote in its own paragraph (its first part, for a quote over paragraphs), so the
          // site always has a range to mark as the quote's anchor.
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.end).toBeLessThanOrEqual(paragraphs[q.paragraph].length);
          expect(q.text.trimStart().startsWith(paragraphs[q.paragraph].slice(q.start, q.end).trim())).toBe(true);
        }
        for (const p of people) {
          for (const m of p.mentions) {
            const text = m.paragraph === -1 ? title : paragraphs[m.paragraph];
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
          }
        }
        for (const pr of problems) expect(pr.offset).toBeLessThan(paragraphs[pr.paragraph].length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps single-paragraph quote offsets exact', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        for (const q of extractWhoSaidWhat({ id: 'p', title: '', paragraphs: [text] }).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 300 },
    );
  });
});
