import { describe, expect, it } from 'vitest';
import { extractWhoSaidWhat } from '../../../src/extract/extract-who-said-what.js';

/** Each quote's text with its speaker's name and kind. */
function speakers(paragraphs: string[]): string[][] {
  return extractWhoSaidWhat({ id: 'test', title: '', paragraphs }).quotes.map((q) => [q.text, q.speaker.name, q.speaker.kind]);
}

describe('clause boundaries after a quote', () => {
  it('never takes the speaker from the clause after a semicolon', () => {
    const list = speakers(['Clara Voss called the result a "fair" outcome; Peter Lund said "we will appeal".']);
    expect(list[0]).toEqual(['fair', 'Clara Voss', 'person']);
    expect(list[1]).toEqual(['we will appeal', 'Peter Lund', 'person']);
  });

  it('never takes the speaker from a clause opened by ", while"', () => {
    const list = speakers(['Clara Voss called the plan "a mistake" on Monday, while the opposition leader Peter Lund announced a vote.']);
    expect(list[0]).toEqual(['a mistake', 'Clara Voss', 'person']);
  });
});

describe('"according to" after a quote', () => {
  it('gives the quote to the subject of its own speech verb, not to the source that reported it', () => {
    const list = speakers(['Senator Clara Voss called the deal "a betrayal of our workers," according to Reuters.']);
    expect(list[0]).toEqual(['a betrayal of our workers,', 'Clara Voss', 'person']);
  });

  it('still gives a quote with no speech verb before it to the source', () => {
    const list = speakers(['"The talks have failed," according to Reuters.']);
    expect(list[0]).toEqual(['The talks have failed,', 'Reuters', 'organization']);
  });
});

describe('role nouns', () => {
  it('reads a role noun ending in "ss" as one person: "the actress"', () => {
    const list = speakers(['Actress Mila Hart starred in the film. The actress recalled the shoot as "a long cold winter."']);
    expect(list[0]).toEqual(['a long cold winter.', 'Mila Hart', 'person']);
  });

  it('never gives "the president" to a vice president', () => {
    const list = speakers(['President Ana Cole spoke first. Vice President Tom Reyes spoke later. The president vowed to keep up "the good fight".']);
    expect(list[0]).toEqual(['the good fight', 'Ana Cole', 'person']);
  });

  it('keeps a role whose modifier no named person\u2019s title has as written', () => {
    const list = speakers(['Civil Aviation Minister Raj Patel visited the site.', 'The local health minister said, "All the injured are in hospital."']);
    expect(list[0]).toEqual(['All the injured are in hospital.', 'The local health minister', 'unknown']);
  });

  it('finds a lower-case role written before a title and a name', () => {
    const list = speakers(['The ruling was criticised by archbishop Monsignor Luis Ortega and by the lawyer Ines Mora.', 'Ines Mora said "we will appeal". The archbishop said "We need to pray."']);
    expect(list[1]).toEqual(['We need to pray.', 'Luis Ortega', 'person']);
  });
});

describe('an organisation named by its head noun alone', () => {
  it('resolves "the Department" to the department named in full before', () => {
    const list = speakers(['The Oland Department of Water Resources (ODWR) closed the dam.', 'The Department issued a statement: "The dam is safe."']);
    expect(list[0]).toEqual(['The dam is safe.', 'Oland Department of Water Resources', 'organization']);
  });

  it('resolves "the commission" to the commission named in full before, and keeps it as written when none was', () => {
    expect(speakers(['The Northland Commission on Fair Elections met on Friday. In a statement, the commission said, "The vote will go ahead."'])[0])
      .toEqual(['The vote will go ahead.', 'Northland Commission on Fair Elections', 'organization']);
    expect(speakers(['In a statement, the commission said, "The vote will go ahead."'])[0]).toEqual(['The vote will go ahead.', 'commission', 'organization']);
  });
});

describe('appositives', () => {
  it('gives a quote to the name set off after "The <role> of <place>," at the start of the sentence', () => {
    const list = speakers(['Inspector Tom Hale said "The site is closed." The mayor of Easton, Rosa Lind, sent her condolences, adding, "We will rebuild."']);
    expect(list[1]).toEqual(['We will rebuild.', 'Rosa Lind', 'person']);
  });

  it('gives a quote to the person whose appositive is left open before the verb, not to the organisation inside it', () => {
    const list = speakers(['Paul Wendt, Dean of Oland Law School called it "a weak argument."']);
    expect(list[0]).toEqual(['a weak argument.', 'Paul Wendt', 'person']);
  });

  it('reads an appositive left open after an introductory phrase, its role after an article and modifiers', () => {
    const list = speakers(['In the blog post Tom Hale, the Chief Technology Officer of Orlan Systems said the firm was "moving on."']);
    expect(list[0]).toEqual(['moving on.', 'Tom Hale', 'person']);
  });

  it('never reads an open appositive after a name that a word before it governs', () => {
    const list = speakers(['A lawyer for Tom Hale, the chief executive of Orlan Systems said it was "a weak argument."']);
    expect(list[0][1]).not.toBe('Tom Hale');
  });

  it('never gives a quote to the person an appositive names as an object', () => {
    const list = speakers(['Ella Stone won the case. Mark Rubin, a lawyer representing Stone, told reporters "My client is relieved."']);
    expect(list[0]).toEqual(['My client is relieved.', 'Mark Rubin', 'person']);
  });
});

describe('a quote hanging off a verb that reports no speech', () => {
  it('gives the quote to the person named as the subject of its clause', () => {
    expect(speakers(['Mayor Rosa Lind thanked "the volunteers for their tireless work".'])[0]).toEqual(['the volunteers for their tireless work', 'Rosa Lind', 'person']);
    expect(speakers(['Senator Tom Hale lashed out at the governor on Twitter, accusing her of "ignoring the crisis in every town".'])[0]).toEqual(['ignoring the crisis in every town', 'Tom Hale', 'person']);
  });

  it('gives it to "she" opening the sentence, resolved as a pronoun', () => {
    const list = speakers(['Senator Ana Ruiz withdrew from the race. She endorsed the choice of a "true reformer."']);
    expect(list[0]).toEqual(['true reformer.', 'Ana Ruiz', 'person']);
  });

  it('never gives it to the subject of a passive, nor passes it on to the next sentence', () => {
    expect(speakers(['Tom Hale was sentenced last year for "gross negligence" at the plant.']).every((q) => q[1] !== 'Tom Hale')).toBe(true);
    const list = speakers(['Ana Ruiz thanked "the volunteers for their work". For four days, traffic "ground to a halt" on the bridge.']);
    expect(list.find((q) => q[0] === 'ground to a halt')?.[1]).toBe('');
  });
});

describe('asides and names inside an organisation\u2019s run', () => {
  it('skips a speech verb inside an aside set off by dashes', () => {
    const list = speakers(['Council Leader Ada Moss commented on the vote \u2014 which the Herald noted as a rare step \u2014 "We cannot accept this result."']);
    expect(list[0]).toEqual(['We cannot accept this result.', 'Ada Moss', 'person']);
  });

  it('never runs an organisation\u2019s name on over a person named after it', () => {
    const list = speakers(['House of Lords Speaker Ada Moss said "The session is closed."']);
    expect(list[0]).toEqual(['The session is closed.', 'Ada Moss', 'person']);
  });
});

describe('object pronouns', () => {
  it('resolves "According to him" to the person "he" would mean', () => {
    const list = speakers(['Army spokesman Omar Haddad said the strike had failed. According to him, it was done with the help of "loyal men inside the city".']);
    expect(list[0]).toEqual(['loyal men inside the city', 'Omar Haddad', 'person']);
  });
});

describe('"they" and documents for an organisation', () => {
  it('reads "they" as the organisation that opened the sentence before with a speech verb', () => {
    const list = speakers(['On Friday the Harbour Workers Union criticized the plan. They said, "The port must stay public."']);
    expect(list[0]).toEqual(['The port must stay public.', 'Harbour Workers Union', 'organization']);
  });

  it('never reads "they" as an organisation that only acted on people', () => {
    const list = speakers(['The Harbour Workers Union expelled two members. They said, "We did nothing wrong."']);
    expect(list[0]).toEqual(['We did nothing wrong.', 'they', 'unknown']);
  });

  it('gives the words of "a statement which said" to whoever released it', () => {
    const list = speakers(['The Harbour Workers Union released a statement which said, "The port must stay public."']);
    expect(list[0]).toEqual(['The port must stay public.', 'Harbour Workers Union', 'organization']);
  });
});

describe('laws as speakers', () => {
  it('gives the words of a law to the law, named as written without "the"', () => {
    expect(speakers(['The Fisheries Act states that "no vessel shall fish within the bay."'])[0]).toEqual(['no vessel shall fish within the bay.', 'Fisheries Act', 'organization']);
    expect(speakers(['The Constitution says that "every citizen may vote."'])[0]).toEqual(['every citizen may vote.', 'Constitution', 'organization']);
  });

  it('reads a law named by its number, over an aside that quotes its nickname', () => {
    const list = speakers(['Republic Act No. 512, also known as the "Harbour Law", states "no vessel shall moor overnight."']);
    expect(list[list.length - 1]).toEqual(['no vessel shall moor overnight.', 'Republic Act No. 512', 'organization']);
  });

  it('hears a document in "specifies" and "stipulates"', () => {
    expect(speakers(['The Harbour Charter specifies that the port closes for "storms and other emergencies."'])[0]).toEqual(['storms and other emergencies.', 'Harbour Charter', 'organization']);
  });
});

describe('"he" and "she"', () => {
  it('never prefers the last speaker when the sentence before names them only after a preposition', () => {
    const list = speakers(['Mayor Paul Brandt said "welcome." General Oscar Lind was on stage while Brandt waved. It was the first time Lind spoke since he was honoured by Brandt. He said "That was quite a day."']);
    expect(list[1]).toEqual(['That was quite a day.', 'Oscar Lind', 'person']);
  });

  it('reads "he" as the subject of its own sentence when only the given name suggested a woman', () => {
    const list = speakers([
      'Governor Tomas Berg opposed the plan.',
      'Later, a ministry spokesperson, Morgan Hale, said the ministry was pleased: "We are glad," he said, "and we will go on."',
    ]);
    expect(list.map((q) => q[1])).toEqual(['Morgan Hale', 'Morgan Hale']);
  });

  it('reads "actor" as no gender', () => {
    const list = speakers(['Voice actor Alexis Marsh was nervous when she fell ill. "Nobody will hire me now," she recalls thinking.']);
    expect(list[0]).toEqual(['Nobody will hire me now,', 'Alexis Marsh', 'person']);
  });
});

describe('a document named again', () => {
  it('gives "the statement" to whoever released a statement before', () => {
    const list = speakers(['On Friday, the Harbour Workers Union released a statement about the strike.', 'Pickets left the gates. "No members were hurt," read the statement.']);
    expect(list[0]).toEqual(['No members were hurt,', 'Harbour Workers Union', 'organization']);
  });

  it('gives "the warning" to the agent of "issued by"', () => {
    const list = speakers(['The flood warning issued by the National Weather Service covers three counties. "Rivers will rise overnight," read the warning.']);
    expect(list[0]).toEqual(['Rivers will rise overnight,', 'National Weather Service', 'organization']);
  });

  it('keeps "the statement" as written when no one released one before', () => {
    expect(speakers(['"No members were hurt," read the statement.'])[0]).toEqual(['No members were hurt,', 'the statement', 'unknown']);
  });

  it('gives "the judge\'s statement" to the judge the article names', () => {
    const list = speakers(['District Judge Ada Brenner ruled on Friday.', 'Part of the judge\'s statement reads "the rule has no basis."']);
    expect(list[0]).toEqual(['the rule has no basis.', 'Ada Brenner', 'person']);
  });
});

describe('interview answers', () => {
  it('reads "I" in an unlabelled paragraph as the one whose labelled answer it continues', () => {
    const list = speakers(['((WN)) How did it start?', '((Lena Ostrova)) Slowly.', 'Then a neighbour asked me about it and I said, "It is my choice."']);
    expect(list[0]).toEqual(['It is my choice.', 'Lena Ostrova', 'person']);
  });

  it('never reads "I" in the interviewer\'s turn as the one who answered before', () => {
    const list = speakers(['((Lena Ostrova)) Slowly.', '((WN)) I said, "Go on."']);
    expect(list[0]).toEqual(['Go on.', 'I', 'unknown']);
  });
});

describe('quotative "like"', () => {
  it('takes the subject of "be like" and "go like" as the speaker', () => {
    const list = speakers(['((Lena Ostrova)) My aunt called, and she\'s like "you should rest". And I\'m like, "I am resting." Some people went like "Why?"']);
    expect(list).toEqual([
      ['you should rest', 'she', 'unknown'],
      ['I am resting.', 'Lena Ostrova', 'person'],
      ['Why?', 'Some people', 'unknown'],
    ]);
  });

  it('gives the cue as a reader sees it, without a contraction or the punctuation before the quote', () => {
    const cues = extractWhoSaidWhat({ id: 'test', title: '', paragraphs: ['((Lena Ostrova)) And I\'m like, "I am resting." Then I was like: "Fine."'] }).quotes.map((q) => q.cue);
    expect(cues).toEqual(['like', 'was like']);
  });
});

describe('"you" in an interview', () => {
  it('reads "you" in the interviewer\'s turn as the one who answers next', () => {
    const list = speakers(['((WN)) On your blog you wrote "the river is dying." Why?', '((Lena Ostrova)) Because it is.']);
    expect(list[0]).toEqual(['the river is dying.', 'Lena Ostrova', 'person']);
  });

  it('never reads "you" in a question put to the interviewee as the speaker', () => {
    const list = speakers(['((WN)) The mayor promised "a greener city" in May — could you tell us about it?', '((Lena Ostrova)) Of course.']);
    expect(list.every((q) => q[1] !== 'Lena Ostrova')).toBe(true);
  });

  it('keeps "you" outside a transcript without a speaker', () => {
    expect(speakers(['Lena Ostrova spoke first. If you said "the river is dying," nobody listened.'])[0][1]).not.toBe('Lena Ostrova');
  });
});

describe('a quote standing alone after a pronoun subject', () => {
  it('gives it to the person "she" means in the sentence before', () => {
    const list = speakers(['Actress Mila Hart joined a legal drama this year.', 'Unhappy with her first role, she left the series in 1990. "It was not why I became an actor."']);
    expect(list[0]).toEqual(['It was not why I became an actor.', 'Mila Hart', 'person']);
  });

  it('leaves it without a speaker when the pronoun fits no one named', () => {
    const list = speakers(['The series cast actress Mila Hart this year.', 'Unhappy with his first role, he left the series in 1990. "It was not why I became an actor."']);
    expect(list[0]).toEqual(['It was not why I became an actor.', '', 'unknown']);
  });
});

describe('crowds and groups', () => {
  it('hears "shouting" and "chanting"', () => {
    expect(speakers(['The fans waited outside, chanting "We want more!" until midnight.'])[0]).toEqual(['We want more!', 'The fans', 'unknown']);
    expect(speakers(['Several residents interrupted the mayor by shouting "Fix the roads!" at the meeting.'])[0]).toEqual(['Fix the roads!', 'Several residents', 'unknown']);
  });

  it('reads a plural role before "of" an organisation as an unnamed group, not the organisation', () => {
    const list = speakers(['Members of the Harbour Workers Union protested by shouting "Keep the port public!" outside.']);
    expect(list[0]).toEqual(['Keep the port public!', 'Members of the Harbour Workers Union', 'unknown']);
  });
});

describe('a short attribution sentence after a quote', () => {
  it('gives a quote that ends in its own stop to the subject of the short sentence right after it', () => {
    const list = speakers(['Mayor Paul Brandt opened the session.', '"The river is rising fast!" Governor Ada Brenner told reporters on Friday.']);
    expect(list[0]).toEqual(['The river is rising fast!', 'Ada Brenner', 'person']);
  });

  it('never reads on into a long sentence or one with a quote of its own', () => {
    const list = speakers(['Mayor Paul Brandt opened the session.', '"The river is rising." Governor Ada Brenner said later that the dams along the eastern valley would hold for another week.']);
    expect(list[0]).toEqual(['The river is rising.', 'Paul Brandt', 'person']);
  });
});

describe('"the company" and "the project"', () => {
  it('refer back to the organisation that opened one of the sentences just before', () => {
    const list = speakers(['Lantern Group showed its new lamps. The lamps are small. While old lamps were heavy, these are light.', 'Asked about waste, the company said it had moved to "recycled glass only."']);
    expect(list[0]).toEqual(['recycled glass only.', 'Lantern Group', 'organization']);
  });

  it('never reach back past a nearer organisation that opened a sentence', () => {
    const list = speakers(['Lantern Group showed its new lamps. Brightway Industries sold older ones. The company said it was "doing fine."']);
    expect(list[0]).toEqual(['doing fine.', 'Brightway Industries', 'organization']);
  });
});

describe('a quote credited after a dash', () => {
  it('gives a quote opening its paragraph to the person named right after the dash', () => {
    const list = speakers(['"Every year more women join the crews." — Lena Ostrova, regional manager', '((Lena Ostrova)) It has improved.']);
    expect(list[0]).toEqual(['Every year more women join the crews.', 'Lena Ostrova', 'person']);
  });

  it('never credits a quote inside a paragraph to a name after a dash', () => {
    const list = speakers(['Mayor Paul Brandt spoke first and said "We are ready." — Lena Ostrova arrived later.']);
    expect(list[0]).toEqual(['We are ready.', 'Paul Brandt', 'person']);
  });
});

describe('the subject of the sentence a participle hangs from', () => {
  it('reads a name after its titles as the subject, after two introductory phrases', () => {
    const list = speakers(['The next day, with the storm still raging, Governor Ella Marsh delivered a speech declaring herself "ready for anything."']);
    expect(list[0]).toEqual(['ready for anything.', 'Ella Marsh', 'person']);
  });

  it('ends the subject at an irregular past form: "X gave a speech calling"', () => {
    const list = speakers(['Carl Hope gave a speech calling the deal "a scandal."']);
    expect(list[0]).toEqual(['a scandal.', 'Carl Hope', 'person']);
  });

  it('gives a quote with no cue in a later sentence to that sentence\u2019s own subject, not the last speaker', () => {
    const list = speakers(['Mayor Tom Reed gave a speech calling the deal "a scandal." Councillor Ann Cole skipped the vote. She backed a "full audit."']);
    expect(list[1]).toEqual(['full audit.', 'Ann Cole', 'person']);
  });
});

describe('a quote with no cue after "he" or "she" opening its sentence', () => {
  it('gives it to the person the pronoun means after an introductory phrase', () => {
    const list = speakers(['Singer Mia Lund grew up in Oslo and Bergen. At 20, she saw the part as a "chance to prove myself."']);
    expect(list[0]).toEqual(['chance to prove myself.', 'Mia Lund', 'person']);
  });

  it('takes the person of the pronoun\u2019s gender, not the last one named', () => {
    const list = speakers(['Mia Lund met Tom Reed in Oslo. She called the city "a jewel." A year later, he bought a "small flat by the sea."']);
    expect(list[1]).toEqual(['small flat by the sea.', 'Tom Reed', 'person']);
  });
});

describe('"he" or "she" after an unnamed speaker', () => {
  it('means the unnamed speaker of the quote just before when no one is named in between', () => {
    const list = speakers(['Judge Ana Ruiz heard the case on Monday. The chief prosecutor told the court "the cells were full." She also said "we asked for help."']);
    expect(list[1]).toEqual(['we asked for help.', 'The chief prosecutor', 'unknown']);
  });

  it('means a person named after that quote', () => {
    const list = speakers(['Judge Ana Ruiz heard the case on Monday. The chief prosecutor told the court "the cells were full." Ruiz listened. She said "we will see."']);
    expect(list[1]).toEqual(['we will see.', 'Ana Ruiz', 'person']);
  });

  it('never means a group or an institution', () => {
    const list = speakers(['Judge Ana Ruiz heard the case on Monday. The police told the court the man was "dangerous." She said "he will stay in custody."']);
    expect(list[1]).toEqual(['he will stay in custody.', 'Ana Ruiz', 'person']);
  });
});

describe('"as X put it"', () => {
  it('gives a quote to the one who "put it" after it, over a dash or comma', () => {
    const list = speakers(['Mayor Tom Reed toured the site. The region has "too many roads and too few trains," as he put it.']);
    expect(list[0]).toEqual(['too many roads and too few trains,', 'Tom Reed', 'person']);
    const aside = speakers(['Traffic "came to a standstill" \u2014 as one planner put it \u2014 for hours.']);
    expect(aside[0]).toEqual(['came to a standstill', 'one planner', 'unknown']);
  });

  it('gives a quote to the one who "put it" before it', () => {
    const list = speakers(['Mayor Tom Reed toured the site. As he once put it, "we are out of money."']);
    expect(list[0]).toEqual(['we are out of money.', 'Tom Reed', 'person']);
  });
});

describe('apologies', () => {
  it('read "apologised for" as reporting words, so a role noun before it resolves', () => {
    const list = speakers(['Prime Minister Jan Novak met the press. Later, the Prime Minister apologised to voters for "having a fool as finance minister."']);
    expect(list[0]).toEqual(['having a fool as finance minister.', 'Jan Novak', 'person']);
  });
});

describe('a pronoun subject before "went on to"', () => {
  it('resolves "He went on to add" to the person "he" means, with its own cue', () => {
    const paragraphs = ['"The walls are sound," said engineer Tom Reed of the city council. He went on to add "the roof is not" and left.'];
    const quote = extractWhoSaidWhat({ id: 'test', title: '', paragraphs }).quotes[1];
    expect([quote.text, quote.speaker.name, quote.cue]).toEqual(['the roof is not', 'Tom Reed', 'add']);
  });
});

describe('a quote in a subordinate clause opening its sentence', () => {
  it('belongs to the clause\u2019s own speech verb, not to the main clause\u2019s after the comma', () => {
    const list = speakers(['Although Mayor Tom Reed called the plan "a disaster", council leader Ann Cole said it would pass.']);
    expect(list[0]).toEqual(['a disaster', 'Tom Reed', 'person']);
    const critics = speakers(['While critics described the plan as "reckless", Mayor Tom Reed praised it.']);
    expect(critics[0]).toEqual(['reckless', 'critics', 'unknown']);
  });

  it('still goes to the main clause\u2019s speaker when the clause has no speech verb of its own', () => {
    const list = speakers(['Although the plan is "dead", council leader Ann Cole said she would try again.']);
    expect(list[0]).toEqual(['dead', 'Ann Cole', 'person']);
  });
});
