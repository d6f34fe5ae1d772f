"""Word lists the rules share: verbs of saying, titles, demonyms, pronouns, organisation words.

Lexicons are general English; none of them names a person, an outlet or a sentence of a data set.
Multi-word entries use "_" for the space (``_words`` turns it back).
"""

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet


def _words(text: str) -> set[str]:
    return {w.replace("_", " ") for w in text.split()}


# Verbs that introduce what someone said, in every form a news sentence uses them.
SPEECH_VERBS = _words(
    """
    accuse accused accuses accusing acknowledge acknowledged acknowledges acknowledging add added adding
    adds admit admitted admitting admits advise advised advises advising affirm affirmed affirming affirms
    agree agreed agrees agreeing allege alleged alleges alleging announce announced announces announcing
    argue argued argues arguing ask asked asking asks assert asserted asserting asserts assure assured
    assures assuring attack attacked attacking attacks beg began begged begging begin beginning begins
    begs believe believed believes believing blast blasted blasting blasts boast boasted boasting boasts
    brand branded branding brands call called calling calls caution cautioned cautioning cautions charge
    charged charges charging chime chimed chimes chiming chuckle chuckled chuckles chuckling claim
    claimed claiming claims comment commented commenting comments complain complained complaining
    complains concede conceded concedes conceding conclude concluded concludes concluding concur
    concurred concurring concurs confirm confirmed confirming confirms contend contended contending
    contends continue continued continues continuing counter countered countering counters cried cries
    criticise criticised criticises criticising criticize criticized criticizes criticizing cry crying
    declare declared declares declaring demand demanded demanding demands denied denies deny denying
    describe described describes describing disagree disagreed disagrees disagreeing disclose disclosed
    discloses disclosing dub dubbed dubbing dubs e-mail e-mailed e-mailing e-mails elaborate elaborated
    elaborates elaborating email emailed emailing emails emphasise emphasised emphasises emphasising
    emphasize emphasized emphasizes emphasizing estimate estimated estimates estimating exclaim
    exclaimed exclaiming exclaims explain explained explaining explains fear feared fearing fears feel
    feeling feels felt fire fire_back fired fired_back fires firing forecast forecasted forecasting
    forecasts go_on goes_on going_on grumble grumbled grumbles grumbling gush gushed gushing gushes hint
    hinted hinting hints hit_back hits_back hope hoped hopes hoping implied implies implore implored
    implores imploring imply implying indicate indicated indicates indicating insist insisted insisting
    insists interject interjected interjecting interjects joke joked jokes joking label labeled labeling
    labels lament lamented lamenting laments laugh laughed laughing laughs maintain maintained
    maintaining maintains marvel marveled marveling marvels mention mentioned mentioning mentions
    message messaged messages messaging mock mocked mocking mocks muse mused muses musing note noted
    notes noting object objected objecting objects observe observed observes observing opine opined
    opines opining plead pleaded pleading pleads pledge pledged pledges pledging point pointed pointing
    points posit posited positing posits post posted posting posts praise praised praises praising
    predict predicted predicting predicts proclaim proclaimed proclaiming proclaims project projected
    projecting projects promise promised promises promising propose proposed proposes proposing protest
    protested protesting protests put_it puts_it quip quipped quipping quips rant ranted ranting rants
    rave raved raves raving read readed reading reads reason reasoned reasoning reasons reassure
    reassured reassures reassuring recall recalled recalling recalls recommend recommended recommending
    recommends recount recounted recounting recounts reflect reflected reflecting reflects reiterate
    reiterated reiterates reiterating remark remarked remarking remarks replied replies reply replying
    report reported reporting reports respond responded responding responds retort retorted retorting
    retorts retweet retweeted retweeting retweets reveal revealed revealing reveals said say saying says
    scoff scoffed scoffing scoffs shoot_back shoots_back shot_back shout shouted shouting shouts shrug
    shrugged shrugging shrugs sigh sighed sighing sighs signal signaled signaling signals slam slammed
    slamming slams smile smiled smiles smiling snap snapped snapping snaps sniff sniffed sniffing sniffs
    speculate speculated speculates speculating stammer stammered stammering stammers state stated
    states stating stress stressed stressing stresses suggest suggested suggesting suggests surmise
    surmised surmises surmising tell telling tells testified testifies testify testifying text texted
    texting texts think thinking thinks thought thunder thundered thundering thunders told tout touted
    touting touts tweet tweeted tweeting tweets underline underlined underlines underlining urge urged
    urges urging vow vowed vowing vows warn warned warning warns went_on whisper whispered whispering
    whispers wonder wondered wondering wonders worried worries worry worrying write writes writing
    written wrote yell yelled yelling yells
    """
)

# Verbs that take a reported clause ("X argued that ..."): the core of indirect speech.
REPORTING_CLAUSE_VERBS = _words(
    """
    acknowledge acknowledged acknowledges acknowledging add added adding adds admit admitted admitting
    admits allege alleged alleges alleging announce announced announces announcing argue argued argues
    arguing assert asserted asserting asserts believe believed believes believing caution cautioned
    cautioning cautions claim claimed claiming claims complain complained complaining complains concede
    conceded concedes conceding conclude concluded concludes concluding confirm confirmed confirming
    confirms contend contended contending contends declare declared declares declaring denied denies
    deny denying disclose disclosed discloses disclosing emphasize emphasized emphasizes emphasizing
    estimate estimated estimates estimating explain explained explaining explains hint hinted hinting
    hints indicate indicated indicates indicating insist insisted insisting insists maintain maintained
    maintaining maintains note noted notes noting observe observed observes observing pledge pledged
    pledges pledging point_out pointed_out pointing_out points_out predict predicted predicting predicts
    promise promised promises promising recall recalled recalling recalls reiterate reiterated
    reiterates reiterating report reported reporting reports reveal revealed revealing reveals said say
    saying says signal signaled signaling signals state stated states stating stress stressed stressing
    stresses suggest suggested suggesting suggests tell telling tells testified testifies testify
    testifying think thinking thinks thought told tweet tweeted tweeting tweets underline underlined
    underlines underlining vow vowed vowing vows warn warned warning warns write writes writing written
    wrote
    """
)

# The verbs of saying proper, before the lists of thought, stance and praise are added below: what follows
# them is a clause ("Roe argued the pier is safe, but the board ..." runs on); what follows the others
# is an object, which ends where the writer's sentence goes on ("Roe praised the crew, noting ...").
SAYING_CLAUSE_VERBS = frozenset(REPORTING_CLAUSE_VERBS)

# Verbs that weave a fragment of someone's words into the writer's sentence ("called it 'x'").
PARTIAL_VERBS = _words(
    """
    accuse accused accuses accusing apologise apologised apologises apologising apologize apologized
    apologizes apologizing attack attacked attacking attacks blame blamed blames blaming blast blasted
    blasting blasts boast boasted boasting boasts brand branded branding brands call called calling
    calls characterize characterized characterizes characterizing cite cited cites citing condemn
    condemned condemning condemns criticize criticized criticizes criticizing decried decries decry
    decrying demand demanded demanding demands denounce denounced denounces denouncing describe
    described describes describing discuss discussed discussing discusss dub dubbed dubbing dubs envisage
    envisaged envisages envisaging envision envisioned envisioning envisions express expressed
    expressing expresss hail hailed hailing hails highlight highlighted highlighting highlights invoke
    invoked invokes invoking label labeled labeling labels mock mocked mocking mocks pledge pledged
    pledges pledging praise praised praises praising predict predicted predicting predicts promise
    promised promises promising question questioned questioning questions recount recounted recounting
    recounts refer referred referring refers repeat repeated repeating repeats saw see seeing sees slam
    slammed slamming slams speak speaking speaks spoke spoken stress stressed stressing stresses talk
    talked talking talks term termed terming terms thank thanked thanking thanks tout touted touting
    touts urge urged urges urging use used uses using voice voiced voices voicing vow vowed vowing
    vowinged vowinging vowings vows
    """
)

# Verbs of thought and stance that also report what someone holds ("Roe believes the pier is safe").
REPORTING_CLAUSE_VERBS |= _words(
    """
    believe believed believes believing know knew knows expect expected expects hope hoped hopes fear feared
    fears doubt doubted doubts want wanted wants feel felt feels insist insisted insists acknowledge
    acknowledged acknowledges ask asked asks urge urged urges propose proposed proposes suggest suggested
    suggests worry worried worries agree agreed agrees disagree disagreed disagrees concede conceded concedes
    recall recalled recalls add added adds adding noting explaining arguing saying warning insisting telling
    describe described describes call called calls accuse accused accuses criticize criticized criticizes
    praise praised praises discuss discussed discusses question questioned questions mention mentioned
    mentions blame blamed blames defend defended defends reject rejected rejects dismiss dismissed
    dismisses support supported supports oppose opposed opposes endorse endorsed endorses vowing promising
    talk talks talked talking speak speaks spoke speaking made_clear make_clear makes_clear making_clear
    made_it_clear make_it_clear makes_it_clear making_it_clear
    declined_to_comment_on declined_to_say decline declined declines refuse refused refuses seek sought seeks
    decide decided decides offer offered offers plan plans planned find found finds show showed shows
    cite cited cites citing called_on calls_on call_on
    """
)
# Verbs of praise and blame whose object is what was said of it ("Roe lambasted the pier plan").
_EVALUATIVE = _words(
    """
    applaud applauded applauding applauds assail assailed assailing assails bash bashed bashes bashing
    belittle belittled belittles belittling bemoan bemoaned bemoaning bemoans berate berated berates
    berating castigate castigated castigates castigating chide chided chides chiding deride derided derides
    deriding disparage disparaged disparages disparaging excoriate excoriated excoriates excoriating extol
    extolled extolling extols lambast lambasted lambasting lambasts laud lauded lauding lauds rebuke rebuked
    rebukes rebuking ridicule ridiculed ridicules ridiculing scold scolded scolding scolds reaffirm reaffirmed
    reaffirming reaffirms
    """
)
PARTIAL_VERBS |= _EVALUATIVE
# Verbs that pass on or set out what was said ("Roe echoed the mayor's doubts", "Roe outlined the plan").
PARTIAL_VERBS |= _words(
    """
    echo echoed echoes echoing reference referenced references referencing threaten threatened threatening
    threatens challenge challenged challenges challenging outline outlined outlines outlining insult insulted
    insulting insults quote quoted quotes quoting reiterate reiterated reiterates reiterating
    """
)
# Verbs of stance and intent whose complement is the position taken ("Roe is seeking to cut fares").
_STANCE_AND_INTENT = _words(
    """
    seeking consider considered considering considers compare compared compares comparing encourage encouraged
    encourages encouraging pushed_for pushing_for push_for pushes_for tried tries trying looking_to looks_to
    """
)
REPORTING_CLAUSE_VERBS |= _STANCE_AND_INTENT
# The participles the stance list above lacks ("..., rejecting the plan", "while supporting the fare cut").
_STANCE_PARTICIPLES = _words(
    """
    deciding declining defending doubting endorsing expecting offering opposing planning refusing rejecting
    supporting wanting
    """
)
REPORTING_CLAUSE_VERBS |= _STANCE_PARTICIPLES
REPORTING_CLAUSE_VERBS |= _words("bragged bragging brags griped quipped confessed confesses averred")
# Verbs that report a clause only after "that" ("the board ruled that ...", "Roe calculates that ..."); their
# bare object is a deed or a thing ("ruled the country"): see OBJECT_IS_NO_STATEMENT. ("rules" and "ruling"
# are nouns too often: "a court ruling that took away ...".)
_ONLY_WITH_THAT = _words("ruled calculated calculates calculating")
REPORTING_CLAUSE_VERBS |= _ONLY_WITH_THAT
# Spellings the lists above miss (labelled), and doubled-consonant forms they hold only as verbs of
# speaking, which report clauses and partial quotes too.
_IRREGULAR = _words("admitted admitting dubbed dubbing agreeing disagreeing concurred labelled labelling gushes")
SPEECH_VERBS |= _IRREGULAR
REPORTING_CLAUSE_VERBS |= _IRREGULAR
PARTIAL_VERBS |= _IRREGULAR
# Verbs whose object is what was said even without "that" ("Roe said the pier is safe", "Roe praised
# the plan"). A verb of speaking alone ("Roe wrote a book", "Roe began her tour") or of stance and
# intent ("Roe is considering a run") reports a clause only after "that": on polnear-train their
# objects were a statement less than four times in ten.
OBJECT_IS_CONTENT = frozenset((REPORTING_CLAUSE_VERBS | PARTIAL_VERBS) - _STANCE_AND_INTENT - _STANCE_PARTICIPLES)
# The participles of saying that carry on the words of their sentence's subject: "Roe toured the pier,
# saying (that) it would open in May".
SAYING_PARTICIPLES = _words(
    """
    saying adding noting arguing explaining insisting warning claiming stressing asserting contending
    suggesting declaring acknowledging predicting stating pointing_out making_clear making_it_clear
    """
)
# Verbs of saying whose statement is the object of a preposition: "spoke about the fares", "called for a
# vote", "referred to the strike", "argued against the plan", "agreed with the mayor".
PREPOSITION_CONTENT = {
    "about": _words(
        """
        spoke speaks speak speaking talked talks talk talking wrote writes write writing commented comments
        complained complains joked jokes warned warns testified testifies boasted boasts bragged brags lied
        lies tweeted tweets posted posts cautioned cautions asked asks spoken complaining warning joking
        """
    ),
    "on": _words("commented comments commenting remarked remarks elaborated elaborates weighed_in weighs_in"),
    "to": _words(
        """
        referred referring pointed points pointing alluded alludes alluding responded responds
        responding objected objects objecting
        """
    ),
    "for": _words(
        """
        called calls calling pushed pushes pushing pressed presses pressing argued argues arguing advocated
        advocates advocating pleaded pleads pleading lobbied lobbies lobbying
        """
    ),
    "against": _words(
        """
        argued argues arguing warned warns warning spoke speaks speaking railed rails railing cautioned
        cautions cautioning campaigned campaigns campaigning
        """
    ),
    "with": _words("agreed agrees agreeing disagreed disagrees disagreeing sided sides siding"),
}
# Verbs of knowing, keeping, showing, wanting, writing and supporting: their object is a statement only
# after "that" ("Roe maintains a lead", "Roe wrote the foreword"); on polnear-train their bare objects were
# a statement about one time in three.
OBJECT_IS_NO_STATEMENT = _words(
    """
    know knew feel felt feels maintain maintained maintains see saw find found finds show showed shows offer
    offered offers plan plans planned seek sought seeks decide decided decides want wanted wants wrote write
    writes written writing support supported supports endorse endorsed endorses
    """
)
OBJECT_IS_NO_STATEMENT |= _ONLY_WITH_THAT
# Verbs whose bare object is something done, not said: "Roe used the speech to ...", "Roe is challenging
# Doe for the seat", "Roe pledged her vote", "Roe voiced support", "Roe spoke Hebrew", "Roe was talking
# policy". Their subject still acts in the story, so it stays the one "she" may stand for next.
OBJECT_IS_A_DEED = _words(
    """
    use used uses using challenge challenged challenges challenging pledge pledged pledges pledging voice
    voiced voices voicing talk talked talks talking speak spoke speaks speaking
    """
)

TITLE_WORDS = _words(
    """
    acting activist adm admiral adviser advisor affairs agriculture aide ambassador analyst anchor
    assistant associate attorney attorney_general atty author ayatollah bishop board candidate capt
    captain cardinal ceo cfo chair chairman chairwoman chancellor chief chiefs cmdr co-founder coach
    col colonel commander commerce commissioner committee congressman congresswoman coo council counsel
    counselor court dame defence defense democrat democratic deputy director district dr economist
    editor education emperor energy envoy eu executive expert federal fellow finance foreign former
    founder front-runner frontrunner gen general gov gov. governor head health homeland hopeful host
    house imam incoming independent inspector intelligence interim interior joint judge junior justice
    king labor labour lady late lawmaker leader lecturer libertarian lord lt maj major majority manager
    mayor member minister minority miss mr mrs ms national nominee officer official outgoing party
    pastor pollster pope premier president president-elect press prime prince princess prof professor
    publisher queen rabbi ranking rep representative republican research researcher retired rev reverend
    scholar secretary security sen sen. senate senator senior sergeant sgt sheikh sheriff sir
    solicitor speaker spokesman spokesperson spokeswoman staff state strategist supreme surgeon then
    then- trade transportation treasury u.k. u.n. u.s u.s. uk un us veterans vice visiting whip white
    advocate alderman assemblyman assemblywoman auditor clerk comptroller councilman councilmember
    councilwoman dj recorder sens reps superintendent treasurer supervisor pres committeeman committeewoman
    """
)

# Adjectives of nationality and allegiance that open a title ("Elbonian President ..."), not a name.
# No place names: a capitalised place before a title ("Portside Mayor Jane Roe") is split off by the title.
DEMONYMS = _words(
    """
    afghan african algerian american arab argentine argentinian armenian asian australian austrian
    azerbaijani bahraini belarusian belgian bolivian brazilian british bulgarian burmese
    cambodian canadian chilean chinese colombian conservative croatian cuban czech danish
    democratic dutch east eastern ecuadorian egyptian emirati estonian ethiopian european federal
    filipino finnish french georgian german greek haitian hungarian indian indonesian
    iranian iraqi irish israeli italian jamaican japanese jordanian kazakh kenyan korean kurdish
    kuwaiti labour latvian lebanese liberal libyan lithuanian malaysian mexican mongolian moroccan
    nigerian north norwegian omani pakistani palestinian peruvian polish progressive qatari
    republican romanian russian saudi scottish serbian singaporean somali south soviet spanish state
    sudanese swedish swiss syrian taiwanese thai tory tunisian turkish ukrainian uzbek venezuelan
    vietnamese welsh west western yemeni
    """
)

# Capitalised words that start sentences but never names.
NOT_NAME_WORDS = _words(
    """
    four five six seven eight nine ten dozens hundreds thousands several few neither either whether
    featuring more look transcript multiple here there see listen photos videos tonight
    a about according added after again all also although among an and another apr april are as asked at
    aug august be because before between both breaking but by can could dec december despite did do does
    dr during each editor's even every exclusive feb february first for friday from had has have he her
    here his how however i if in indeed instead is it its jan january jul july jun june just last let
    like many mar march may meanwhile might monday most mr mrs ms must my next no not note nov november
    now oct october of oh ok okay on once one only or other our over photo please read said saturday
    says sep sept september she should since so some speaking still such sunday sure thank thanks that
    the their then there these they this those though three through thursday to today told tomorrow
    tuesday two under unlike until update updated video was watch we wednesday well were what when where
    whether which while who why will with within without would yes yesterday yet you your maybe perhaps
    republicans democrats conservatives liberals progressives independents
    later earlier sooner afterward afterwards nobody everybody everyone someone somebody anyone anybody
    nothing everything something
    across alongside outside inside behind beyond amid amidst against around toward towards upon into onto
    """
)

# Words that never stand inside a name but do inside a title-case headline's clause (rule
# "title_case_clause"): pronouns, auxiliaries, negation, subordinators and contractions.
CONTRACTIONS = _words("i’m i'm don’t don't can’t can't won’t won't isn’t isn't doesn’t doesn't")
CLAUSE_WORDS = CONTRACTIONS | _words(
    """
    about her his their our my your its not is are was were be being been has have had got did does than
    that this these those what why how when where if because into
    """
)

MALE_HONORIFICS = _words(
    """
    chairman congressman king lord mr prince sir spokesman
    """
)

FEMALE_HONORIFICS = _words(
    """
    chairwoman congresswoman dame lady miss mrs ms princess queen spokeswoman
    """
)

# Words that make a capitalised run an organisation rather than a person.
ORG_WORDS = _words(
    """
    academy administration agency alliance army assembly association authority bank board
    bureau cabinet campaign caucus center centre channel church club coalition college command
    commission committee company congress corp corporation council court daily department
    embassy federation force forces foundation fund gazette government group guard herald
    house inc incorporated initiative institute institution journal kingdom league llc ltd magazine
    ministry movement nations navy network news office organisation organization pac
    parliament party police post press project radio republic review school
    secretariat senate service society staff states super_pac team times tribune trust tv
    union university watch weekly
    academies chamber conference convention electric legion workers
    survey reserve laboratory museum hospital library exchange
    airlines airways brands capital communications computer computers enterprises entertainment holdings
    industries insurance media motors partners pharmaceuticals studios systems technologies ventures
    beacon bulletin chronicle courier dealer dispatch examiner inquirer insider register report sentinel telegraph
    colleges corps decisions economics edition politics poll promotions schools
    """
)
# Common nouns only: an acronym ("NATO", "CNN") is an organisation by its shape (names._classify), and a
# one-word name ("Reuters") is resolved to the longer form the article gives ("Reuters News Agency").

# The head nouns of the names of places and events: "South China Sea", "Summer Olympics" name no speaker.
PLACE_WORDS = _words(
    """
    bay canal coast desert gulf island islands lake mountain mountains ocean peninsula river sea strait
    valley olympics games cup championship championships festival summit war
    airport arena avenue bowl hotel inn plaza square stadium street tower act
    agreement treaty accord pact
    """
)

# Single capitalised words that speak as institutions ("the Palace said", "the Pentagon says"): the seats
# of government that news writing uses for the government itself, a small closed class like the titles.
INSTITUTION_WORDS = _words(
    """
    elysee kremlin pentagon vatican whitehall élysée
    """
)

# Role nouns of people, used after "the" ("the senator said") and in appositives.
PERSON_ROLE_NOUNS = _words(
    """
    activist actor actress administrator adviser advisor aide ambassador analyst anchor associate
    attorney author billionaire businessman businesswoman candidate ceo chair chairman chairwoman
    chancellor chief coach columnist commander commentator congressman congresswoman conservative
    consultant correspondent critic delegate democrat diplomat director doctor donor economist editor
    educator envoy executive expert farmer fellow founder front-runner frontrunner general governor head
    historian hopeful host investor journalist judge justice king lawmaker lawyer leader lecturer
    liberal man manager mayor member minister moderator mogul nominee officer official operative
    opponent organiser organizer owner partner pastor physician player pollster premier president
    president-elect prince professor prosecutor queen reporter representative republican researcher
    rival scholar scientist secretary secretary-general senator sheriff singer speaker spokesman
    spokesperson spokeswoman star strategist student supporter teacher tycoon veteran vice-president
    voter woman worker writer
    challenger co-founder contender surgeon neurosurgeon pioneer frontman waiter waitress nurse engineer banker
    entrepreneur publisher producer filmmaker comedian musician novelist poet architect
    advocate alderman assemblyman assemblywoman auditor boss clerk comptroller constituent councilman
    councilmember councilwoman delegate recorder superintendent treasurer mate
    lady regulator speechwriter screenwriter
    """
)

# Plural nouns of unnamed groups ("officials said", "experts say"): the speaker cannot be named.
GROUP_NOUNS = _words(
    """
    activists advisers advisors aides allies americans analysts authorities both commentators
    conservatives critics delegates democrats diplomats documents donors economists emails executives
    experts friends insiders investigators investors lawmakers leaders liberals many members ministers
    observers officials operatives opponents organisers organizers others participants people police
    polls prosecutors protesters pundits records reports representatives republicans researchers
    residents scholars scientists senators some sources spokesmen staffers strategists studies
    supporters voters witnesses workers
    """
)

PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}

# Expansions so that "Sen. Warren" and "the senator" meet.
TITLE_ROLE = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "pres": "president",
    "atty": "attorney",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "adm": "admiral",
    "congressman": "representative",
    "congresswoman": "representative",
    "lawmaker": "representative",
    "prof": "professor",
    "dr": "doctor",
    "chairwoman": "chairman",
    "chair": "chairman",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "nominee": "candidate",
    "hopeful": "candidate",
    "front-runner": "candidate",
    "frontrunner": "candidate",
    "president-elect": "president",
    "premier": "prime minister",
    "leader": "leader",
}

# Organisation nouns after "the" ("the ministry said", "the newspaper wrote").
_PRESS = _words("times post journal herald tribune gazette news daily globe")
ORG_ROLE_NOUNS = {
    "newspaper": _PRESS,
    "paper": _PRESS,
    "magazine": _words("magazine monthly review weekly"),
    "agency": _words("agency"),
    "news agency": _words("agency"),
    "ministry": _words("ministry"),
    "department": _words("department"),
    "campaign": _words("campaign"),
    "committee": _words("committee"),
    "company": _words("company corp corporation inc llc"),
    "group": _words("association coalition group pac"),
    "firm": _words("firm inc corp llc company"),
    "organization": _words("organization"),
    "network": _words("network news"),
    "channel": _words("channel tv"),
    "embassy": _words("embassy"),
    "administration": _words("administration"),
    "party": _words("party"),
    "court": _words("court"),
    "commission": _words("commission"),
    "council": _words("council"),
    "office": _words("office"),
    "bank": _words("bank"),
    "university": _words("university"),
    "institute": _words("institute"),
    "center": _words("center"),
    "board": _words("board"),
    "agency's": _words("agency"),
    "pac": _words("pac"),
    "super pac": _words("pac"),
}

ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Cmdr|Rev|St|Jr|Sr|Ft|Mt|No|Inc|Corp|Ltd|Co"
    r"|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|U\.K|D\.C|a\.m|p\.m|e\.g|i\.e|Pres|Atty|Supt"
    r"|[A-Z])\.)$"
)


def word_alternation(words: Iterable[str]) -> str:
    """``"|".join(words)``, with the words that open on the same letter grouped behind it.

    The same matches, tried in the same order: at any position only the words opening on the letter
    there can match, and those keep their order inside their group, so the engine tries one group
    instead of every word (a list of roles is hundreds long, and patterns try it after many words).
    Each word stays as written, a regular expression of its own. A list with a word that does not
    open on a lowercase letter is joined as it is.
    """
    words = list(words)
    if not all("a" <= word[:1] <= "z" for word in words):
        return "|".join(words)
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    return "|".join(first + "(?:" + "|".join(rests) + ")" for first, rests in by_first.items())


def verb_pattern(verbs: set[str]) -> str:
    """An alternation of the verbs, longest first so that "pointed out" wins over "pointed".

    Case-sensitive even inside an IGNORECASE pattern: "State" in a title is no verb. Only inflected
    forms may be capitalised, for sentences that open on the verb ("Said the mayor: ...").
    """
    capitalised = {v.capitalize() for v in verbs if v.endswith(("ed", "said", "told", "wrote", "says"))}
    alternatives = sorted(verbs | capitalised, key=len, reverse=True)
    # Grouped by first letter, each group still longest first: the engine tries the few verbs that
    # open on the letter at hand instead of all of them, at every position of every sentence. The
    # matches are the same, since a verb opening on another letter fails there anyway.
    by_first: dict[str, list[str]] = {}
    for verb in alternatives:
        by_first.setdefault(verb[0], []).append(re.escape(verb[1:]))
    groups = (re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in by_first.items())
    return "(?-i:" + "|".join(groups) + ")"


class VerbHit:
    """A verb found in a text, shaped like a regex match (start, end, group) for the rules."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


_WORD = re.compile(r"[A-Za-z][a-z\-]*")
# _WORD's words of two characters or more, the same as those of _WORD that long: no lexicon word is
# shorter, and the one-letter words ("a", the letters of "U.S.") need no string of their own.
_LONG_WORD = re.compile(r"[A-Za-z][a-z\-]+")
_CONTINUES_WORD = frozenset("abcdefghijklmnopqrstuvwxyz-")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _located(text: str, words: list[str], found: AbstractSet[str]) -> list[tuple[int, str]]:
    """Where the ``found`` words stand among ``words`` (``_LONG_WORD``'s words of ``text``), in order.

    A sentence holds a verb or two among dozens of words: a few ``str.find`` calls place them faster
    than a Python loop over every word. An occurrence that could not be one of _WORD's words (inside
    "unsaid", before a letter or a hyphen) is passed over; when the count still disagrees with
    ``words`` (a hyphen before the word), every word is read as before.
    """
    located: list[tuple[int, str]] = []
    for word in found:
        # A lowercase letter continues a word before it; a capital always opens one.
        opens_anywhere = word[0].isupper()
        at = text.find(word)
        while at != -1:
            after = text[at + len(word) : at + len(word) + 1]
            if (opens_anywhere or not at or text[at - 1] not in _LETTERS) and after not in _CONTINUES_WORD:
                located.append((at, word))
            at = text.find(word, at + 1)
    if len(located) != sum(words.count(word) for word in found):
        return [(m.start(), m.group()) for m in _WORD.finditer(text) if m.group() in found]
    located.sort()
    return located


class VerbFinder:
    """Finds verbs of a lexicon by word lookup: much faster than one alternation of a thousand verbs.

    Case-sensitive ("State" in a title is no verb); only inflected forms may be capitalised, for
    sentences that open on the verb ("Said the mayor: ..."). Phrasal entries ("pointed out") win
    over their first word.
    """

    def __init__(self, verbs: set[str]):
        self.single = {v for v in verbs if " " not in v}
        self.single |= {v.capitalize() for v in self.single if v.endswith(("ed", "said", "told", "wrote", "says"))}
        phrases = sorted((v for v in verbs if " " in v), key=len, reverse=True)
        self.phrase = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in phrases) + r")\b") if phrases else None
        self.phrase_heads = {v.split()[0] for v in phrases}
        self._wanted = frozenset(self.single | self.phrase_heads)
        assert min(map(len, self._wanted), default=2) >= 2, "_LONG_WORD finds words of two letters or more"

    def finditer(self, text: str):
        words = _LONG_WORD.findall(text)
        found = self._wanted.intersection(words)
        if not found:
            return  # most texts hold no verb of the lexicon: one set test instead of a loop in Python
        for start, word in _located(text, words, found):
            if word in self.phrase_heads and self.phrase is not None:
                p = self.phrase.match(text, start)
                if p:
                    yield VerbHit(p.start(), p.end(), p.group())
                    continue
            if word in self.single:
                yield VerbHit(start, start + len(word), word)

    def search(self, text: str):
        return next(self.finditer(text), None)


# Names and titles ------------------------------------------------------------------------------------
# Countries, with their capitals and demonyms, speak as governments: "Beijing accused Washington ...",
# "China said ...". Like the titles, this is a closed, generic class (the sovereign states news writing
# names most, one row each: country, capital, demonym; "_" for a space), not names taken from any data
# set: a country or capital heading a source phrase is its government, whatever the article.
_GOVERNMENT_ROWS = """
    Afghanistan Kabul afghan | Albania Tirana albanian | Algeria Algiers algerian | Argentina Buenos_Aires argentine
    Armenia Yerevan armenian | Australia Canberra australian | Austria Vienna austrian | Azerbaijan Baku azerbaijani
    Bahrain Manama bahraini | Bangladesh Dhaka bangladeshi | Belarus Minsk belarusian | Belgium Brussels belgian
    Bolivia La_Paz bolivian | Brazil Brasilia brazilian | Bulgaria Sofia bulgarian | Cambodia Phnom_Penh cambodian
    Canada Ottawa canadian | Chile Santiago chilean | China Beijing chinese | Colombia Bogota colombian
    Croatia Zagreb croatian | Cuba Havana cuban | Cyprus Nicosia cypriot | Czech_Republic Prague czech
    Denmark Copenhagen danish | Ecuador Quito ecuadorian | Egypt Cairo egyptian | Estonia Tallinn estonian
    Ethiopia Addis_Ababa ethiopian | Finland Helsinki finnish | France Paris french | Georgia Tbilisi georgian
    Germany Berlin german | Ghana Accra ghanaian | Greece Athens greek | Hungary Budapest hungarian
    India New_Delhi indian | Indonesia Jakarta indonesian | Iran Tehran iranian | Iraq Baghdad iraqi
    Ireland Dublin irish | Israel Jerusalem israeli | Italy Rome italian | Japan Tokyo japanese
    Jordan Amman jordanian | Kazakhstan Astana kazakh | Kenya Nairobi kenyan | Kuwait Kuwait_City kuwaiti
    Latvia Riga latvian | Lebanon Beirut lebanese | Libya Tripoli libyan | Lithuania Vilnius lithuanian
    Malaysia Kuala_Lumpur malaysian | Mexico Mexico_City mexican | Mongolia Ulaanbaatar mongolian
    Morocco Rabat moroccan | Myanmar Naypyidaw burmese | Netherlands The_Hague dutch | New_Zealand Wellington -
    Nigeria Abuja nigerian | North_Korea Pyongyang north_korean | Norway Oslo norwegian | Oman Muscat omani
    Pakistan Islamabad pakistani | Peru Lima peruvian | Philippines Manila filipino | Poland Warsaw polish
    Portugal Lisbon portuguese | Qatar Doha qatari | Romania Bucharest romanian | Russia Moscow russian
    Saudi_Arabia Riyadh saudi | Serbia Belgrade serbian | Singapore - singaporean | Slovakia Bratislava slovak
    South_Africa Pretoria south_african | South_Korea Seoul south_korean | Spain Madrid spanish
    Sri_Lanka Colombo sri_lankan | Sudan Khartoum sudanese | Sweden Stockholm swedish | Switzerland Bern swiss
    Syria Damascus syrian | Taiwan Taipei taiwanese | Thailand Bangkok thai | Tunisia Tunis tunisian
    Turkey Ankara turkish | Ukraine Kyiv ukrainian | United_Arab_Emirates Abu_Dhabi emirati
    United_Kingdom London british | United_States Washington american | Venezuela Caracas venezuelan
    Vietnam Hanoi vietnamese | Yemen Sanaa yemeni
"""
# Other names news writing gives the same states: "the U.S.", "Britain", "Kiev". Not "America" (a
# people and an idea as often as a state: "America needs leaders ...") nor "US"/"USA" (an outlet's name,
# a headline's shout).
_GOVERNMENT_OTHER_NAMES = {
    "U.S.": "United States",
    "U.S.A.": "United States",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "U.K.": "United Kingdom",
    "UK": "United Kingdom",
    "Kiev": "Ukraine",
    "Holland": "Netherlands",
    "Burma": "Myanmar",
    "Persia": "Iran",
}


def _government_rows() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    by_name: dict[str, str] = {}
    capitals: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for row in re.split(r"[|\n]", _GOVERNMENT_ROWS):
        if not row.strip():
            continue
        country, capital, demonym = (w.replace("_", " ") for w in row.split())
        by_name[country] = country
        if capital != "-":
            by_name[capital] = country
            capitals[country] = capital
        if demonym != "-":
            demonyms[demonym] = country
    by_name.update(_GOVERNMENT_OTHER_NAMES)
    return by_name, capitals, demonyms


# "Beijing" -> "China", "China" -> "China", "the U.S." -> "United States" (as written, capitalised).
GOVERNMENT_OF, CAPITAL_OF, COUNTRY_OF_DEMONYM = _government_rows()
