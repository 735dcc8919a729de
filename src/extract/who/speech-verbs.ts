/**
 * Verbs that report speech or writing, in the inflected forms news prose uses. Written as data for Dateline from
 * the reporting-verb lists of English style guides (AP, Reuters) and the quotation-attribution literature.
 */
const forms = `
say says said saying tell tells told telling add adds added adding state states stated write writes wrote
writing written tweet tweets tweeted tweeting post posts posted explain explains explained explaining note notes
noted announce announces announced declare declares declared insist insists insisted argue argues argued claim
claims claimed warn warns warned ask asks asked reply replies replied respond responds responded answer answers
answered continue continues continued comment comments commented remark remarks remarked observe observes observed
acknowledge acknowledges acknowledged admit admits admitted concede concedes conceded confirm confirms confirmed
deny denies denied describe describes described describing call calls called calling urge urges urged pledge
pledged promise promised vow vows vowed suggest suggests suggested conclude concludes concluded recall recalls
recalled report reports reported testify testifies testified agree agrees agreed emphasise emphasised emphasize
emphasized stress stresses stressed caution cautioned predict predicted shout shouted yell yelled praise praised
criticise criticised criticize criticized condemn condemned accuse accused blame blamed quip quipped joke joked
lament lamented mourn mourned characterise characterised characterize characterized label labelled labeled brand
branded hail hailed welcome welcomed indicate indicates indicated estimate estimated allege alleged complain
complained boast boasted cry cried exclaim exclaimed whisper whispered assert asserts asserted maintain maintained
reiterate reiterated recount recounted reveal revealed disclose disclosed inform informed advise advised
demand demanded mention mentioned opine opines opined wonder wondered speculate speculated elaborate elaborated
found cite cites cited refer refers referred referring agreeing read reads ruled react reacts reacted adding telling noting explaining arguing asking commenting insisting
claiming warning stating announcing declaring replying responding acknowledging admitting confirming recalling
reporting suggesting praising criticising criticizing urging stressing writing posting tweeting describing calling
spoke speak speaks talk talks talked
emphasises emphasizes criticises criticizes condemns accuses laments exclaims maintains reiterates recounts
reveals discloses informs advises boasts complains alleges predicts speculates elaborates characterises
characterizes
counter counters countered countering denounce denounces denounced denouncing
blames blaming accusing
specifies specified stipulates stipulated shouting chanting chanted
apologise apologises apologised apologising apologize apologizes apologized apologizing
`;

/** Every inflected speech verb, lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(forms.split(/\s+/).filter(Boolean));

/** Speech verbs that name something rather than report words when the quoted span is a title ("a group called"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'label', 'labelled', 'labeled', 'brand', 'branded']);

/** Words right before a quoted span that mark it as a name, title or term rather than reported speech. */
export const NAMING_MARKERS: ReadonlySet<string> = new Set([
  'so-called', 'dubbed', 'nicknamed', 'named', 'name', 'designation', 'titled', 'entitled', 'term', 'terms', 'word', 'words', 'phrase',
  'hashtag', 'slogan', 'operation', 'album', 'song', 'single', 'film', 'movie', 'book', 'novel', 'show', 'series',
  'programme', 'program', 'campaign', 'banner', 'banners', 'signs', 'sign', 'headline', 'motto', 'codenamed',
]);
