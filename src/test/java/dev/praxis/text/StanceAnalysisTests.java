package dev.praxis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claims, not mentions: the stance the writer takes towards a word, clause by clause. */
class StanceAnalysisTests {

    /** The stance at the first word of the text that starts with {@code word}. */
    private static Stance stanceOf(String text, String word) {
        AnalysedText analysed = AnalysedText.of(text);
        for (int i = 0; i < analysed.tokens().size(); i++) {
            if (analysed.tokens().get(i).word().startsWith(word)) {
                return analysed.stance(i);
            }
        }
        throw new AssertionError("no word '" + word + "' in: " + text);
    }

    @Nested
    @DisplayName("English")
    class English {

        @ParameterizedTest(name = "{1} in \"{0}\" is {2}")
        @CsvSource(delimiter = '|', value = {
            "People often say you need a big GPU for AI.|gpu|ATTRIBUTED",
            "My teammate wants a desktop GPU because it would make us serious.|serious|ATTRIBUTED",
            "You might think the GPU is the problem, but it is RAM.|gpu|ATTRIBUTED",
            "You might think the GPU is the problem, but it is RAM.|ram|ASSERTED",
            "a lot of people's first instinct would be 'get a better GPU', but here that instinct is wrong|gpu|REJECTED",
            "The instinct to upgrade the GPU is wrong here.|gpu|REJECTED",
            "Buying a GPU now would be a mistake.|gpu|REJECTED",
            "Buying a GPU now would be a mistake.|mistake|ASSERTED",
            "It would be a waste to buy a GPU for API calls.|gpu|REJECTED",
            "Get a better GPU? That's not the answer.|gpu|REJECTED",
            "Why buy a GPU now?|gpu|REJECTED",
            "Is the GPU the bottleneck? No, RAM is.|gpu|REJECTED",
            "Is the GPU the bottleneck here?|gpu|ASKED",
            "Probably VRAM?|vram|ASSERTED",
            "Why not buy the GPU now?|gpu|ASSERTED",
            "Why not buy the GPU now? Because the work is API calls.|gpu|REJECTED",
            "Why RAM? Because the machine swaps.|ram|ASSERTED",
            "Why buy a GPU for work that is all API calls?|api|ASSERTED",
            "Why buy a GPU for work that is all API calls?|gpu|REJECTED",
            "Isn't it just VRAM running out?|vram|ASSERTED",
            "Wouldn't it be better to keep the laptop?|laptop|ASSERTED",
            "Have you checked how full the disk is?|disk|ASSERTED",
            "Has anyone checked whether the PSU has the connectors?|psu|SUPPOSED",
            "Is the disk full?|disk|ASKED",
            "Let me guess, the plan is a bigger GPU?|gpu|ATTRIBUTED",
            "Oh sure, a big card will make us serious, right up until it sits idle.|serious|CONCEDED",
            "Oh sure, a big card will make us serious, right up until it sits idle.|idle|ASSERTED",
            "On the other hand GPU prices keep going up, so I would still order the GPU this week so it is here.|order|ASSERTED",
            "Is the GPU the bottleneck? No, RAM is.|ram|ASSERTED",
            "I get why the teammate wants it, buying hardware feels like progress, but keep the laptop.|hardware|ATTRIBUTED",
            "I understand the appeal of a flagship GPU, but the work is API calls.|flagship|CONCEDED",
            "I get why the teammate wants it, buying hardware feels like progress, but keep the laptop.|laptop|ASSERTED",
            "Sure, a bigger GPU is faster. But the work is API calls.|bigger|CONCEDED",
            "Although a new GPU would be faster, RAM is the bottleneck.|gpu|CONCEDED",
            "Although a new GPU would be faster, RAM is the bottleneck.|ram|ASSERTED",
            "A bigger card could help later, but for now keep the laptop.|card|CONCEDED",
            "If VRAM runs out, use a smaller batch.|vram|SUPPOSED",
            "If VRAM runs out, use a smaller batch.|smaller|ASSERTED",
            "Revisit only if VRAM blocks progress.|revisit|ASSERTED",
            "I think it's probably VRAM.|vram|ASSERTED",
            "The GPU has headroom. It isn't the bottleneck.|gpu|ASSERTED",
            "Treat the upgrade claim skeptically until the platform is mapped.|skeptically|ASSERTED",
            "It's a good idea to measure first.|measure|ASSERTED",
            "Sure, buy the GPU.|gpu|ASSERTED",
            "A cluster is premature for beginners.|premature|ASSERTED",
            "Bad cooling makes the GPU throttle.|cooling|ASSERTED",
            "A lot of people would jump to a new GPU here, but RAM is what runs out.|gpu|ATTRIBUTED",
            "A lot of people would jump to a new GPU here, but RAM is what runs out.|ram|ASSERTED",
            "Most folks usually buy the biggest card first.|biggest|ATTRIBUTED",
            "One machine is too limiting; build the cluster now.|machine|REJECTED",
            "One machine is too limiting; build the cluster now.|cluster|ASSERTED",
            "A three-machine lab is too complex for beginners.|lab|REJECTED",
            "A three-machine lab is too complex for beginners.|complex|ASSERTED",
            "The GPU is too slow, upgrade it.|gpu|ASSERTED",
            "Buying a big desktop means a hot, noisy flat.|desktop|REJECTED",
            "Swapping means the RAM is full.|swapping|ASSERTED",
            "Throttling is heat related, so check the temperatures.|throttling|ASSERTED",
            "VRAM is too limited for long contexts.|vram|ASSERTED",
            "Memory use is too much for this machine.|memory|ASSERTED",
            "Getting a big GPU for API work is like buying a faster car when the road is jammed.|gpu|REJECTED",
            "Getting a big GPU for API work is like buying a faster car when the road is jammed.|api|ASSERTED",
            "Getting a big GPU for API work is like buying a faster car when the road is jammed.|car|ASKED",
            "Buying the desktop would be like buying a bus because you host a party twice a year.|desktop|REJECTED",
            "Think of VRAM as a desk: the model is the books.|vram|ASSERTED",
            "It's like a phone that gets slow in the sun: the chip throttles.|throttles|ASSERTED",
            "Monitoring temperatures is like checking tyre pressure.|temperatures|ASSERTED",
            "Is it VRAM? Probably yes, the context grows.|vram|ASSERTED",
            "Is it VRAM? Probably not, the CPU is busy.|vram|REJECTED",
            "Could it be the disk? Everything touches it, so yes.|disk|ASSERTED",
            "Would a GPU even get used? It would sit there, so no, not now.|gpu|REJECTED",
            "Does a big desktop pay off for a few jobs a month? Hardly.|desktop|REJECTED",
            "Is it the GPU? Let me check.|gpu|ASKED",
            "Could be memory on the GPU, I guess? Not sure what to do.|memory|ASSERTED",
            "Buying the desktop was my first thought too, but the work doesn't touch a GPU.|desktop|REJECTED",
            "Buying the desktop was my first thought too, but the work doesn't touch a GPU.|work|ASSERTED",
            "My first idea was the CPU, but it is barely working. It's VRAM.|cpu|REJECTED",
            "More RAM was my first idea. But the RAM is already enough.|more|REJECTED",
            "My first guess was heat, and it was right.|heat|ASSERTED",
            "When I first read this I thought about the disk, because it is full. But it's VRAM.|disk|REJECTED",
            "When I first read this I thought about the disk, because it is full. But it's VRAM.|vram|ASSERTED",
            "I first thought about the disk, and it was the disk.|disk|ASSERTED",
            "A GPU makes a team serious, people say. The work is API calls.|serious|ATTRIBUTED",
            "A GPU makes a team serious, people say. The work is API calls.|api|ASSERTED",
            "People say: a GPU makes a team serious.|serious|ATTRIBUTED",
            "Buying a loud desktop for a few jobs a month makes no sense.|desktop|REJECTED",
            "Own your compute, people say. With heat and rare jobs, that's the wrong call.|heat|ASSERTED",
            "Buy the desktop. With heat and rare jobs, that's the wrong call.|desktop|REJECTED",
            "The fix that matches the module's reasoning is more RAM.|ram|ASSERTED",
            "The teammate's reasoning is that a GPU makes us serious.|serious|ATTRIBUTED",
            "Buying a loud desktop for a few jobs a month makes no sense.|jobs|ASSERTED",
            "Buying a desktop now doesn't make any sense.|desktop|REJECTED",
            "To buy a big desktop is expensive and noisy for a small flat.|desktop|REJECTED",
            "To be honest, a big desktop is expensive.|desktop|ASSERTED",
            "Buy a desktop is expensive and make noise in the apartment.|desktop|REJECTED",
            "The claim is not realistic, because the power supply is proprietary.|power|ASSERTED",
            "The claim is wrong, because the case has no room for a card.|room|ASSERTED",
            "The claim is that the power supply can take a bigger card.|power|ATTRIBUTED",
            "The claim is simply that the card will fit later.|card|ATTRIBUTED",
            "Buy a big GPU is too expensive for few jobs.|gpu|REJECTED",
            "Buy the desktop that is expensive, it is worth it.|desktop|ASSERTED",
            "Buy the desktop. It is expensive but worth it.|desktop|ASSERTED",
            "Keep the laptop because a desktop GPU is expensive.|laptop|ASSERTED",
            "Add more RAM, the swap is noisy and slow.|ram|ASSERTED",
            "I was convinced the GPU was the culprit and I even priced a new card. Then I actually looked at the RAM.|card|REJECTED",
            "I was convinced the GPU was the culprit and I even priced a new card. Then I actually looked at the RAM.|ram|ASSERTED",
            "I was sure it was the disk, and it was the disk.|disk|ASSERTED",
            "The seller's 'just add a card later' is the classic trap.|card|REJECTED",
            "The 'bigger rig looks professional' argument is about image, not need.|professional|ATTRIBUTED",
            "The 'bigger rig looks professional' argument is about image, not need.|image|ATTRIBUTED",
            "My 'one box first' plan is what I'd do.|box|ASSERTED",
            "Everyone goes shopping first, I know I did, I had a new card in my basket. But it was the fans.|card|CONCEDED",
            "Everyone goes shopping first, I know I did, I had a new card in my basket. But it was the fans.|fans|ASSERTED",
            "Clean the fans, I know they are cheap to fix.|fans|ASSERTED"})
        void readsTheWritersStance(String text, String word, Stance expected) {
            assertThat(stanceOf(text, word)).isEqualTo(expected);
        }
    }

    @Nested
    @DisplayName("Ukrainian, by the same rules")
    class Ukrainian {

        @ParameterizedTest(name = "{1} in \"{0}\" is {2}")
        @CsvSource(delimiter = '|', value = {
            "Люди кажуть, що потрібна потужна відеокарта.|відеокарт|ATTRIBUTED",
            "Колега хоче купити відеокарту, але це помилка.|відеокарт|REJECTED",
            "Купувати шумний desktop для рідкісних задач нераціонально.|desktop|REJECTED",
            "Купувати шумний desktop для рідкісних задач немає сенсу.|desktop|REJECTED",
            "Купувати шумний desktop для рідкісних задач немає сенсу.|немає|ASSERTED",
            "Тримати великий сервер удома не має сенсу.|сервер|REJECTED",
            "Сервер удома має сенс.|сервер|ASSERTED",
            "Якщо пам'яті не вистачає, закрийте зайві сервіси.|пам'яті|SUPPOSED",
            "Якщо пам'яті не вистачає, закрийте зайві сервіси.|закрийте|ASSERTED",
            "Чи винна відеокарта? Ні, бракує RAM.|відеокарт|REJECTED",
            "Чи винна відеокарта?|відеокарт|ASKED",
            "Хоча відеокарта швидша, вузьке місце в RAM.|відеокарт|CONCEDED"})
        void readsTheWritersStance(String text, String word, Stance expected) {
            assertThat(stanceOf(text, word)).isEqualTo(expected);
        }

        @Test
        void negationRulesOutAWordInItsClause() {
            AnalysedText english = AnalysedText.of("Fix the cooling before thinking the GPU is too weak.");
            assertThat(Wording.of("too weak").first(english, Match::held)).isEmpty();
            assertThat(Wording.of("fix * cooling").first(english, Match::held)).isPresent();
            AnalysedText text = AnalysedText.of("Не купуйте нову відеокарту, а додайте пам'ять.");
            assertThat(Wording.of("купуйте * відеокарту").first(text, Match::held)).isEmpty();
            assertThat(Wording.of("додайте пам'ять").first(text, Match::held)).isPresent();
        }
    }

    @Nested
    @DisplayName("thirteenth round: switched off, deemed normal, guesses left open, short hedged answers")
    class ThirteenthRound {

        @ParameterizedTest(name = "\"{1}\" in \"{0}\" held: {2}")
        @CsvSource(delimiter = '|', value = {
            "Turn the compression off so it runs steadier.|compression|false",
            "Switch off the compression.|compression|false",
            "Disable the compression first.|compression|false",
            "Turn the fans up and keep the compression.|compression|true",
            "Small cases and odd power units are standard in office towers.|power units|false",
            "Small cases and odd power units are normal, so buy it.|power units|false",
            "Buy a power unit that is standard.|power unit|true",
            "The power units are weak.|power units|true",
            "Hands-on time is worth more than cloud credits.|cloud credits|false",
            "Fixing the fans works better than a new card.|new card|false",
            "The fans need more than a clean.|clean|true"})
        void whatIsSwitchedOffOrCalledNormalIsNotHeld(String text, String phrase, boolean held) {
            assertThat(Wording.of(phrase).first(AnalysedText.of(text), Match::held).isPresent()).isEqualTo(held);
        }

        @Test
        void aGuessOpenedByAModalIsOneOfTheAlternatives() {
            AnalysedText open = AnalysedText.of("Could be the fans maybe, or maybe the drivers, hard to say.");
            Match fans = Wording.of("fans").first(open, Match::held).orElseThrow();
            assertThat(open.leftOpen(fans.span())).isTrue();
            AnalysedText chosen = AnalysedText.of("Could be the fans, so clean them.");
            assertThat(chosen.leftOpen(Wording.of("fans").first(chosen, Match::held).orElseThrow().span())).isFalse();
        }

        @Test
        void aShortAnswerHedgedInEverySentenceCommitsToNothing() {
            assertThat(AnalysedText.of("Perhaps the fans? Maybe clean them, not sure.").hedgedThroughout()).isTrue();
            assertThat(AnalysedText.of("Perhaps the fans. Clean them and watch the clocks.").hedgedThroughout())
                    .isFalse();
            assertThat(AnalysedText.of("Probably I'd wait, maybe ask, since it might change.").hedgedThroughout())
                    .isFalse();
        }

        @Test
        void aTrailingThoughMarksItsClauseAsSaidInPassing() {
            AnalysedText text = AnalysedText.of("Check the fans. A bigger case would help with a cheap bracket though, so"
                    + " that part is easy.");
            assertThat(text.markedAside(Wording.of("bracket").first(text, Match::held).orElseThrow().span())).isTrue();
            AnalysedText plain = AnalysedText.of("Check the fans. A bigger case would help with a cheap bracket.");
            assertThat(plain.markedAside(Wording.of("bracket").first(plain, Match::held).orElseThrow().span()))
                    .isFalse();
        }
    }

    @Nested
    @DisplayName("sixteenth round: answers that say outright the choice is open")
    class SixteenthRound {

        @ParameterizedTest(name = "\"{1}\" in \"{0}\" left open: {2}")
        @CsvSource(delimiter = '|', value = {
            "You could go either way here. Clean the fans, or buy a new card.|new card|true",
            "Honestly I'm torn: clean the fans or buy a new card.|new card|true",
            "I am torn between cleaning the fans and a new card.|new card|true",
            "It is the fans or the card, hard to say which.|card|true",
            "Clean the fans or replace the card; both would work.|card|true",
            "Replace the card or clean the fans. Either option is fine.|card|true",
            "Either way, clean the fans before you replace the card.|card|false",
            "The drivers and the fans are both fine, so replace the card.|card|false",
            "Not sure the fans matter; replace the card.|card|false",
            "Clean the fans or replace the card if they are worn.|card|false",
            // eighteenth round: a choice handed to someone else, alternatives then "hard to say", a diagnosis offered
            // as "either it's X or Y" (remedies joined by "either … or" stay a choice)
            "Either one machine first, or the cluster; both teach something, so let them pick.|cluster|true",
            "Keep the laptop or buy the desktop, and let the team decide.|desktop|true",
            "It could be a good deal or a trap, hard to say.|trap|true",
            "Either it's overheating or the card is simply too weak.|weak|true",
            "It's either VRAM or the CPU.|cpu|true",
            "The problem is either the fans or the card.|card|true",
            "Either add RAM or run fewer services at once.|fewer services|false",
            "Hard to say at first, but it's the fans, so replace the card later.|card|false",
            "Let them learn on one machine first, then add the cluster.|cluster|false"})
        void anAnswerThatSaysItHasNotChosenLeavesEveryOptionOpen(String text, String phrase, boolean open) {
            AnalysedText analysed = AnalysedText.of(text);
            Match match = Wording.of(phrase).first(analysed, m -> true).orElseThrow();
            assertThat(analysed.leftOpen(match.span())).isEqualTo(open);
        }

        @ParameterizedTest(name = "{1} in \"{0}\" is {2}")
        @CsvSource(delimiter = '|', value = {
            "I doubt the fans are the problem.|fans|REJECTED",
            "We honestly doubt a new card helps; clean the fans.|card|REJECTED",
            "We honestly doubt a new card helps; clean the fans.|clean|ASSERTED",
            "Я сумніваюся, що винна відеокарта.|відеокарт|REJECTED",
            "I don't doubt the fans are the problem.|fans|ASSERTED",
            "There is no doubt the fans are the problem.|fans|ASSERTED"})
        void whatTheWriterSaysTheyDoubtIsRejected(String text, String word, Stance expected) {
            assertThat(stanceOf(text, word)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "\"{1}\" in \"{0}\" quoted: {2}")
        @CsvSource(delimiter = '|', value = {
            "The handbook says: 'clean the fans before you replace the card'.|fans|true",
            "\u201cReplace the card only once the fans are clean,\u201d as the guide puts it.|card|true",
            "The 'new card' plan can wait; clean the fans.|new card|false",
            "It's the fans, so clean them before the card's warranty runs out.|fans|false",
            "The guide says 'clean the fans first', and I'd replace the card after.|card|false"})
        void aQuotedPassageOfSixWordsOrMoreIsSomeoneElsesSentence(String text, String phrase, boolean quoted) {
            AnalysedText analysed = AnalysedText.of(text);
            Match match = Wording.of(phrase).first(analysed, m -> true).orElseThrow();
            assertThat(analysed.quotedPassage(match.span())).isEqualTo(quoted);
        }
    }

    @Nested
    @DisplayName("eighteenth round: deferred purchases, burdens, choices handed over, diagnoses left open")
    class EighteenthRound {

        @ParameterizedTest(name = "\"{1}\" in \"{0}\" held: {2}")
        @CsvSource(delimiter = '|', value = {
            // what a "before …ing" cue defers is not done now, even where the phrase starts with the deferred verb
            "Improve the airflow before buying a faster GPU.|buy * faster|false",
            "Airflow and fan curves come before any thought of a faster GPU.|faster gpu|false",
            "Check the PSU before any upgrade.|upgrade|false",
            "Buy a faster GPU before the prices go up.|buy * faster|true"})
        void whatComesOnlyAfterTheFixIsNotDoneNow(String text, String phrase, boolean held) {
            Match match = Wording.of(phrase).first(AnalysedText.of(text), m -> true).orElseThrow();
            assertThat(match.held()).isEqualTo(held);
        }

        @ParameterizedTest(name = "{1} in \"{0}\" is {2}")
        @CsvSource(delimiter = '|', value = {
            "Three machines now is too much maintenance, they learn cables and not AI.|machines|REJECTED",
            "A cluster this early is too much overhead.|cluster|REJECTED",
            "Memory use is too much for the laptop, so add RAM.|memory|ASSERTED",
            // an action said to bring about "the wrong" thing is rejected; a part that has "the wrong" thing is not
            "Learning on one machine only builds the wrong habits.|machine|REJECTED",
            "Buying the desktop now sends the wrong signal.|desktop|REJECTED",
            "The old GPU has the wrong connector.|gpu|ASSERTED",
            // what the subject would do to the learner ("would bury you in upkeep") weighs against it
            "A three-machine lab now would bury you in networking and upkeep.|lab|REJECTED",
            "The cluster will overwhelm them with operations work.|cluster|REJECTED",
            "Snow buries the cluster in the photo.|cluster|ASSERTED"})
        void aBurdenAfterTooMuchWeighsAgainstWhatItIsSaidOf(String text, String word, Stance expected) {
            assertThat(stanceOf(text, word)).isEqualTo(expected);
        }
    }

    @Test
    void matchesCarryTheWritersClause() {
        Match match = Wording.of("swap").first(AnalysedText.of("Watch it closely. The machine keeps swapping, so add RAM."),
                Match::held).orElseThrow();
        assertThat(match.quote()).isEqualTo("swapping");
        assertThat(match.context()).isEqualTo("The machine keeps swapping, so add RAM");
    }

    @Test
    void aRejectedIdeaIsNeitherHeldNorAsserted() {
        Match match = Wording.of("buy * gpu").matches(AnalysedText.of("Buying a GPU now would be a mistake."))
                .get(0);
        assertThat(match.held()).isFalse();
        assertThat(match.asserted()).isFalse();
        assertThat(match.rejected()).isTrue();
    }
}
