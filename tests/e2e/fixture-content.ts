/**
 * A small archive with every page type in it, for the end-to-end tests: articles over three years, a day with two
 * articles and the same day a year later, a person named in enough articles for a second page, enough quotes for
 * a second page of quotes, a quote reported twice, Markdown with a list, link and photo caption, a very long name
 * and word, and article text that tries to be HTML.
 */

/**
 * The harbour council's meetings: the mayor is quoted at each, which gives her page and the quotes page a second page.
 * Each quote's words differ from every other's by a whole phrase, so none is taken for a repeat of another.
 */
function meetings(): Record<string, string> {
  const topics = ['the breakwater', 'the fish market', 'the ferry timetable', 'the lighthouse', 'the marina fees', 'the sea wall'];
  const promises = ['We will have an answer on', 'The council has to stop delaying', 'I have asked the engineers to cost', 'Nobody in this town is happy with'];
  const objections = ['This meeting has decided nothing about', 'We cannot afford', 'The mayor still has no plan for', 'I will vote against any delay to'];
  const deadlines = ['before the next meeting', 'by the end of the season'];
  const councillors = ['Daniel Chen', 'Aisha Okafor', 'Tomás Ruiz'];
  const files: Record<string, string> = {};
  for (let week = 1; week <= 24; week++) {
    const date = `2020-${String(Math.ceil(week / 2)).padStart(2, '0')}-${week % 2 ? '08' : '22'}`;
    const topic = topics[week % topics.length];
    const deadline = deadlines[Math.floor((week - 1) / 12)];
    const councillor = councillors[week % councillors.length];
    files[`${date}-meeting-${week}.txt`] = [
      `date ${date}`,
      `The harbour council argued about ${topic} for most of its meeting number ${week} on Tuesday evening.`,
      '',
      `“${promises[week % promises.length]} ${topic} ${deadline},” said Maria Lopez, the mayor of Kilbride.`,
      '',
      `${councillor}, a member of the council, disagreed. “${objections[week % objections.length]} ${topic} ${deadline},” ${councillor} said.`,
    ].join('\n');
  }
  return files;
}

/** File name → text of every article in the fixture archive. */
export const FIXTURE_CONTENT: Record<string, string> = {
  ...meetings(),
  '2019-05-02-harbour-budget.md': [
    '---',
    'title: Council approves the harbour budget',
    'date: 2019-05-02',
    'author: Ana Díaz',
    'source: Port Ellen Gazette',
    'url: "https://example.org/gazette/harbour-budget"',
    '---',
    '',
    'The council approved money on Thursday to repair the old breakwater at the north end of the harbour, after *three years* of storms.',
    '',
    '“The fishing fleet has waited long enough for this money,” said Maria Lopez, the mayor of Kilbride.',
    '',
    'The budget covers:',
    '',
    '- new stone for the breakwater',
    '- lights along the pier',
    '- a survey of the [harbour floor](https://example.org/survey)',
    '',
    'Fishermen lined the quay to watch the vote. (Photo: Sam Reyes)',
    '',
    '## What happens next',
    '',
    '“Work starts in September if the weather holds,” said Daniel Chen, the harbour master.',
    '',
    'A notice on the door read “closed for repairs” for most of the afternoon.',
  ].join('\n'),
  '2020-03-10-storm.md': [
    '---',
    'title: Storm floods the harbour front',
    'date: 2020-03-10',
    'source: Port Ellen Gazette',
    '---',
    '',
    'A storm flooded shops along the harbour front on Tuesday night.',
    '',
    '“We will rebuild the pier before the summer season,” said Daniel Chen, the harbour master.',
  ].join('\n'),
  '2020-03-10-ferry.txt': 'date 2020-03-10\nThe morning ferry was cancelled because of the storm, the second cancellation this month.\n\n“Nobody sails in this,” said Aisha Okafor, a ferry captain.\n',
  '2021-03-10-a-year-after-the-storm.txt': [
    'date 2021-03-10',
    'A year after the storm, the harbour front has reopened.',
    '',
    '“The fishing fleet has waited long enough for this money,” Maria Lopez said again on Wednesday, repeating her words from 2019.',
  ].join('\n'),
  '2021-06-01-festival.md': [
    '---',
    'title: "Llanfairpwllgwyngyllgogerychwyndrobwllllantysiliogogogoch choir wins the harbour festival, and the longest headline of the year goes with it"',
    'date: 2021-06-01',
    '---',
    '',
    'The choir from Llanfairpwllgwyngyllgogerychwyndrobwllllantysiliogogogoch won the harbour festival on Tuesday.',
    '',
    '“We practised every night for a year in the chapel by the sea,” said Maximiliana Alejandra Fernández-Castellanos, the conductor of the choir.',
  ].join('\n'),
  '2021-06-01-market.txt': 'date 2021-06-01\nThe harbour market reopened on Monday with twenty stalls and a fiddler.\n\n“Sales were better than anyone expected,” said Maria Lopez.\n\nA sign on one stall read <img src=x onerror=alert(1)> as a joke about websites.\n',
};
