// The coder's features, one at a time, with small dictionaries and sentences written for
// each test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using testing::CodeText;
using testing::Triples;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

const char* kVerbs =
    "&TREATY\n+AGREEMENT\n+ACCORD\n+MEMORANDUM\n\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "BOMB {BOMBS BOMBED BOMBING}\n"
    "- * (WITH ARTILLERY) [194]\n\n"
    "--- SIGN [---] ---\n"
    "SIGN\n"
    "- * &TREATY [057]\n"
    "- &TREATY * [057]\n\n"
    "--- MEET [040] ---\n"
    "MEET {MEETS MET MEETING}\n\n"
    "--- SAY [010] ---\n"
    "SAY {SAYS SAID SAYING}\n\n"
    "--- CLAIM [019] ---\n"
    "CLAIM\n\n"
    "--- SUPPORT [051] ---\n"
    "PLEDGE\n"
    "- * SUPPORT TO + [032]\n\n"
    "--- ACCUSE [112] ---\n"
    "ACCUSE\n"
    "- * + OF &CRIME [1122]\n\n"
    "&CRIME\n+GENOCIDE\n\n"
    "--- EXPEL [174] ---\n"
    "EXPEL {EXPELS EXPELLED EXPELLING}\n\n"
    "--- HELP [070] ---\n"
    "HELP\n"
    "- WILL NOT * [124]\n\n"
    "--- WANT [---] ---\n"
    "WANT\n\n"
    "--- AGREE [030] ---\n"
    "AGREE\n\n"
    "~ a (b . ATTACK) CLAIM = a b 112\n";

const char* kActors =
    "TURKEY_ [TUR]\n+TURKISH_\n+ANKARA_\n"
    "AZERBAIJAN_ [AZE]\n+AZERBAIJANI_\n+BAKU_\n"
    "RUSSIA_ [RUS]\n+RUSSIAN_\n+MOSCOW_\n"
    "ARMENIA_ [ARM]\n+ARMENIAN_\n"
    "GEORGIA_ [GEO]\n"
    "ILHAM_ALIYEV_\n\t[AZEELI 940101-031031]\n\t[AZEGOV >031031]\n"
    "RECEP_TAYYIP_ERDOGAN_\n\t[TURGOV 030314-140828]\n\t[TURGOV >140828]\n";

const char* kAgents =
    "MILITARY {} [~MIL]\nARMED_FORCES {} [~MIL]\nTROOP [~MIL]\nPRESIDENT [~GOV]\nGOVERNMENT [~GOV]\n"
    "PARLIAMENT [~LEG]\nPOLICE {} [~COP]\nREBEL [~REB]\n";

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    CoderOptions o = testing::SmallOptions("t", kVerbs, kActors, kAgents);
    o.discards_file = testing::WriteTemp("t.discards", "WORLD CUP\n+HOROSCOPE\n");
    o.issues_file = testing::WriteTemp("t.issues", "<ISSUE CATEGORY=\"ENERGY\">\nn:pipeline [OIL]\n</ISSUE>\n");
    o.gazetteer_file = testing::WriteTemp(
        "t.gaz", "name\tcountry\tlatitude\tlongitude\tpopulation\tkind\nAghdam\tAZE\t39.99\t46.93\t30000\tcity\n"
                 "Baku\tAZE\t40.38\t49.89\t2300000\tcapital\n");
    Status s = EventCoder::Create(o, &coder_);
    ASSERT_TRUE(s.ok()) << s.ToString();
    ASSERT_THAT(coder_->warnings(), IsEmpty());
  }
  static std::vector<std::string> Code(const std::string& text, const std::string& date = "2021-11-11") {
    return Triples(CodeText(*coder_, text, date));
  }
  static std::unique_ptr<EventCoder> coder_;
};
std::unique_ptr<EventCoder> CoderTest::coder_;

TEST_F(CoderTest, SubjectVerbObjectWithInflections) {
  EXPECT_THAT(Code("Russia attacked Georgia."), ElementsAre("RUS 190 GEO"));
  EXPECT_THAT(Code("Russia bombed Georgia on Monday."), ElementsAre("RUS 190 GEO"));
  EXPECT_THAT(Code("Russia attacks Georgia."), ElementsAre("RUS 190 GEO"));
  // A noun is not a verb: "the attack".
  EXPECT_THAT(Code("The attack on Georgia surprised Russia."), IsEmpty());
}

TEST_F(CoderTest, ASentenceCodesAnEventOnce) {
  EXPECT_THAT(Code("Russia attacked Georgia and attacked Georgia again."), ElementsAre("RUS 190 GEO"));
  // Distinct events of one sentence all stay.
  EXPECT_THAT(Code("Russia attacked Georgia and met Georgia."), ElementsAre("RUS 190 GEO", "RUS 040 GEO"));
}

// PETRARCH2 reads a passive's "by" phrase where an active pattern's source is: a TABARI
// pattern whose '+' after the verb reaches that phrase gives it as the source.
TEST(EventCoder, APassivesByPhraseReachedByAPatternsTargetSlotIsTheSource) {
  CoderOptions o = testing::SmallOptions("passive", "--- FIGHT [190] ---\nATTACK\n- * + WITH &WEAPON [194]\n&WEAPON\n+RIFLE\n",
                                         "RUSSIA_ [RUS]\n+RUSSIAN_\nGEORGIA_ [GEO]\n", "SOLDIER [~MIL]\n");
  std::unique_ptr<EventCoder> coder;
  ASSERT_TRUE(EventCoder::Create(o, &coder).ok());
  EXPECT_THAT(Triples(CodeText(*coder, "Georgia was attacked by Russian soldiers with rifles.")),
              ElementsAre("RUSMIL 194 GEO"));
  EXPECT_THAT(Triples(CodeText(*coder, "Russian soldiers attacked Georgia with rifles.")), ElementsAre("RUSMIL 194 GEO"));
  EXPECT_THAT(Triples(CodeText(*coder, "Georgia was attacked by Russia.")), ElementsAre("RUS 190 GEO"));
}

// TABARI's paired codes: [A:B] is A from source to target and B back; [:B] only B back. A
// PETRARCH2 dictionary (written with groups) reads [A:B] as active:passive instead.
TEST(EventCoder, PairedCodesOfATabariDictionaryCodeBothSides) {
  const char* actors = "RUSSIA_ [RUS]\nGEORGIA_ [GEO]\n";
  CoderOptions tabari = testing::SmallOptions(
      "paired", "--- RESTORE [---] ---\nRESTORE\nTRAVEL\n- * RELATIONS WITH + [050:050]\n- * TO + [042:043]\n"
                "- * BEFORE + [:173]\n", actors, "");
  std::unique_ptr<EventCoder> coder;
  ASSERT_TRUE(EventCoder::Create(tabari, &coder).ok());
  EXPECT_THAT(Triples(CodeText(*coder, "Russia restored relations with Georgia.")),
              ElementsAre("RUS 050 GEO", "GEO 050 RUS"));
  EXPECT_THAT(Triples(CodeText(*coder, "Russia traveled to Georgia.")), ElementsAre("RUS 042 GEO", "GEO 043 RUS"));
  EXPECT_THAT(Triples(CodeText(*coder, "Russia traveled before Georgia.")), ElementsAre("GEO 173 RUS"));
  CoderOptions petrarch2 = testing::SmallOptions(
      "unpaired", "--- TRAVEL [---] ---\nTRAVEL\n- * (TO +) [042:043]\n", actors, "");
  ASSERT_TRUE(EventCoder::Create(petrarch2, &coder).ok());
  EXPECT_THAT(Triples(CodeText(*coder, "Russia traveled to Georgia.")), ElementsAre("RUS 042 GEO"));
}

// Petrarch2.tex: "a (a b WILL_ATTACK) SAY = a b 138": the words before the embedded verb are
// the auxiliaries its event must be written with.
TEST(EventCoder, ATransformationMayNameTheEmbeddedVerbsAuxiliaries) {
  CoderOptions o = testing::SmallOptions(
      "aux", "--- FIGHT [190] ---\nATTACK\n- * (WITH ARTILLERY) [194]\n--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n"
             "~ a (a b WILL_ATTACK) SAY = a b 138\n~ a (a b Q) SAY = a b Q\n",
      "RUSSIA_ [RUS]\nGEORGIA_ [GEO]\n", "");
  std::unique_ptr<EventCoder> coder;
  ASSERT_TRUE(EventCoder::Create(o, &coder).ok());
  EXPECT_TRUE(coder->warnings().empty());
  EXPECT_THAT(Triples(CodeText(*coder, "Russia said it will attack Georgia.")), ElementsAre("RUS 138 GEO"));
  EXPECT_THAT(Triples(CodeText(*coder, "Russia said it attacked Georgia.")), ElementsAre("RUS 190 GEO"));
}

TEST_F(CoderTest, PatternsChooseTheCodeAndTheTarget) {
  EXPECT_THAT(Code("Russia attacked Georgia with artillery."), ElementsAre("RUS 194 GEO"));
  EXPECT_THAT(Code("Turkey pledged its support to Azerbaijan."), ElementsAre("TUR 032 AZE"));
  EXPECT_THAT(Code("Armenia accused Turkey of genocide."), ElementsAre("ARM 1122 TUR"));
  // [---] block code: "sign" alone is no event; "sign an agreement" is 057.
  EXPECT_THAT(Code("Turkey signed a letter to Azerbaijan."), IsEmpty());
  EXPECT_THAT(Code("Turkey signed an agreement with Azerbaijan."), ElementsAre("TUR 057 AZE"));
}

TEST_F(CoderTest, AgentsComposeOntoCountries) {
  EXPECT_THAT(Code("The Turkish military attacked Armenian rebels."), ElementsAre("TURMIL 190 ARMREB"));
  EXPECT_THAT(Code("Turkish armed forces attacked Georgia."), ElementsAre("TURMIL 190 GEO"));
  EXPECT_THAT(Code("The president of Turkey met Russian troops."), ElementsAre("TURGOV 040 RUSMIL"));
  // A named person's dated code wins over the title: "Azerbaijani President Ilham Aliyev".
  EXPECT_THAT(Code("Azerbaijani President Ilham Aliyev met Turkish President Recep Tayyip Erdogan."),
              ElementsAre("AZEGOV 040 TURGOV"));
}

TEST_F(CoderTest, DateRestrictedCodesUseTheArticleDate) {
  EXPECT_THAT(Code("Ilham Aliyev met Russia.", "2021-11-11"), ElementsAre("AZEGOV 040 RUS"));
  EXPECT_THAT(Code("Ilham Aliyev met Russia.", "1998-05-01"), ElementsAre("AZEELI 040 RUS"));
}

TEST_F(CoderTest, PassiveVoice) {
  EXPECT_THAT(Code("Georgia was attacked by Russia."), ElementsAre("RUS 190 GEO"));
  EXPECT_THAT(Code("Armenian rebels were reportedly expelled by the Turkish government."),
              ElementsAre("TURGOV 174 ARMREB"));
}

TEST_F(CoderTest, CompoundActorsGiveOneEventPerActor) {
  EXPECT_THAT(Code("Turkey and Russia attacked Armenia."), UnorderedElementsAre("TUR 190 ARM", "RUS 190 ARM"));
  EXPECT_THAT(Code("Russia attacked Georgia and Armenia."), UnorderedElementsAre("RUS 190 GEO", "RUS 190 ARM"));
  // A compound subject with no object acts on each other.
  EXPECT_THAT(Code("Turkey and Azerbaijan signed an agreement."), UnorderedElementsAre("TUR 057 AZE", "AZE 057 TUR"));
  EXPECT_THAT(Code("An agreement was signed between the Azerbaijani and Turkish governments."),
              UnorderedElementsAre("AZEGOV 057 TURGOV", "TURGOV 057 AZEGOV"));
}

TEST_F(CoderTest, NegationCodesNothingOrTheNegatedPattern) {
  EXPECT_THAT(Code("Russia did not attack Georgia."), IsEmpty());
  EXPECT_THAT(Code("Russia never attacked Georgia."), IsEmpty());
  EXPECT_THAT(Code("Turkey will not help Armenia."), ElementsAre("TUR 124 ARM"));
}

TEST_F(CoderTest, ReportedSpeechCodesTheEmbeddedEvent) {
  EXPECT_THAT(Code("Turkey said Russia attacked Georgia."), ElementsAre("RUS 190 GEO"));
  EXPECT_THAT(Code("Russia attacked Georgia, Turkey said on Monday."), ElementsAre("RUS 190 GEO"));
  // The dictionary's transformation: claiming another attacked is an accusation.
  EXPECT_THAT(Code("Armenia claimed that Turkey had attacked Georgia."), ElementsAre("ARM 112 TUR"));
}

TEST_F(CoderTest, InfinitiveComplementsComposeWithIntent) {
  EXPECT_THAT(Code("Turkey agreed to help Azerbaijan."), ElementsAre("TUR 033 AZE"));
}

TEST_F(CoderTest, PronounsAndDefiniteReferencesCarryOver) {
  auto t = Code(
      "Turkish President Recep Tayyip Erdogan visited Baku. He met Azerbaijani President Ilham Aliyev. "
      "Erdogan said its military would help Azerbaijan. The two countries signed a memorandum.");
  EXPECT_THAT(t, Contains("TURGOV 040 AZEGOV"));
  EXPECT_THAT(t, Contains("TURMIL 033 AZE"));  // what it said its military would do: intent
  EXPECT_THAT(t, Contains("TUR 057 AZE"));
  EXPECT_THAT(t, Contains("AZE 057 TUR"));
}

TEST_F(CoderTest, TheyIsThePluralAgentThatLedTheLastSentence) {
  // "Russian troops" led the sentence; Turkey only reported it.
  auto t = Code("Russian troops attacked Georgia, Turkey said. They also attacked Armenia.");
  EXPECT_THAT(t, Contains("RUSMIL 190 ARM"));
  EXPECT_THAT(t, Not(Contains("TUR 190 ARM")));
  // Two countries that met: "they" are both.
  t = Code("Turkey met Azerbaijan. They attacked Armenia.");
  EXPECT_THAT(t, Contains("TUR 190 ARM"));
  EXPECT_THAT(t, Contains("AZE 190 ARM"));
}

TEST_F(CoderTest, EventDatesLocationsIssuesAndRootMentions) {
  v1::CodedArticle a = CodeText(*coder_,
                                "On November 17, 2020, Turkey met Azerbaijan in Aghdam. Turkey met Azerbaijan again. "
                                "On June 15, Turkey attacked Armenia over a pipeline. Russia attacked Georgia in 1992. "
                                "Russia attacked Georgia last year. Russia met Georgia on Saturday.",
                                "2021-11-11", "art");
  ASSERT_EQ(a.events_size(), 6);
  EXPECT_EQ(a.events(0).date(), "2020-11-17");
  EXPECT_EQ(a.events(0).location().name(), "Aghdam");
  EXPECT_NEAR(a.events(0).location().latitude(), 39.99, 1e-6);
  EXPECT_EQ(a.events(0).location().country(), "AZE");
  EXPECT_TRUE(a.events(0).root_mention());
  EXPECT_EQ(a.events(1).date(), "2021-11-11");
  EXPECT_TRUE(a.events(1).root_mention());  // a different date: a new root mention
  EXPECT_EQ(a.events(2).date(), "2021-06-15");
  EXPECT_THAT(a.events(2).issues(), ElementsAre("OIL"));
  EXPECT_EQ(a.events(3).date(), "1992-01-01");
  EXPECT_EQ(a.events(4).date(), "2020-01-01");
  EXPECT_EQ(a.events(5).date(), "2021-11-06");  // the Saturday before Thursday 2021-11-11
  EXPECT_EQ(a.events(0).id(), "art:0:0");
  EXPECT_EQ(a.events(0).quad_class(), 1);
  EXPECT_EQ(a.events(2).root(), "19");
  EXPECT_LT(a.events(2).goldstein(), -5);
  // The same (date, source, target, code) again is a mention, not a root mention.
  v1::CodedArticle b = CodeText(*coder_, "Russia attacked Georgia. Russia attacked Georgia again.", "2021-11-11");
  ASSERT_EQ(b.events_size(), 2);
  EXPECT_TRUE(b.events(0).root_mention());
  EXPECT_FALSE(b.events(1).root_mention());
}

TEST_F(CoderTest, DiscardsSkipSentencesAndStories) {
  EXPECT_THAT(Code("Russia attacked Georgia at the World Cup final."), IsEmpty());
  // "Cup," is not the word CUP (PETRARCH2 compares blank-separated words).
  EXPECT_THAT(Code("Russia attacked Georgia after the World Cup, Georgia said."), ElementsAre("RUS 190 GEO"));
  EXPECT_THAT(Code("Russia attacked Georgia. Your horoscope for today."), IsEmpty());
  EXPECT_THAT(Code("Russia attacked Georgia. The World Cup begins."), ElementsAre("RUS 190 GEO"));
}

TEST_F(CoderTest, ExplainSaysWhyPatternsMatched) {
  v1::CleanArticle a;
  a.set_id("x");
  a.set_text("Russia attacked Georgia with artillery.");
  a.set_published("2021-11-11");
  v1::CodedArticle out;
  std::string why;
  ASSERT_TRUE(coder_->Explain(a, &out, &why).ok());
  EXPECT_NE(why.find("tokens: RUSSIA ATTACKED GEORGIA WITH ARTILLERY ."), std::string::npos) << why;
  EXPECT_NE(why.find("pattern MATCHED: * (WITH ARTILLERY) [194]"), std::string::npos) << why;
  EXPECT_NE(why.find("actor 'Russia' = RUS"), std::string::npos) << why;
}

TEST_F(CoderTest, BadDateIsAnInputError) {
  v1::CleanArticle a;
  a.set_id("x");
  a.set_text("Russia attacked Georgia.");
  a.set_published("yesterday-ish");
  v1::CodedArticle out;
  Status s = coder_->Code(a, &out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
}

}  // namespace
}  // namespace tidings::extract
