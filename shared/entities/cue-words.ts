// Words that tell what kind of thing a capitalised span names. All lower-case; compared with the
// lower-cased token (trailing dot removed). Written by hand from general English usage.

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Titles and ranks before a person's name that are not part of the name (President Assad). */
export const PERSON_TITLES = words(`
  mr mrs ms miss mx dr prof professor president vice premier chancellor minister secretary senator sen
  congressman congresswoman rep representative governor gov mayor ambassador judge justice
  general gen lt lieutenant colonel col major maj captain capt sergeant sgt corporal cpl private pvt
  admiral adm commander cmdr commodore marshal brigadier officer chief inspector detective
  rev reverend father bishop archbishop cardinal imam mullah ayatollah rabbi pastor deacon brother sister
  coach manager chairman chairwoman ceo spokesman spokeswoman spokesperson dean director
  coroner engineer senior seniors junior juniors freshman sophomore
  emir sheikh shaykh sheik mufti
`);

/** Titles that stay part of the name, as in King Carlos I or Lord Stanley. */
export const NAME_TITLES = words(`
  king queen prince princess lord lady sir dame duke duchess earl count countess baron baroness
  emperor empress pope saint sultan tsar czar shah pharaoh caliph
`);

/** Kunya and nasab particles that start or join Arabic names: Abu Bakr, Umm Hani, Ibn Saud. */
export const NAME_PREFIXES = words(`abu abou umm ibn bin bint ben`);

/** Lower-case particles inside names: Pierre de Marca, Ludwig van Beethoven, Osama bin Laden. */
export const NAME_PARTICLES = words(`
  de da di del della dei des du dos das do la le van von der den ter ten zu af al el bin ibn bint y e ul ud
`);

/** Last words of organisation names. */
export const ORGANIZATION_HEADS = words(`
  inc incorporated ltd limited llc plc corp corporation co company companies group holdings gmbh ag sa nv
  bv pty fc afc cf sc club clubs united athletic athletics rovers wanderers
  party front army armies brigade brigades battalion battalions regiment division divisions corps force
  forces fleet navy guard guards militia militias council ministry university universities college
  school academy institute institution observatory agency agencies committee commission bureau office
  department organization organisation association federation union league foundation society trust
  fund bank network networks media press news times post herald gazette journal tribune magazine
  chronicle telegraph observer courier examiner inquirer enquirer globe statesman dispatch sentinel
  bulletin
  radio television tv broadcasting records studios pictures entertainment airlines airways railways
  railway motors industries technologies systems labs laboratories hospital clinic museum library
  church mosque temple cathedral orchestra band choir ensemble theatre theater hotel auditorium
  parliament congress senate assembly cabinet court tribunal police gendarmerie service services
  movement coalition alliance brotherhood council junta authority directorate command administration
  center centre team squad hall conference
`);

/** First words of organisation names: University of X, Bank of Y. */
export const ORGANIZATION_STARTS = words(`university bank ministry department college institute museum house`);

/** Last words of place names. */
export const PLACE_HEADS = words(`
  river rivers lake lakes mountain mountains mount mountain range hills hill valley valleys island
  islands isle peninsula bay gulf sea ocean strait straits channel canal coast desert plain plains
  plateau forest county province state states region district territory governorate prefecture
  municipality oblast city town village borough township parish shire street road avenue ave boulevard
  square park bridge border crossing airport port harbour harbor beach falls springs creek brook pond
  heights highlands lowlands oasis dam camp base station area empire republic kingdom emirate caliphate
  duchy principality sultanate
`);

/**
 * First words that make the rest an organisation: FC Basel, Hotel Essex, and the Arabic words that
 * open names of armed groups and parties (Jabhat, Jaysh, Harakat, Liwa, Ahrar, Ansar, Hizb …).
 */
export const ORGANIZATION_PREFIXES = words(`
  fc afc ac sc sv cf cd hc hotel club
  jabhat jabha jaysh jaish jeish harakat haraka liwa liwaa katibat kataib ahrar ansar hizb hezb
  tanzim majlis jamaat jamaa jamaah jemaah hayat hayaat tahrir
`);

/**
 * Sentence-initial words that are common English yet often open a name that ends in a head word:
 * "Sixteenth Air Force", "National Party", "Royal Navy".
 */
export const NAME_OPENING_ADJECTIVES = words(`
  first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
  fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
  national royal federal united central democratic popular supreme international free new grand
  great imperial republican socialist liberal conservative labour labor progressive revolutionary
  islamic arab african american european
`);

/** Compass and size words before a place: East Perth, Southern California, Greater Poland. */
export const PLACE_QUALIFIERS = words(`
  north south east west northern southern eastern western northeast northwest southeast southwest
  upper lower greater central inner outer
`);

/** First words of place names: Mount Everest, Lake Chad, Gulf of Aden. */
export const PLACE_STARTS = words(`mount mt lake cape fort port gulf bay isle strait kingdom republic emirate`);

/** Lower-case words after a name that say it is a place: Deir Ezzor province. */
export const PLACE_FOLLOWERS = words(`
  province governorate district region county city town village area border river valley
  countryside suburb neighbourhood neighborhood
`);

/** Lower-case words before a name that say what follows (the band Killing Joke, the town of X). */
export const ORGANIZATION_LEADERS = words(`
  band group label club team company firm newspaper magazine station channel network party
  militia organisation organization agency university college museum airline brand manufacturer
  retailer chain charity society association federation league movement coalition bank institute
  foundation broadcaster publisher studio supermarket nightclub restaurant franchise faction
`);
export const PLACE_LEADERS = words(`
  town city village province region district county country capital island river suburb
  neighbourhood neighborhood municipality commune hamlet settlement locality lake mountain
`);
export const PERSON_LEADERS = words(`
  singer guitarist drummer bassist musician actor actress author writer poet painter artist
  player striker goalkeeper midfielder defender batsman pitcher quarterback boxer wrestler
  politician leader commander spokesman spokeswoman journalist reporter editor producer director
  son daughter wife husband brother sister father mother uncle aunt cousin
  footballer cricketer composer scientist lawyer businessman businesswoman entrepreneur activist
  soldier officer priest cleric militant
`);

/** Prepositions after which a capitalised name is often a place. */
export const PLACE_PREPOSITIONS = words(`in at near from to into across outside inside throughout via`);

/** Lower-case words after a name that say it is a person. */
export const PERSON_FOLLOWERS = words(`said says told added explained wrote who whose himself herself`);

/** Connectors that may join capitalised words inside one name. */
export const NAME_CONNECTORS = words(`of for on`);

/** Capitalised words that are rarely a name by themselves. */
export const NEVER_NAMES = words(`
  i i'm i've i'd a an the this that these those there here it its he she we they you his her our their
  my your mr mrs ms
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  and or but if so yet nor as at by for from in into of on onto to with without within over under
  after before during since until while when where why how what who whom which whose
  also however meanwhile although though because
  no yes not
`);

/** Last (or first) words of names of events, works and prizes: typed other. */
export const OTHER_HEADS = words(`
  battle war wars siege treaty accord accords agreement act campaign operation revolution uprising
  massacre crisis award awards prize medal cup trophy championship championships games olympics
  festival tournament series album song film show tour day
`);

/** Abbreviations in capitals that name no organisation: times, titles, things. */
export const NON_NAME_ABBREVIATIONS = words(`
  am pm ad bc bce ce est edt gmt utc pst pdt cet tv dvd cd dj mc vip suv bmx gdp ceo cfo mp mpp mep mvp
  phd hiv aids ufo id pc ok usb gps faq atm dna rna url pdf html km kg mph rip asap tba ko hq ied rpg
  pow mia kia wmd idp idps ngo ngos lgbt ps nb
`);
