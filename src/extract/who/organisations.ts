/**
 * Organisation lexicons, written as data for Dateline: the head words that make a capitalised phrase an
 * organisation, building or event rather than a person, and well-known single-word organisations and media.
 */
const heads = `
ministry department office embassy consulate agency authority authorities bureau service services commission committee council
board court courts tribunal parliament congress senate assembly government administration cabinet police army
navy force forces guard guards corps command military militia brigade brigades battalion regiment
party union league federation association organisation organization foundation institute institution society
trust fund bank group company corporation corp corp. inc inc. ltd ltd. llc plc co co. holdings airline airlines
airways motors industries partners network networks news times post press journal herald tribune gazette
telegraph guardian chronicle daily weekly magazine radio television tv channel broadcasting media studios
records entertainment games university college school academy hospital clinic center centre museum library
church cathedral mosque temple synagogue abbey basilica chapel house palace tower towers building hall stadium hotel motel
arena park airport station port bridge street st avenue ave road boulevard square lane highway freeway
prize award awards medal trophy cup championship championships olympics games festival conference summit forum
act bill law treaty accord accords agreement convention resolution plan report show
program programme project mission initiative campaign movement front alliance coalition council caucus
state states republic kingdom empire emirates islands island coast river lake mountain mountains valley county
province region district city town village
club team fc united rovers wanderers city athletic
unit units division laboratory laboratories lab labs observatory family dynasty fort heights masjid agence
institut instituto institución nacional société compagnie banco banque universidad université universität
gesellschaft partido partei fondation stiftung gazeta
oblast krai okrug governorate prefecture canton municipality borough parish township
mall lodge base area world nation islanders research strategies olympiad tournament expo system imager telescope
week linux
energy mining minerals resources petroleum oil gas pharmaceuticals pharma therapeutics biotech technologies technology
software solutions logistics shipping freight railway railways rail transport insurance capital ventures investments
securities markets brands foods beverages brewery breweries chemicals construction engineering electric electronics
utilities telecom telecommunications communications aerospace automotive steel
courier observer review examiner inquirer sentinel dispatch bulletin monitor mirror express globe wire
`;

/**
 * Capitalised words, lower-cased, that head an organisation, building, law, event or place name ("Fashion Week"), or
 * a product's ("Rocky Linux", an operating system).
 */
export const ORG_HEADS: ReadonlySet<string> = new Set(heads.split(/\s+/).filter(Boolean));

const known = `
pentagon kremlin whitehall downing vatican reuters afp ap tass xinhua interfax bbc cnn nbc abc cbs pbs npr fox msnbc
itv sky aljazeera al-jazeera bloomberg getty shutterstock alamy twitter facebook instagram youtube tiktok google
apple microsoft amazon netflix spacex nasa esa fbi cia nsa nypd dhs epa fda cdc who un nato eu opec imf isis isil
daesh hamas hezbollah taliban fsb kgb mi5 mi6 interpol unicef unesco unhcr wikinews wikipedia wikileaks ford boeing
airbus toyota volkswagen tesla uber congress senate parliament aew wwe wwf nfl nba mlb nhl fifa uefa ioc jazeera deutsche
`;

/** Head words that are also common surnames ("Hall", "Church"): they mark an organisation only after two or more words. */
export const SURNAME_LIKE_HEADS: ReadonlySet<string> = new Set(
  'hall house church park lane bank post king temple bridge cup bill act plan front mission games trust fund times court guard chapel abbey port state group union press lodge steel'.split(' '),
);

/** Single-word organisations and media, lower case ("Pentagon", "Reuters"). */
export const KNOWN_ORGS: ReadonlySet<string> = new Set(known.split(/\s+/).filter(Boolean));

/** Organisations and media of more than one word that read like a person's name, lower case ("Al Jazeera"). */
export const KNOWN_ORG_NAMES: ReadonlySet<string> = new Set(['al jazeera', 'al arabiya', 'al mayadeen', 'el universal', 'el país', 'le monde', 'la nación']);
