package dev.praxis.text;

import java.util.Set;

/**
 * The small closed-class words the rules of this package read, for every language the content has (English and
 * Ukrainian). The rules are the same for both; only the words differ, and since the scripts differ the two
 * languages' words never collide. Sets of stems unless the name says surface words.
 */
final class Lexicon {

    /** Surface words that open a new clause: negation and stance do not reach across them. */
    static final Set<String> CLAUSE_WORDS = Set.of("but", "however", "although", "though", "whereas", "yet",
            "whilst", "nevertheless", "nonetheless", "але", "проте", "однак", "хоча", "хоч", "зате",
            "тоді");

    /** Surface words that, at the head of a clause, turn away from what came before. */
    static final Set<String> CONTRAST = Set.of("but", "however", "yet", "though", "although", "whereas", "still",
            "nevertheless", "nonetheless", "actually", "instead", "але", "проте", "однак", "зате", "втім");

    /** Surface words by which the writer hedges a point ("maybe", "I suppose", "it could depend"). */
    static final Set<String> HEDGES = Set.of("maybe", "perhaps", "possibly", "probably", "might", "could", "guess",
            "suppose", "unsure", "мабуть", "можливо", "напевно");
    /** Hedges it takes, with every sentence hedged, for an answer to commit to nothing. */
    static final int HEDGED_THROUGHOUT = 4;

    /** Surface words that mark a clause as said in passing ("the GPU is probably also too weak"). */
    static final Set<String> ADDITIVES = Set.of("also", "anyway", "besides", "additionally", "btw", "також", "теж");
    /** Surface words that, opening a clause, give the reason for what the sentence says ("VRAM, because X"). */
    static final Set<String> REASONS = Set.of("because", "since", "caused", "due", "бо", "оскільки");

    static final Set<String> NEGATION_CUES = stems("not", "no", "never", "without", "none", "nor", "neither",
            "nothing", "avoid", "skip", "against", "disable", "не", "ні", "без", "ніколи", "жоден", "жодного", "жодної",
            "немає", "нема", "уникати", "замість");
    /** "instead of X", "rather than X", "before assuming X", "а не X": the second word is stemmed with the first. */
    static final Set<String> TWO_WORD_NEGATION_CUES = Set.of(pair("instead", "of"), pair("rather", "than"),
            pair("before", "assuming"), pair("before", "concluding"), pair("before", "blaming"),
            pair("before", "deciding"), pair("before", "thinking"), pair("before", "believing"),
            pair("а", "не"),
            // "fix the airflow before anyone orders a new card": what someone would do only later is not done now
            pair("before", "anyone"), pair("before", "anybody"), pair("before", "someone"), pair("before", "somebody"),
            pair("before", "you"), pair("before", "we"), pair("before", "they"), pair("before", "buying"),
            pair("before", "ordering"), pair("before", "replacing"), pair("before", "upgrading"),
            pair("before", "purchasing"), pair("before", "spending"),
            // "airflow comes before any thought of a faster GPU", "check the PSU before any upgrade"
            pair("before", "any"),
            // "turn off the quantization": what the writer switches off is undone, not used
            pair("turn", "off"), pair("switch", "off"));
    /** "not only", "not just", "without doubt": the cue strengthens instead of denying. */
    static final Set<String> STRENGTHENERS = stems("only", "just", "merely", "doubt", "question", "лише", "тільки");
    /** "not enough X" says X is short, not that X is ruled out. */
    static final Set<String> SHORTAGE = stems("enough", "sufficient", "adequate", "достатньо", "вистачає");
    /** "X is not the problem": a negation after X only denies X when it dismisses X's role. */
    static final Set<String> DISMISSED_ROLES = stems("problem", "issue", "bottleneck", "cause", "culprit",
            "constraint", "limit", "limiting", "blame", "fault", "answer", "fix", "solution", "factor", "reason",
            "matter", "help", "need", "necessary", "relevant", "suspect", "saturated", "full", "busy", "maxed",
            "first", "main", "real", "priority", "worth", "concern", "stressed", "pressure", "used", "do", "it",
            "way", "point", "change", "difference", "solve", "проблема", "причина", "винен", "допоможе", "потрібно",
            "треба");

    /** Surface words before "more than" that rank what follows below ("worth more than", "matters more than"). */
    static final Set<String> VALUES = Set.of("worth", "important", "valuable", "useful", "matters", "counts");
    /** Surface verbs of "turn X off", "switch X off". */
    static final Set<String> SWITCHES = Set.of("turn", "switch", "shut");
    /** Surface words that call a thing normal, so no concern ("limited clearance is standard in workstations"). */
    static final Set<String> HARMLESS = Set.of("standard", "normal", "harmless", "irrelevant", "negligible",
            "нормально", "нормальний", "стандартний");
    /** Surface words that open a relative clause ("a drive that is standard"). */
    static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose", "що", "який", "яка", "яке");

    /** Verbs that report what someone else says, thinks or wants. */
    static final Set<String> REPORTING_VERBS = stems("say", "says", "said", "think", "thinks", "thought", "believe",
            "believes", "argue", "argues", "argued", "claim", "claims", "claimed", "want", "wants", "wanted",
            "suggest", "suggests", "insist", "insists", "feel", "feels", "assume", "assumes", "reckon", "reckons",
            "push", "pushes", "pushing", "propose", "proposes", "recommend", "recommends", "tell", "tells", "told",
            "expect", "expects", "kept", "keeps", "каже", "кажуть", "казав", "вважає", "вважають", "думає",
            "думають", "хоче", "хочуть", "стверджує", "наполягає", "пропонує", "радить");
    /** Verbs through which "you" or "one" attributes an idea to a hypothetical reader ("you might think X"). */
    static final Set<String> GENERIC_REPORTING_VERBS = stems("think", "assume", "believe", "feel", "expect", "say",
            "guess", "imagine", "suppose", "подумати", "думати", "вважати");
    /** Subjects other than the writer. */
    static final Set<String> OTHERS = stems("people", "someone", "somebody", "teammate", "teammates", "colleague",
            "colleagues", "coworker", "friend", "friends", "he", "she", "they", "many", "some", "others", "everyone",
            "everybody", "learner", "learners", "group", "marketing", "internet", "forums", "reddit", "youtube",
            "seller", "vendor", "salesman", "advert", "ads", "beginners", "guy", "folks", "люди", "колега", "хтось",
            "багато", "вони", "він", "вона", "учень", "група", "продавець");
    /** People other than the writer whose habit the writer reports: "a lot of people would X", "most folks X". */
    static final Set<String> PEOPLE = stems("people", "someone", "somebody", "everyone", "everybody", "folks",
            "beginners", "newcomers", "люди", "хтось", "всі", "новачки");
    /** What turns "people" into a report of their habit: "people would", "folks usually", "everyone tends to". */
    static final Set<String> HABITUAL = stems("would", "might", "will", "usually", "often", "tend", "instinctively",
            "typically", "normally", "immediately", "first", "always", "зазвичай", "часто", "одразу");
    /** Subjects through which the writer speaks of a hypothetical reader. */
    static final Set<String> GENERIC_SUBJECTS = stems("you", "one", "ви", "ти");
    /** Nouns for an idea held by others: "the instinct to X", "the claim that X". */
    static final Set<String> ATTRIBUTION_NOUNS = stems("instinct", "temptation", "urge", "idea", "claim",
            "assumption", "myth", "hype", "argument", "suggestion", "intuition", "reflex", "reaction", "impulse",
            "belief", "notion", "narrative", "pitch", "wisdom", "logic", "reasoning", "інстинкт", "спокуса", "ідея",
            "твердження", "припущення", "міф", "думка");
    /** Words that mark an attribution noun as the writer's own endorsement ("a good idea to measure"). */
    static final Set<String> ENDORSING = stems("good", "great", "better", "best", "smart", "sensible", "right",
            "wise", "safe", "correct", "my", "our", "добра", "гарна", "моя", "наша");
    /**
     * The course's own material as the owner of an idea ("the module's reasoning is …", "the lesson's logic"): the
     * writer cites what they learned, which is no one else's view to set aside.
     */
    static final Set<String> COURSE_SOURCES = stems("module", "lesson", "course", "chapter", "section", "модуль",
            "модуля", "урок", "уроку", "курс", "курсу");
    /**
     * Surface words that open a premise put before its sentence's point ("With heat and rare jobs, that's the wrong
     * call", "Given the noise, that would be a mistake"): the premise is the writer's reason.
     */
    static final Set<String> FRONTED_PREMISES = Set.of("with", "given", "considering", "since", "because", "for",
            "з", "враховуючи", "оскільки", "бо", "для");
    /** Words that link an attribution noun to its content. */
    static final Set<String> COMPLEMENTIZERS = stems("to", "that", "of", "is", "be", "would", "was", "щоб", "що");

    /** Evaluations that reject what they are said of ("that instinct is wrong"). */
    static final Set<String> REJECTIONS = stems("wrong", "mistake", "mistaken", "misguided", "trap", "myth",
            "overkill", "waste", "pointless", "nonsense", "backwards", "backward", "unnecessary", "false",
            "incorrect", "silly", "naive", "irrational", "flawed", "misleading", "premature",
            "unjustified", "помилка", "помилкова", "хибна", "хибний", "неправильно", "неправильний", "марна",
            "зайве", "нераціонально", "нераціональна", "нераціональний", "безглуздо", "нерозумно", "марно");
    /**
     * Judgements of an idea's truth that, after "the claim is", are the writer's verdict on the idea rather than its
     * content ("the claim is unrealistic, because …", "the idea is not realistic").
     */
    static final Set<String> VERDICTS_ON_IDEAS = stems("unrealistic", "realistic", "doubtful", "questionable",
            "dubious", "optimistic", "unlikely", "true", "untrue", "accurate", "correct", "right", "wrong");
    /** Evaluations matched as typed, whose stem another word shares ("herring" and "here" both stem to "her"). */
    static final Set<String> REJECTION_WORDS = Set.of("herring");
    /**
     * Evaluations that reject what they are said of only after "too" ("one machine is too limiting", "hybrid is too
     * complicated"); "too slow", "too weak", "too limited", "too much" are left out on purpose: they describe a part
     * under strain ("VRAM is too limited", "memory use is too much"), they do not set an idea aside. Surface words:
     * "limiting" and "limited" share a stem.
     */
    static final Set<String> TOO_EVALUATIONS = Set.of("limiting", "restrictive", "complicated", "complex", "risky",
            "fiddly", "early", "soon", "складно", "рано");
    /** Costs that, said of an action ("buying it is expensive"), weigh against doing it. */
    static final Set<String> COSTS = stems("expensive", "costly", "noisy", "loud", "risky", "wasteful", "useless",
            "overpriced", "hot", "noise", "дорого", "дороге", "шумно");
    /**
     * Verbs of acquiring or running hardware that writers whose first language is not English put bare at the head of a
     * subject ("Buy a desktop is expensive" for "buying a desktop"): only these count, so an imperative with a relative
     * clause stays an imperative.
     */
    static final Set<String> BARE_ACTIONS = Set.of("buy", "build", "rent", "purchase", "upgrade", "own", "get", "add",
            "run", "use", "move", "keep", "put", "go");
    /** "Buying a desktop means a hot flat": verbs that say what an action brings with it. */
    static final Set<String> CONSEQUENCES = stems("means", "brings", "causes", "adds", "означає");
    /** "X would only postpone the kill": what merely defers or hides a problem, after "only", "just", "merely". */
    static final Set<String> DEFERRALS = stems("postpone", "postpones", "delay", "delays", "defer", "hide", "hides",
            "mask", "masks", "shift", "moves");
    static final Set<String> MERELY = stems("only", "just", "merely", "simply");
    /** "a bad idea": an evaluation made of an adjective and a word for a choice. */
    static final Set<String> BAD = stems("bad", "poor", "terrible", "dumb", "погана", "поганий");
    static final Set<String> CHOICES = stems("idea", "move", "call", "plan", "choice", "decision", "investment",
            "bet", "ідея", "рішення");
    /** "That is not the answer": roles whose denial rejects the subject. */
    static final Set<String> DENIED_ROLES = stems("answer", "solution", "fix", "way", "it", "true", "right",
            "needed", "necessary", "worth", "good", "problem", "issue", "bottleneck", "cause", "point", "відповідь",
            "рішення", "правда", "потрібно");
    static final Set<String> BE = stems("is", "are", "was", "were", "be", "been", "being", "seems", "sounds",
            "feels", "looks", "would", "will", "є", "буде");
    /** Words that may stand between "is" and the evaluation ("is simply a mistake"). */
    static final Set<String> FILLERS = stems("a", "an", "the", "just", "simply", "probably", "really", "totally",
            "completely", "here", "actually", "likely", "kind", "of", "pretty", "quite", "very", "honestly",
            "clearly", "often", "usually", "be", "not", "too", "classic", "common", "typical", "usual", "big", "huge",
            "total", "не", "просто", "тут", "занадто", "надто");
    /** Subjects that point back to something already said. */
    static final Set<String> ANAPHORS = stems("that", "this", "it", "which", "these", "those", "such", "це", "що",
            "той", "така", "цей");
    /**
     * "Buying the desktop was my first thought, but …", "my first idea was the CPU, but …": the writer's own first
     * idea, set aside by the turn that follows. Nouns for the idea, and the words that make it the first one.
     */
    static final Set<String> FIRST_IDEAS = stems("idea", "thought", "guess", "instinct", "reaction", "impulse",
            "reflex", "suspect", "plan", "ідея", "думка", "здогадка");
    /** "I first thought", "I initially assumed": surface words that place the writer's thinking first. */
    static final Set<String> FIRST_ADVERBS = Set.of("first", "initially", "originally", "спочатку", "спершу");
    /** Surface words of the writer's thinking set aside by a later turn ("I first thought about …, but"). */
    static final Set<String> THOUGHTS = Set.of("thought", "assumed", "suspected", "guessed", "figured", "blamed",
            "думав", "думала", "вважав", "вважала", "подумав", "подумала");
    /** Surface words of a conviction the writer once held ("I was convinced the GPU was the problem"). */
    static final Set<String> PAST_CONVICTIONS = Set.of("convinced", "sure", "certain", "positive", "переконаний",
            "переконана", "впевнений", "впевнена");
    static final Set<String> FIRST = stems("first", "initial", "original", "gut", "перша", "перший");
    /** Surface hedges that, opening two alternatives of one sentence, leave the choice open ("maybe X, maybe Y"). */
    static final Set<String> OPEN_HEDGES = Set.of("maybe", "perhaps", "possibly", "можливо");
    /** "Could go either way", "you can go either way". */
    static final Set<String> GO = Set.of("go", "going", "went");
    /** "Hard to say which", "difficult to say which", "важко сказати". */
    static final Set<String> HARD = Set.of("hard", "difficult", "tough", "impossible", "важко", "складно");
    /**
     * What "both" or "either" is said to be when the writer weighs two options without choosing ("both would work",
     * "either option is fine", "обидва варіанти нормальні"); "both are wrong" rejects both and is no such word.
     */
    static final Set<String> ACCEPTABLE = Set.of("work", "fine", "reasonable", "defensible", "valid", "ok", "okay",
            "viable", "acceptable", "нормальні", "нормально", "підходять", "працюють");
    /**
     * "Let them pick", "let the team decide": handing the choice to someone else ("let", then who, then one of these)
     * leaves it open.
     */
    static final Set<String> CHOOSE = Set.of("pick", "choose", "decide", "vote");
    /** Who a writer hands the choice to ("let them pick", "let the team vote"): at most two words. */
    static final Set<String> CHOOSERS = Set.of("them", "him", "her", "you", "us", "the", "team", "group", "learner",
            "learners", "everyone", "people");
    /**
     * "Three machines now is too much maintenance": burdens that, after "too much", weigh against what they are said
     * of. "Too much" alone stays out (a part under strain: "memory use is too much").
     */
    static final Set<String> BURDENS = stems("overhead", "maintenance", "work", "hassle", "effort", "complexity",
            "trouble", "money", "admin", "networking", "network", "babysitting", "upkeep", "setup");
    /**
     * "A three-machine lab now would bury you in networking": harms that, said of what a clause's subject would do to
     * the learner, weigh against it.
     */
    static final Set<String> HARMS = stems("bury", "buries", "drown", "drowns", "swamp", "swamps", "overwhelm",
            "overwhelms", "derail", "derails");
    /** What stands before a harm said of what the subject would do ("would bury", "will just overwhelm"). */
    static final Set<String> HARM_MODALS = Set.of("would", "will", "could", "might", "can", "just", "only");
    /** Pronouns that, with a copula next to "either", make it a diagnosis left open ("it's either X or Y"). */
    static final Set<String> DIAGNOSIS_SUBJECTS = Set.of("it", "that", "this", "problem",
            "cause", "culprit", "bottleneck", "issue");
    /** Surface words that may join the second of two hedged alternatives ("maybe X, or maybe Y"). */
    static final Set<String> ALTERNATIVE_JOINS = Set.of("or", "або", "чи");
    /** "Makes no sense", "doesn't make sense": the verb and noun of an evaluation that rejects its subject. */
    static final Set<String> MAKES = stems("make", "makes", "made", "робить");
    /** Surface words of a bare refusal that opens an answer ("No.", "Nope.", "No way."); "way" never first. */
    static final Set<String> REFUSALS = Set.of("no", "nope", "nah", "way", "ні");
    /** "I disagree": the writer rejects what came before. */
    static final Set<String> DISAGREE = stems("disagree", "nope");

    /** Sentence openers that concede what follows until the writer turns ("sure, X, but Y"). */
    static final Set<String> CONCEDING_OPENERS = stems("sure", "granted", "admittedly", "yes", "yeah", "true",
            "understandably", "understandable", "tempting", "obviously", "звісно", "звичайно", "зрозуміло", "так");
    /** Surface interjections that may stand before a conceding opener ("oh sure", "ah yes", "well, true"). */
    static final Set<String> INTERJECTIONS = Set.of("oh", "ah", "well", "ok", "okay", "о", "ну");
    /** Surface words that, opening a later clause, limit a concession to a point ("sure, X, right up until Y"). */
    static final Set<String> LIMITS = Set.of("until", "till", "доки");
    /** "Let me guess, …": the verbs through which the writer voices an idea they expect from others. */
    static final Set<String> GUESSES = stems("guess", "imagine", "вгадаю");
    /** "I get why", "I understand", "I see the appeal": the writer concedes what follows. */
    static final Set<String> CONCEDING_VERBS = stems("get", "understand", "see", "know", "agree", "appreciate",
            "розумію", "погоджуюсь");
    /** Subordinators whose clause is conceded ("although X, Y"). */
    static final Set<String> CONCESSIVE_SUBORDINATORS = stems("although", "though", "whilst", "хоча", "хоч");
    /** Modals that offer a possibility the writer may go on to set aside ("a GPU could help, but …"). */
    static final Set<String> POSSIBILITY = stems("could", "might", "may", "можна", "може");
    /** Subordinators of a condition: what follows them is supposed, not claimed. */
    static final Set<String> CONDITIONS = stems("if", "unless", "whether", "suppose", "supposing", "assuming",
            "якщо", "якби");
    /**
     * Subordinators that open a clause of their own inside a sentence ("6 days if nothing changes", "lasts 6 days
     * unless someone stops it"): a negation in that clause denies what the clause says, not the words before it.
     */
    static final Set<String> SUBORDINATORS = stems("if", "unless", "when", "whenever", "while", "until", "because",
            "since", "once", "якщо", "коли", "поки", "доки", "бо");
    static final Set<String> FIRST_PERSON = stems("i", "we", "my", "our", "me", "us", "я", "ми", "мій", "моя",
            "наш", "наша");
    /** Words that open a real question; a question mark after anything else hedges a statement ("VRAM?"). */
    static final Set<String> INTERROGATIVES = stems("is", "are", "was", "were", "do", "does", "did", "can", "could",
            "would", "should", "will", "shall", "has", "have", "what", "which", "who", "whom", "where", "when", "how",
            "isn't", "чи", "що", "як", "де", "коли", "хто", "який", "яка", "яке");
    /** An answer that denies the question before it ("keep the laptop? no."). */
    static final Set<String> NO = stems("no", "nope", "nah", "never", "not", "unlikely", "ні", "навряд");
    /** An answer that grants the question before it ("is it VRAM? probably yes", "is it heat? very likely"). */
    static final Set<String> YES = stems("yes", "yeah", "yep", "probably", "likely", "definitely", "certainly",
            "exactly", "absolutely", "так", "мабуть", "ймовірно");
    /** What the writer does with a guess ("…, I guess?", "I think it's heat?"). */
    static final Set<String> OWN_GUESSES = stems("guess", "think", "suppose", "reckon", "believe");
    /** Surface modals that, with "be" and no subject, open a guess ("could be VRAM?"). */
    static final Set<String> MODALS = Set.of("could", "might", "may", "must");
    /** Surface words that may lead a bare answer inside a later clause ("…, so no, …", "…, and yes."). */
    static final Set<String> ANSWER_LEADS = Set.of("so", "and", "then", "thus", "тож", "отже", "і");
    /** Surface words by which "not" voices doubt rather than an answer ("not sure", "not certain"). */
    static final Set<String> UNSURE = Set.of("sure", "certain");
    /** A denial that stands alone after a question ("does it pay off? hardly."). */
    static final Set<String> BARELY = stems("hardly", "barely", "навряд");
    /** Surface words by which an analogy's picture shows its action misapplied ("like buying a bus because …"). */
    static final Set<String> MISFIT = Set.of("when", "before", "because", "while", "whilst", "since", "just",
            "коли", "перш", "бо", "доки");
    /** "X is like Y", "X would be like Y": an analogy. */
    static final Set<String> LIKE = Set.of("like", "як");
    /** "Why X? Because Y": the writer answers their own question at once. */
    static final Set<String> EXPLANATIONS = stems("because", "since", "бо", "тому");
    /** Surface words that open the premise of a "why X?" question ("why buy a GPU for API calls?"). */
    static final Set<String> PREMISES = Set.of("for", "when", "while", "since", "given", "if", "with", "якщо", "коли",
            "для", "бо", "адже");
    /** Verbs of a question that proposes a check ("have you checked …?", "has anyone looked at …?"). */
    static final Set<String> CHECKS = stems("checked", "looked", "tried", "measured", "verified", "tested",
            "considered", "confirmed", "monitored", "перевіряли", "дивилися", "пробували");
    /** Question words that, opening a question, make it a rhetorical rejection ("why buy a GPU now?"). */
    static final Set<String> RHETORICAL = stems("why", "навіщо", "нащо");

    private Lexicon() {
    }

    private static Set<String> stems(String... words) {
        return Stemmer.stems(words);
    }

    private static String pair(String first, String second) {
        return Stemmer.stem(first) + " " + Stemmer.stem(second);
    }
}
