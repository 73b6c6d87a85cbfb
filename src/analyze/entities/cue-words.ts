/**
 * Small, general word lists that act as type evidence for proper names. Nothing here names
 * a particular actor: these are the heads, titles and particles any news text uses.
 * All entries are lower case; callers compare against a token's lower-cased text.
 */

/** Final words that make a capitalised run an organisation ("Quds Force", "Reuters News"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'council', 'corps', 'force', 'forces', 'brigade', 'brigades', 'battalion', 'battalions',
  'party', 'group', 'university', 'college', 'institute', 'institution', 'foundation', 'agency',
  'department', 'committee', 'commission', 'army', 'navy', 'guard', 'guards', 'front', 'movement',
  'resistance', 'militia', 'militias', 'bank', 'company', 'co', 'corp', 'corporation', 'inc', 'ltd',
  'llc', 'plc', 'news', 'times', 'post', 'press', 'journal', 'herald', 'tribune', 'gazette',
  'telegraph', 'guardian', 'network', 'broadcasting', 'media', 'association', 'federation', 'union',
  'league', 'organization', 'organisation', 'office', 'bureau', 'service', 'services', 'command',
  'administration', 'authority', 'authorities', 'court', 'tribunal', 'parliament', 'assembly',
  'congress', 'senate', 'cabinet', 'government', 'secretariat', 'directorate', 'house', 'center',
  'centre', 'fund', 'club', 'team', 'church', 'mission', 'coalition', 'alliance', 'framework',
  'initiative', 'program', 'programme', 'project', 'board', 'society', 'trust', 'airlines',
  'airways', 'group', 'holdings', 'industries', 'systems', 'technologies', 'labs', 'motors',
  'police', 'marines', 'regiment', 'division', 'fleet', 'squadron', 'unit', 'units', 'cell',
  'cells', 'faction', 'factions', 'organisation', 'academy', 'school', 'hospital', 'clinic',
  'agency', 'observatory', 'watch', 'institute', 'studies', 'research', 'exchange', 'reserve',
  'treasury', 'pentagon', 'kremlin',
  // Company words, English and the commonest foreign ones ("X Software", "X Handel", "X Energi").
  'software', 'electronics', 'electric', 'machinery', 'mining', 'securities', 'capital', 'partners',
  'pharmaceuticals', 'pharma', 'petroleum', 'steel', 'chemicals', 'logistics', 'telecom', 'airline',
  'insurance', 'investments', 'entertainment', 'studios', 'foods', 'shipping', 'energi', 'handel',
  'ag', 'gmbh', 'sa', 'nv', 'asa', 'spa', 'bv', 'oyj',
  'shipbuilding', 'construction', 'engineering', 'resources', 'minerals', 'metals', 'aerospace', 'automotive',
  'semiconductor', 'textiles', 'cement', 'sports', 'lines',
  // Broadcasters ("Kenya Television") and the last words of football clubs ("X Wanderers", "X United").
  'radio', 'television', 'tv', 'athletic', 'wanderers', 'rovers', 'united', 'albion', 'fc', 'afc',
  // Crime syndicates ("X Cartel").
  'cartel', 'syndicate',
  // "Red Cross", "Red Crescent": relief societies.
  'cross', 'crescent',
  // Legislatures and councils named in their own language ("Lok Sabha", "Majlis Shura").
  'sabha', 'duma', 'knesset', 'majlis', 'shura', 'sejm', 'rada', 'bundestag', 'storting', 'riksdag', 'jirga',
]);

/**
 * First words that make a name an organisation whatever follows: Arabic words for movement,
 * brigades, army, front, party, council, and the words sports clubs open with.
 */
export const ORGANIZATION_FIRST_WORDS: ReadonlySet<string> = new Set([
  'harakat', 'saraya', 'liwa', 'jaish', 'jabhat', 'hizb', 'asaib',
  // Urdu and Persian words for movement, army, party, assembly ("Tehreek-e-X", "Lashkar-e-X").
  'tehreek', 'tehrik', 'lashkar', 'jamaat', 'jamiat', 'sipah',
  // Legal-form prefixes of companies (Indonesian "PT", Russian "PJSC"/"JSC"/"OAO").
  'pt', 'pjsc', 'jsc', 'oao',
  'majlis', 'club', 'radio', 'atletico', 'athletic', 'deportivo', 'sporting', 'dynamo', 'dinamo', 'olympique', 'fc',
]);

/** First words of storms and named operations: a name, but no actor (CoNLL files them as miscellaneous). */
export const NON_ACTOR_OPENERS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical']);

/** Lower-case nouns after a name that say it is a place ("the X refugee camp", "the X region"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'camp', 'refugee', 'city', 'town', 'village', 'region', 'province', 'district', 'governorate', 'county',
  'municipality', 'neighbourhood', 'neighborhood', 'suburb', 'valley', 'river', 'airport', 'crossing',
  // Plurals after coordinated names ("the X and Y districts").
  'cities', 'towns', 'villages', 'regions', 'provinces', 'districts', 'counties', 'municipalities', 'islands',
]);

/** Lower-case second halves of everyday hyphen compounds ("Iran-led", "Bush-era"), never given names. */
export const HYPHEN_COMPOUND_TAILS: ReadonlySet<string> = new Set([
  'led', 'run', 'era', 'born', 'bred', 'made', 'held', 'free', 'wide', 'like', 'type', 'size', 'area', 'zone', 'only', 'old', 'year', 'day',
]);

/** Roles before an appositive name ("the group's spokesman, X,"): X is a person. */
export const PERSON_APPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'attorney', 'leader', 'chief', 'director', 'president',
  'minister', 'envoy', 'ambassador', 'commander', 'founder', 'wife', 'husband', 'son', 'daughter', 'father',
  'mother', 'brother', 'sister', 'colleague', 'adviser', 'advisor', 'deputy', 'secretary', 'editor', 'reporter',
  'correspondent', 'analyst', 'economist', 'chairman', 'chairwoman', 'executive', 'official', 'author',
]);

/** Words for a place before an appositive name ("the southern city, X,"). */
export const PLACE_APPOSITION_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'capital', 'province', 'region', 'district', 'port']);

/**
 * Roles and things that belong to a company or institution: a lone unknown name after
 * "<one of these> for/of/at" is an organisation ("a spokeswoman for X", "shares of X").
 */
export const INSTITUTION_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'employees', 'employee', 'staff', 'shares',
  'shareholders', 'subsidiary', 'executives', 'executive', 'chairman', 'chairwoman', 'ceo', 'board',
  'economist', 'economists', 'analyst', 'analysts', 'strategist', 'strategists', 'researchers', 'engineers',
  'bankers', 'traders', 'lawyers', 'unit', 'owner', 'owners',
]);

/** Heads that open an organisation name before "of"/"for"/"on" ("Ministry of Defence"). */
export const ORGANIZATION_OPENERS: ReadonlySet<string> = new Set([
  'ministry', 'council', 'university', 'bank', 'department', 'committee', 'commission', 'institute',
  'office', 'bureau', 'court', 'house', 'center', 'centre', 'league', 'organization',
  'organisation', 'federation', 'union', 'association', 'board', 'church', 'college', 'school',
  'academy', 'party', 'army', 'corps', 'movement', 'front', 'resistance', 'society', 'fund',
  'agency', 'assembly', 'chamber', 'secretariat', 'authority', 'guardians', 'sons', 'friends',
  'coalition', 'alliance', 'conference', 'foundation', 'forces', 'federal', 'community', 'centres', 'centers',
  'institutes', 'chambers',
]);

/** Final words that make a capitalised run a place ("Red Sea", "Green Zone"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'sea', 'gulf', 'strait', 'straits', 'river', 'lake', 'ocean', 'bay', 'mountains', 'mountain',
  'mount', 'hills', 'valley', 'desert', 'peninsula', 'coast', 'island', 'islands', 'isle', 'province',
  'region', 'county', 'district', 'governorate', 'city', 'town', 'village', 'street',
  'avenue', 'road', 'square', 'bridge', 'airport', 'port', 'harbor', 'harbour', 'canal', 'zone',
  'strip', 'heights', 'plain', 'plains', 'base', 'camp', 'site', 'crossing', 'border', 'highway',
  'park', 'territory', 'territories', 'prefecture', 'oblast', 'kingdom', 'republic', 'emirate',
  'sultanate', 'borough', 'neighborhood', 'neighbourhood', 'quarter', 'falls', 'basin', 'delta',
  'channel', 'cape', 'pass', 'forest', 'station', 'tower', 'palace', 'stadium', 'gap', 'range',
  'ridge', 'plateau',
]);

/** Place heads that open a name before "of" ("Gulf of Aden", "Republic of Korea"). */
export const PLACE_OPENERS: ReadonlySet<string> = new Set([
  'gulf', 'sea', 'strait', 'straits', 'bay', 'isle', 'island', 'islands', 'republic', 'kingdom',
  'state', 'city', 'province', 'region', 'lake', 'mount', 'cape', 'port', 'emirate', 'sultanate',
  'principality', 'duchy', 'county', 'district', 'governorate', 'valley', 'river', 'canal',
]);

/** Compass words: "West X", "Northern X" names a place unless X is an organisation head. */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'middle', 'upper', 'lower', 'northeast', 'northwest', 'southeast', 'southwest', 'far', 'near',
]);

/**
 * Words that may open or sit inside a title phrase before its head ("Prime Minister",
 * "Staff Sgt.", "Secretary of State", "former President"). Never part of the name.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice', 'prime', 'former', 'acting', 'deputy', 'assistant', 'foreign', 'defence', 'defense',
  'interior', 'finance', 'press', 'national', 'security', 'staff', 'first', 'class', 'master',
  'gunnery', 'field', 'crown', 'chief', 'top', 'senior', 'military', 'state', 'attorney', 'supreme',
  'grand', 'lance', 'command', 'petty', 'rear', 'late', 'then', 'of', 'the', 'health', 'justice',
  'economy', 'trade', 'energy', 'oil', 'labour', 'labor', 'education', 'culture', 'information',
  // Ministerial portfolios ("Tourism Minister", "Competition Commissioner").
  'agriculture', 'environment', 'tourism', 'mining', 'mines', 'transport', 'transportation', 'housing',
  'competition', 'industry', 'commerce', 'sports', 'youth', 'water', 'fisheries', 'forestry', 'infrastructure',
  'planning', 'works', 'lands', 'budget', 'digital', 'science', 'technology', 'immigration', 'home',
  'welfare', 'employment', 'climate', 'petroleum', 'aviation', 'maritime', 'telecommunications',
  'communications', 'homeland', 'treasury', 'army', 'navy', 'air', 'executive', 'managing',
]);

/**
 * The words that end a title phrase: the last one of these before a name proves the run
 * starts with a title ("Defence Minister Yoav X" → title "Defence Minister"). Words like
 * "Foreign" or "State" only count inside such a phrase.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'pres', 'premier', 'minister', 'pm', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof',
  'professor', 'sgt', 'sergeant', 'gen', 'general', 'col', 'colonel', 'lt', 'lieutenant', 'capt',
  'captain', 'cmdr', 'commander', 'maj', 'major', 'adm', 'admiral', 'spc', 'specialist', 'pvt',
  'private', 'cpl', 'corporal', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
  'secretary', 'secstate', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'king', 'queen',
  'prince', 'princess', 'sheikh', 'shaikh', 'sheik', 'ayatollah', 'imam', 'pope', 'cardinal',
  'bishop', 'archbishop', 'rabbi', 'rev', 'reverend', 'judge', 'justice', 'mayor', 'chancellor',
  'ambassador', 'envoy', 'chief', 'director', 'chairman', 'chairwoman', 'ceo', 'emir', 'sultan',
  'lord', 'lady', 'sir', 'dame', 'undersecretary', 'adviser', 'advisor', 'officer', 'marshal',
  'brig', 'brigadier', 'lieut', 'coach', 'speaker', 'dep',
  // Positions in a team ("striker X", "coach X").
  'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'manager',
  // Police and civil-service ranks.
  'superintendent', 'supt', 'inspector', 'insp', 'constable', 'detective', 'det', 'commissioner', 'sheriff', 'magistrate',
]);

/** Lower-case particles that may sit inside (or open) a personal or place name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'al-', 'bin', 'ibn', 'bint', 'abu', 'abd', 'de', 'del', 'della', 'van', 'von', 'der',
  'den', 'la', 'le', 'da', 'di', 'du', 'dos', 'das', 'do', 'ben', 'ter', 'ur', 'ul', 'as', 'ad', 'an',
  'at', 'ash', 'az', 'es', 'y', 'zu', 'e', 'los', 'las',
]);

/** Particles that only count when hyphen-glued to the next word ("al-Rashidi", "an-Nasr"). */
export const HYPHEN_ONLY_PARTICLES: ReadonlySet<string> = new Set(['as', 'ad', 'an', 'at', 'ash', 'az', 'es', 'y', 'ur', 'ul', 'do', 'e']);

/** Suffixes that continue a personal name ("Jr.", "III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Months and weekdays: capitalised, never an actor. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon',
  'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'christmas', 'easter', 'ramadan',
]);

/**
 * Capitalised words that are not names when they stand alone or open a run: sentence
 * openers, reporting words, page furniture. Checked on the lower-cased token.
 */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'however', 'but', 'and', 'or', 'even', 'yet',
  'so', 'officials', 'official', 'sources', 'source', 'instead', 'under', 'meanwhile', 'also',
  'although', 'though', 'while', 'when', 'where', 'after', 'before', 'since', 'during', 'in', 'on',
  'at', 'for', 'from', 'with', 'without', 'by', 'of', 'to', 'as', 'if', 'it', 'its', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'what',
  'who', 'why', 'how', 'which', 'some', 'many', 'most', 'all', 'any', 'each', 'every', 'no', 'not',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'last',
  'next', 'another', 'other', 'such', 'both', 'either', 'neither', 'still', 'now', 'then', 'today',
  'tomorrow', 'yesterday', 'tonight', 'live', 'story', 'read', 'more', 'related', 'watch', 'photo',
  'photos', 'video', 'image', 'images', 'file', 'advertisement', 'subscribe', 'share', 'updated',
  'published', 'editor', 'editors', 'note', 'breaking', 'exclusive', 'analysis', 'opinion', 'comment',
  'update', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'ago', 'please', 'according',
  'asked', 'said', 'says', 'added', 'reported', 'despite', 'because',
  'unless', 'until', 'once', 'again', 'already', 'just', 'only', 'perhaps', 'maybe', 'indeed',
  'thus', 'therefore', 'furthermore', 'moreover', 'nevertheless', 'nonetheless', 'besides',
  'further', 'overall', 'finally', 'later', 'earlier', 'previously', 'recently', 'currently',
  'together', 'among', 'amid', 'across', 'against', 'between', 'into', 'over', 'through', 'toward',
  'towards', 'upon', 'within', 'about', 'above', 'below', 'around', 'behind', 'beyond', 'near',
  'like', 'unlike', 'whether', 'whatever', 'whoever', 'mr', 'mrs', 'ms', 'dr', 'sir', 'getty',
  'staff', 'chief', 'head', 'several', 'few', 'much', 'very', 'well', 'yes', 'okay', 'ok', 'oh',
  'please', 'thank', 'thanks', 'dear', 'sorry', 'hello', 'anyway', 'otherwise', 'plus', 'ahead',
]);

/**
 * Lower-case connectors allowed inside an organisation or place name when the run so far
 * opens with a head ("Ministry of Defence", "Council on Foreign Relations").
 */
export const INNER_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'the', 'and', '&', 'in', 'de', 'du', 'des']);

/** Adjectives that open organisation names far more often than places or people ("Islamic State"). */
export const ORGANIZATION_MODIFIERS: ReadonlySet<string> = new Set([
  'islamic', 'democratic', 'popular', 'revolutionary', 'liberation', 'socialist', 'communist',
  'republican', 'federal', 'international', 'royal', 'supreme', 'patriotic', 'progressive',
  'conservative', 'liberal', 'labour', 'labor', 'workers', 'national', 'free', 'united',
  'independent', 'sovereign', 'christian', 'jewish', 'catholic', 'general',
]);

/** Suffixes that do not change what a name refers to: "X News" = "X", "X Strip" = "X". */
export const DROPPABLE_ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set([
  'news', 'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'group', 'brigades', 'brigade',
  'movement', 'corps', 'party', 'organization', 'organisation',
]);
export const DROPPABLE_PLACE_SUFFIXES: ReadonlySet<string> = new Set(['strip', 'region', 'province', 'governorate', 'peninsula', 'islands']);

/** Heads that take a number after them inside a name ("Camp 5", "Route 9"). */
export const NUMBERED_HEADS: ReadonlySet<string> = new Set(['tower', 'camp', 'base', 'route', 'highway', 'gate', 'site', 'building', 'station', 'post', 'outpost', 'checkpoint', 'block', 'sector', 'terminal', 'pier', 'platform', 'hall', 'apollo', 'flight']);

/** Context words before a name that point to a place. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'near', 'to', 'into', 'across', 'outside', 'inside', 'throughout', 'towards', 'toward',
  'from', 'around', 'northern', 'southern', 'eastern', 'western', 'central', 'at', 'via',
]);

/** Words that skip when computing an acronym from a long name's initials. */
export const ACRONYM_SKIP_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'al', 'el', '&', 'a', 'an']);

/** Verbs of saying/doing after a name: a person or organisation, not a place. */
export const AGENT_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'stated', 'announced', 'claimed', 'denied', 'confirmed',
  'warned', 'argued', 'wrote', 'tweeted', 'insisted', 'noted', 'explained', 'asked', 'replied',
]);
