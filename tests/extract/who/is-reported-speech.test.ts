import { describe, expect, it } from 'vitest';
import { extractWhoSaidWhat } from '../../../src/extract/extract-who-said-what.js';

function quotes(paragraphs: string[]): string[] {
  return extractWhoSaidWhat({ id: 'test', title: '', paragraphs }).quotes.map((q) => q.text);
}

function speakers(paragraphs: string[]): [string, string][] {
  return extractWhoSaidWhat({ id: 'test', title: '', paragraphs }).quotes.map((q) => [q.text, q.speaker.name]);
}

describe('short quotes a reporting verb governs', () => {
  it('keeps a capitalised word hyphenated to a lower-case one, which no title is', () => {
    expect(speakers(['The vote went ahead, with Nora Lind of Ohio calling the inquiry "Kremlin-style" in a speech.'])).toEqual([['Kremlin-style', 'Nora Lind']]);
  });

  it('keeps a lower-case description after "described as", but not a capitalised name', () => {
    expect(quotes(['Okafor, who was described as "deeply withdrawn" by his teachers, left school early.'])).toEqual(['deeply withdrawn']);
    expect(quotes(['The deal, which the senator described as "Dealgate", fell apart.'])).toEqual([]);
  });

  it('keeps a short span after a reporting verb and its object in one clause, though no speaker is found', () => {
    expect(quotes(['The regional ombudsman in its review called the new tariff "plainly unfair" on Friday.'])).toEqual(['plainly unfair']);
    expect(quotes(['Officers at the scene in Leeds declared that the fire was "deliberate" within hours.'])).toEqual(['deliberate']);
  });

  it('keeps a short span that opens right after an "according to" phrase and its comma, verbs inside the phrase notwithstanding', () => {
    expect(quotes(['The injuries were, according to the coroner\'s report, "consistent with a fall" from the roof.'])).toEqual(['consistent with a fall']);
    expect(quotes(['The fire was, according to agreed statements read in court, "deliberate" and fast.'])).toEqual(['deliberate']);
    expect(quotes(['According to the programme guide, "Night Owls" airs at ten.'])).toEqual([]);
  });

  it('keeps the second of two spans one verb governs', () => {
    expect(quotes(['Kim Rask, speaking to a trade fair crowd called the plan "rushed" and "badly costed".'])).toEqual(['rushed', 'badly costed']);
  });

  it('reads "blaming", "countered" and "denounced" as reporting verbs', () => {
    expect(speakers(['Mayor Ines Ward countered that residents were "simply tired" of the works.'])).toEqual([['simply tired', 'Ines Ward']]);
    expect(quotes(['The airline apologised on Monday, blaming "staff shortages" for the delays.'])).toEqual(['staff shortages']);
    expect(speakers(['Senator Paul Ekwueme, who denounced the budget as a "cruel joke", voted against it.'])).toEqual([['cruel joke', 'Paul Ekwueme']]);
  });

  it('does not let a verb govern a span across a clause, a quote or a comma, nor an infinitive or an agentless passive', () => {
    expect(quotes(['She learned to write early because her teachers were "strict" with her.'])).toEqual([]);
    expect(quotes(['In the valley they used to call it "dry season" for months.'])).toEqual([]);
    expect(quotes(['The practice is called "double booking" by nobody in particular.'])).toEqual(['double booking']);
    expect(quotes(['The practice is usually called "double booking" in the trade press.'])).toEqual([]);
    expect(quotes(['Some of the marchers outside the gates held signs which read "unheard" for hours.'])).toEqual([]);
  });

  it('keeps a long quote after a programme name when a cue attributes it', () => {
    const long = 'We have lost a friend and a builder of this town, and nobody who worked with him will forget what he gave to all of us.';
    expect(quotes([`She said on the station's Morning Report programme "${long}"`])).toEqual([long]);
    expect(quotes(['He said on the station\'s programme "Morning Report" that he would retire.'])).toEqual([]);
  });
});

describe('empty quotation marks', () => {
  it('are never a quote, not even as the next item after a quote', () => {
    expect(quotes(['She said "yes" "" and left.'])).toEqual(['yes']);
    expect(quotes(['"Gen.  said Anna Berg"""'])).toEqual(['Gen.  said Anna Berg']);
  });
});

describe('short quotes without a reporting verb', () => {
  it('keeps a span of two or more lower-case words after a possessive pronoun, the owner\'s own description', () => {
    expect(speakers(['Omar Haddad finished his "last big climb" in July.'])).toEqual([['last big climb', 'Omar Haddad']]);
    expect(quotes(['The chef spent a decade on the book, her "most personal work yet", before it came out.'])).toEqual(['most personal work yet']);
    expect(quotes(['Residents mocked the council and its "experts" at the meeting.'])).toEqual([]);
    expect(quotes(['The band will release their "greatest hits" album in May.'])).toEqual([]);
    expect(quotes(['The firm defended its "customer first" approach on Tuesday.'])).toEqual([]);
  });
});

describe('terms, names and titles', () => {
  it('reads a span glossed in brackets right after it as a term', () => {
    expect(quotes(['She told him to stop calling her friends "gadje" (outsiders) in public.'])).toEqual([]);
  });

  it('reads a short span that alone fills brackets after a word as its expansion or translation', () => {
    expect(quotes(['Polls suggest the pro-Grexit ("Greek exit") vote will grow, analysts said on Friday.'])).toEqual([]);
    expect(quotes(['Members of the Sejm ("lower house") voted for the bill, the speaker announced.'])).toEqual([]);
    expect(quotes(['The mayor said the plan was a failure ("a total failure, frankly") on Monday.'])).toEqual(['a total failure, frankly']);
    expect(quotes(['Dana Price shouted at them ("Go home!") and walked off.'])).toEqual(['Go home!']);
  });

  it('reads a span between a determiner and a noun for a policy or plan as its label, unless a verb governs it', () => {
    expect(quotes(['The city has run under the "build first, plan later" approach for years.'])).toEqual([]);
    expect(quotes(['The region is governed under the capital\'s "one nation, one vote" model.'])).toEqual([]);
    expect(quotes(['Unions criticised the "reckless and cruel beyond words" policy on Monday.'])).toEqual(['reckless and cruel beyond words']);
  });

  it('reads a span followed by its acronym in brackets as a name', () => {
    expect(quotes(['The agency named the condition "seasonal lung inflammation syndrome" (SLIS) on Tuesday.'])).toEqual([]);
  });

  it('reads a passive naming with no one doing the naming as an epithet', () => {
    expect(quotes(['According to the museum, the valley was once called the "garden" of the north.'])).toEqual([]);
    expect(quotes(['The town was often called "little Paris."'])).toEqual([]);
  });

  it('reads a span whose words the next sentence defines as a term', () => {
    expect(quotes(['The same survey also noted over 200 "ghost nets" found on the coast. Ghost nets are fishing nets lost at sea.'])).toEqual([]);
  });

  it('reads the words a letter stands for as no quote', () => {
    expect(quotes(['In the code, "K" is for "kilo," and "M" for the month.'])).toEqual([]);
  });

  it('gives every item of a list the verdict of the item before it', () => {
    expect(quotes(['Visitors could attend "Pottery Basics", "Glaze Chemistry", and "Advanced Raku Firing."'])).toEqual([]);
    expect(quotes(['The draft used the terms "civil partner" and "registered union."'])).toEqual([]);
  });

  it('reads an unattributed title-case span ending in a full stop as a name, as one ending in a comma', () => {
    expect(quotes(['The best-selling prints were made by the studio "Quiet Fox Press."'])).toEqual([]);
    expect(quotes(['The stall was run by a collective called "Two Left Feet," which sold mugs.'])).toEqual([]);
    expect(quotes(['Asked about the result, Mira Holt said, "Thank You All."'])).toEqual(['Thank You All.']);
  });

  it('reads a title-case span set off by commas after a noun as its name, even in an attributed sentence', () => {
    expect(quotes(['Tomas Reyes says his group, "Neighbours Who Fix Things Together", began as a joke.'])).toEqual([]);
    expect(quotes(['Tomas Reyes says his group, "a bunch of neighbours who fix things", began as a joke.'])).toEqual(['a bunch of neighbours who fix things']);
    expect(quotes(['The mayor said, "Welcome To The City Of Lights", and cut the ribbon.'])).toEqual(['Welcome To The City Of Lights']);
  });

  it('reads one word with a capital and a digit as a code name, even when a cue attributes it', () => {
    expect(quotes(['The agency announced the strain\'s new label on Monday: "RX-7b" replaces the old one.'])).toEqual([]);
    expect(quotes(['Officials said the jet, "AB320", had been grounded.'])).toEqual([]);
    expect(quotes(['The coach said the team was "100%" ready.'])).toEqual(['100%']);
  });

  it('reads a span after "or" that follows a phrase a noun names as that phrase\'s other form', () => {
    expect(quotes(['Above the door hangs the Latin phrase carpe diem or "seize the day," in gold letters.'])).toEqual([]);
    expect(quotes(['Mira Holt said they acted in the name of peace or "simple decency" that day.'])).toEqual(['simple decency']);
    expect(quotes(['Mira Holt said the deal was a mistake or "a total disaster" for the town.'])).toEqual(['a total disaster']);
  });

  it('reads a span after "the title of" or "the name of" as a name', () => {
    expect(quotes(['She hopes to retire and take the title of "Keeper of the Old Harbour."'])).toEqual([]);
  });

  it('reads a short span inside a quote\'s original wording, after its language tag, as no quote of its own', () => {
    const paragraph = 'He added, "we bought the \'tools\' and the skills." ((de))German language: \u200dwir kauften die „werkzeuge” und das Können.';
    expect(quotes([paragraph])).toEqual(["we bought the 'tools' and the skills."]);
  });

  it('counts "vs." as a small word of a title-case case name', () => {
    expect(quotes(['The judges heard the case "Anna Berger-Holm vs. Northwind Shipping Limited" on Monday.'])).toEqual([]);
  });
});
