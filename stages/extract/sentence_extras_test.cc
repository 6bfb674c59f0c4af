// Discards, issues and places of a sentence, with small lists written for the test.
#include "extract/sentence_extras.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/phase_test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(SentenceExtras, DiscardsIssuesAndPlaces) {
  CoderOptions o;
  // A PETRARCH2 verb file (a "(...)" group): discards are compared as PETRARCH2 compares them.
  o.verbs_file =
      testing::WriteTemp("extras.verbs", "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n- * (IN SECRET) [046]\n");
  o.actor_files = {testing::WriteTemp("extras.actors", "RUSSIA_ [RUS]\n+MOSCOW_\nCHINA_ [CHN]\n")};
  o.agents_file = testing::WriteTemp("extras.agents", "OFFICIAL [~GOV]\n");
  o.discards_file = testing::WriteTemp("extras.discards", "WORLD CUP\n+HOROSCOPE\n");
  o.issues_file = testing::WriteTemp(
      "extras.issues", "<ISSUE CATEGORY=\"E\">\nn:pipeline [OIL]\nn:gas [GAS]\n~gas station\n</ISSUE>\n");
  o.gazetteer_file = testing::WriteTemp("extras.gaz",
                                        "name\tcountry\tlatitude\tlongitude\tpopulation\tkind\n"
                                        "Moscow\tRUS\t55.75\t37.62\t12000000\tcapital\n"
                                        "Union\tUSA\t40.7\t-74.3\t56000\tcity\n"
                                        "Geneva\tCHE\t46.2\t6.14\t200000\tcity\n");
  Dictionaries d;
  std::vector<std::string> warnings;
  ASSERT_TRUE(LoadDictionaries(o, &d, &warnings).ok());
  testing::PhaseRun run(d);
  run.Prepare("Russia met China at the World Cup final.");
  int32_t hit = FindDiscard(d, run.work.tokens);
  ASSERT_GE(hit, 0);
  EXPECT_FALSE(d.discards.record(hit).story);
  // As in PETRARCH2, phrases are compared with blank-separated words: punctuation glued to
  // either end ("World Cup.", "(World Cup") keeps the phrase from matching.
  for (const char* glued : {"Russia met China at the World Cup.", "Russia met China (World Cup final)."}) {
    run.Prepare(glued);
    EXPECT_EQ(FindDiscard(d, run.work.tokens), -1) << glued;
  }
  run.Prepare("Your horoscope for today.");
  ASSERT_GE(FindDiscard(d, run.work.tokens), 0);
  EXPECT_TRUE(d.discards.record(FindDiscard(d, run.work.tokens)).story);
  run.Prepare("Russia met China over pipelines and gas.");
  EXPECT_EQ(FindDiscard(d, run.work.tokens), -1);
  EXPECT_THAT(FindIssues(d, run.work.tokens), ElementsAre("OIL", "GAS"));
  run.Prepare("Russia met China at a gas station.");
  EXPECT_THAT(FindIssues(d, run.work.tokens), IsEmpty());
  // After "in" even an actor's name is the place; a word of a longer name never is.
  run.Prepare("Russian officials met China in Moscow.");
  ASSERT_NE(FindPlace(d, run.work), nullptr);
  EXPECT_EQ(FindPlace(d, run.work)->name, "Moscow");
  run.Prepare("Moscow met China.");
  EXPECT_EQ(FindPlace(d, run.work), nullptr);
  // A compass adjective may stand between "in" and the place.
  run.Prepare("China met officials in western Moscow.");
  ASSERT_NE(FindPlace(d, run.work), nullptr);
  EXPECT_EQ(FindPlace(d, run.work)->name, "Moscow");
  run.Prepare("China met officials southwest of Moscow.");
  ASSERT_NE(FindPlace(d, run.work), nullptr);
  EXPECT_EQ(FindPlace(d, run.work)->name, "Moscow");
  run.Prepare("Russia met the Union Pacific board.");
  EXPECT_EQ(FindPlace(d, run.work), nullptr);
  run.Prepare("Russia met China. Talks were held near Geneva.");
  ASSERT_NE(FindPlace(d, run.work), nullptr);
  EXPECT_EQ(FindPlace(d, run.work)->name, "Geneva");
}

// With a TABARI / PETRARCH-1 verb file, discards read as PETRARCH-1 documents them: " " +
// phrase found in the text, the last word a stem unless a final '_' asks for the whole word.
TEST(SentenceExtras, DiscardsOfPetrarch1DictionariesEndInAStemUnlessUnderscored) {
  CoderOptions o;
  o.verbs_file = testing::WriteTemp("stems.verbs", "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n- * + IN SECRET [046]\n");
  o.actor_files = {testing::WriteTemp("stems.actors", "RUSSIA_ [RUS]\nCHINA_ [CHN]\n")};
  o.agents_file = testing::WriteTemp("stems.agents", "OFFICIAL [~GOV]\n");
  o.discards_file = testing::WriteTemp("stems.discards", "WORLD CUP\n+HOROSCOPE\nCRICKET_\nGRAND REGAT\n");
  Dictionaries d;
  std::vector<std::string> warnings;
  ASSERT_TRUE(LoadDictionaries(o, &d, &warnings).ok());
  ASSERT_TRUE(d.discard_stems);
  testing::PhaseRun run(d);
  auto discard = [&](const char* sentence) {
    run.Prepare(sentence);
    int32_t hit = FindDiscard(d, run.work.tokens);
    return hit < 0 ? std::string("-") : d.discards.record(hit).phrase;
  };
  EXPECT_EQ(discard("Russia met China at the World Cup."), "WORLD CUP");          // punctuation ends the word
  EXPECT_EQ(discard("Russia met China at the World Cups, officials said."), "WORLD CUP");
  EXPECT_EQ(discard("Russia met China after the Grand Regatta."), "GRAND REGAT");  // a stem
  EXPECT_EQ(discard("Russia met China over the horoscopes."), "HOROSCOPE");
  EXPECT_EQ(discard("Russia met China at the cricket final."), "CRICKET_");
  EXPECT_EQ(discard("Russia met China at the cricket."), "CRICKET_");
  EXPECT_EQ(discard("Russia met China about cricketers."), "-");                   // '_': the whole word
  EXPECT_EQ(discard("Russia met China (World Cup final)."), "-");                  // not after a blank
  EXPECT_EQ(discard("Russia met China in the Grand Hall."), "-");
  EXPECT_EQ(discard("Russia met China at the World."), "-");
}

TEST(SentenceExtras, SportAndEntertainmentByTheirWordsOrAScoreAfterAnActor) {
  auto d = testing::LoadSmall("sport", "--- BEAT [182] ---\nBEAT {BEATS BEAT BEATING}\n",
                              "SPAIN_ [ESP]\nFRANCE_ [FRA]\nPAKISTAN_ [PAK]\nBRITAIN_ [GBR]\n", "OWNER [~BUS]\n");
  testing::PhaseRun run(*d);
  auto sport = [&](const std::string& sentence) {
    run.Prepare(sentence);
    return SportOrEntertainment(*d, run.work);
  };
  EXPECT_TRUE(sport("Spain beat France 2-1 in Munich."));
  EXPECT_TRUE(sport("Spain beat France to reach the final of the European Championship."));
  EXPECT_TRUE(sport("Pakistan's cricket team arrived in France."));
  // A sport's name alone, or numbers that are not a score after an actor, are not sport.
  EXPECT_FALSE(sport("Britain froze the assets of the owner of a football club."));
  EXPECT_FALSE(sport("Spain and France meet on 26-27 June."));
  EXPECT_FALSE(sport("Spain beat France."));
}

TEST(SentenceExtras, TitleCaseHeadlinesKeepCapitalsOnlyOnActorWordsAndPlaces) {
  auto d = testing::LoadSmall("headline", "--- RECALL [161] ---\nRECALL\n", "KENYA_ [KEN]\nUGANDA_ [UGA]\n",
                              "ENVOY [~GOV]\n");
  testing::PhaseRun run(*d);
  run.Prepare("Kenya Recalls Envoy From Uganda Over Fuel Import Row", false);
  ASSERT_TRUE(UncapitaliseHeadline(*d, &run.work.tokens));
  EXPECT_TRUE(run.work.tokens[0].capitalized);   // Kenya
  EXPECT_FALSE(run.work.tokens[1].capitalized);  // Recalls: a verb again
  EXPECT_TRUE(run.work.tokens[4].capitalized);   // Uganda
  // A place after in/at/near keeps its capitals too, so that it still names the place.
  run.Prepare("Kenya Recalls Envoy After Clashes In North Kivu", false);
  ASSERT_TRUE(UncapitaliseHeadline(*d, &run.work.tokens));
  EXPECT_FALSE(run.work.tokens[4].capitalized);  // Clashes
  EXPECT_TRUE(run.work.tokens[6].capitalized);   // North
  EXPECT_TRUE(run.work.tokens[7].capitalized);   // Kivu
  // Ordinary prose, with a lowercase content word, or too few capitals, is left alone.
  run.Prepare("Kenya Recalls Its envoy From Uganda", false);
  EXPECT_FALSE(UncapitaliseHeadline(*d, &run.work.tokens));
  EXPECT_TRUE(run.work.tokens[1].capitalized);
  run.Prepare("Kenya and Uganda", false);
  EXPECT_FALSE(UncapitaliseHeadline(*d, &run.work.tokens));
}

TEST(SentenceExtras, DomesticActorsTakeThePlaceThenTheDatelineThenTheArticlesCountry) {
  CoderOptions o;
  o.verbs_file = testing::WriteTemp("domestic.verbs", "--- ARREST [173] ---\nARREST\n");
  o.actor_files = {testing::WriteTemp("domestic.actors", "RUSSIA_ [RUS]\nCHINA_ [CHN]\nGEORGIA_ [GEO]\n")};
  o.agents_file = testing::WriteTemp("domestic.agents", "POLICE [~COP]\nPROTESTER [~OPP]\n");
  o.gazetteer_file = testing::WriteTemp("domestic.gaz",
                                        "name\tcountry\tlatitude\tlongitude\tpopulation\tkind\n"
                                        "Georgia\tGEO\t42.3\t43.4\t0\tcountry\n"
                                        "Tbilisi\tGEO\t41.7\t44.8\t1100000\tcapital\n"
                                        "Russia\tRUS\t61.5\t105.3\t0\tcountry\n"
                                        "Moscow\tRUS\t55.75\t37.62\t12000000\tcapital\n");
  Dictionaries d;
  std::vector<std::string> warnings;
  ASSERT_TRUE(LoadDictionaries(o, &d, &warnings).ok());
  EXPECT_TRUE(d.gazetteer.IsCountry("GEO"));
  EXPECT_FALSE(d.gazetteer.IsCountry("IGO"));
  EXPECT_FALSE(d.gazetteer.IsCountry("---"));
  testing::PhaseRun run(d);
  auto domestic = [&](const std::string& sentence) {
    run.ctx.StartSentence();
    run.Prepare(sentence);
    GiveDomesticActorsACountry(d, FindPlace(d, run.work), &run.ctx, &run.work, nullptr);
    return run.Groups();
  };
  // The place the sentence names.
  EXPECT_THAT(domestic("Police arrested protesters in Moscow."), ElementsAre("RUSCOP", "RUSOPP"));
  // After a hyphenated compass word, and off a coast.
  EXPECT_THAT(domestic("Police arrested protesters in north-eastern Russia."), ElementsAre("RUSCOP", "RUSOPP"));
  EXPECT_EQ(domestic("Police arrested protesters off the coast of Georgia.").front(), "GEOCOP");
  // No place, no dateline, no earlier sentence: no country to give.
  run.ctx.Reset(20241130);
  EXPECT_THAT(domestic("Police arrested protesters."), ElementsAre("---COP", "---OPP"));
  // A country the sentence refers to after a place word is the place.
  std::vector<std::string> across = domestic("Russia said police arrested protesters across the country.");
  EXPECT_THAT(across, Contains("RUSCOP"));
  EXPECT_THAT(across, Contains("RUSOPP"));
  run.ctx.Reset(20241130);
  // The dateline's place.
  std::vector<Token> scratch;
  run.ctx.dateline_country = DatelineCountry(d, "TBILISI, Nov 30 (Reuters) - ", &scratch);
  EXPECT_EQ(run.ctx.dateline_country, "GEO");
  EXPECT_THAT(domestic("Police arrested protesters."), ElementsAre("GEOCOP", "GEOOPP"));
  // Else the country earlier sentences named most; the sentence's own actors do not count
  // ("Police arrested Chinese nationals" is not about Chinese police).
  run.ctx.Reset(20241130);
  domestic("Russia met China.");
  run.ctx.RememberSentence(run.work, run.text);
  domestic("Russia met Georgia.");
  run.ctx.RememberSentence(run.work, run.text);
  EXPECT_THAT(domestic("Police arrested China."), ElementsAre("RUSCOP", "CHN"));
}

TEST(SentenceExtras, APlaceServesTheDomesticActorsOfItsOwnClause) {
  CoderOptions o;
  o.verbs_file = testing::WriteTemp("clause_place.verbs", "--- ARREST [173] ---\nARREST\n--- HELP [070] ---\nHELP\n"
                                                          "--- ATTACK [190] ---\nATTACK\n");
  o.actor_files = {testing::WriteTemp("clause_place.actors", "GEORGIA_ [GEO]\n")};
  o.agents_file = testing::WriteTemp("clause_place.agents", "POLICE [~COP]\nREBEL [~REB]\nMAN [~PPL]\n");
  o.gazetteer_file = testing::WriteTemp("clause_place.gaz",
                                        "name\tcountry\tlatitude\tlongitude\tpopulation\tkind\n"
                                        "Russia\tRUS\t61.5\t105.3\t0\tcountry\n"
                                        "Moscow\tRUS\t55.75\t37.62\t12000000\tcapital\n");
  Dictionaries d;
  std::vector<std::string> warnings;
  ASSERT_TRUE(LoadDictionaries(o, &d, &warnings).ok());
  testing::PhaseRun run(d);
  auto domestic = [&](const std::string& sentence) {
    run.ctx.Reset(20241130);
    run.ctx.dateline_country = "GEO";
    run.Prepare(sentence);
    size_t at = std::string::npos;
    const Place* place = FindPlace(d, run.work, &at);
    GiveDomesticActorsACountry(d, place, &run.ctx, &run.work, nullptr, at);
    return run.Groups();
  };
  EXPECT_THAT(domestic("Police arrested a man in Moscow."), ElementsAre("RUSCOP", "RUSPPL"));
  // Two verbs stand between the police and the rebels' place: the dateline decides for them.
  EXPECT_THAT(domestic("Police arrested a man who helped rebels who attacked in Moscow."),
              ElementsAre("GEOCOP", "GEOPPL", "RUSREB"));
}

TEST(SentenceExtras, AProvinceNeedsInADesignatorOrAPossessive) {
  CoderOptions o = testing::SmallOptions("province_place", "--- ARREST [173] ---\nARREST\n--- SEND [070] ---\nSENT\n",
                                         "PAKISTAN_ [PAK]\nMEXICO_ [MEX]\nRWANDA_ [RWA]\n",
                                         "POLICE [~COP]\nPROTESTER [~OPP]\nSOLDIER [~MIL]\n");
  o.gazetteer_file = testing::WriteTemp("province_place.gaz",
                                        "name\tcountry\tlatitude\tlongitude\tpopulation\tkind\n"
                                        "Pakistan\tPAK\t30.4\t69.3\t0\tcountry\n"
                                        "Mexico\tMEX\t23.6\t-102.5\t0\tcountry\n"
                                        "Washington\tUSA\t38.9\t-77.0\t700000\tcapital\n"
                                        "Idlib\tSYR\t35.93\t36.63\t128000\tcity\n"
                                        "Idlib\tSYR\t35.86\t36.62\t400000\tprovince\n"
                                        "Balochistan\tPAK\t28.5\t66.6\t1800000\tprovince\n"
                                        "Guerrero\tMEX\t17.6\t-99.9\t3500000\tprovince\n"
                                        "Ituri\tCOD\t2.07\t30.4\t100000\tprovince\n");
  Dictionaries d;
  std::vector<std::string> warnings;
  ASSERT_TRUE(LoadDictionaries(o, &d, &warnings).ok());
  testing::PhaseRun run(d);
  // "name@token kind" of the place found, or "-".
  auto place = [&](const std::string& sentence) -> std::string {
    run.Prepare(sentence);
    size_t at = 0;
    const Place* p = FindPlace(d, run.work, &at);
    if (!p) return "-";
    return p->name + "@" + std::to_string(at) + (p->kind == Place::kProvince ? " province" : " other");
  };
  EXPECT_EQ(place("Police arrested protesters in Balochistan."), "Balochistan@4 province");
  EXPECT_EQ(place("In Balochistan, police arrested protesters."), "Balochistan@1 province");
  // After "in", a country's possessive gives the place inside it, past a compass adjective.
  EXPECT_EQ(place("Police in Pakistan's southwestern Balochistan province arrested protesters."),
            "Balochistan@5 province");
  EXPECT_EQ(place("Police in Mexico's Guerrero state arrested protesters."), "Guerrero@4 province");
  // "the" before a designated province; the country after "of" is the province's own.
  EXPECT_EQ(place("Police arrested protesters in the Ituri province of Congo."), "Ituri@5 province");
  // Without "in": a designator or a possessive, never the bare name (it may be a person).
  EXPECT_EQ(place("Guerrero state police arrested protesters."), "Guerrero@0 province");
  EXPECT_EQ(place("Police arrested protesters, Mexico's Guerrero state said."), "Guerrero@6 province");
  EXPECT_EQ(place("Guerrero police arrested protesters."), "Guerrero@0 province");
  EXPECT_EQ(place("Guerrero said police arrested protesters."), "-");
  // Where troops are sent is not where they come from.
  EXPECT_EQ(place("Rwanda sent soldiers to Mexico's Guerrero state."), "-");
  // "Idlib province" is the governorate; "Idlib" alone the city.
  EXPECT_EQ(place("Police arrested protesters in Idlib province."), "Idlib@4 province");
  EXPECT_EQ(place("Police arrested protesters in Idlib."), "Idlib@4 other");
  // A capitalised word after the designator continues a longer name.
  EXPECT_EQ(place("Police arrested protesters at Washington State University."), "-");
  EXPECT_EQ(place("Police arrested protesters in Washington State."), "Washington@4 other");
}

TEST(SentenceExtras, AnOppositionActedOnByAStateOrganIsThatStatesButPeopleAreNot) {
  CoderOptions o;
  o.verbs_file = testing::WriteTemp("state_targets.verbs", "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n");
  o.actor_files = {testing::WriteTemp("state_targets.actors", "VENEZUELA_ [VEN]\n+VENEZUELAN_\n")};
  o.agents_file =
      testing::WriteTemp("state_targets.agents", "GOVERNMENT [~GOV]\nOPPOSITION {} [~OPP]\nCIVILIAN [~CVL]\nREBEL [~REB]\n");
  Dictionaries d;
  std::vector<std::string> warnings;
  ASSERT_TRUE(LoadDictionaries(o, &d, &warnings).ok());
  testing::PhaseRun run(d);
  run.Prepare("The Venezuelan government met the opposition, then civilians.");
  ASSERT_EQ(run.work.mentions.size(), 3u);
  GiveStateTargetsTheSourcesCountry({{0, 1}, {0, 2}}, &run.work, nullptr, true);
  EXPECT_EQ(run.work.mentions[1].code, "VENOPP");
  EXPECT_EQ(run.work.mentions[2].code, "---CVL");  // civilians may be foreigners
  // Not the other way round: an opposition's target keeps no country from it.
  run.Prepare("The opposition met the Venezuelan government.");
  ASSERT_EQ(run.work.mentions.size(), 2u);
  GiveStateTargetsTheSourcesCountry({{1, 0}}, &run.work, nullptr, true);
  EXPECT_EQ(run.work.mentions[0].code, "VENOPP");
  run.Prepare("The opposition met the Venezuelan government.");
  GiveStateTargetsTheSourcesCountry({{0, 1}}, &run.work, nullptr, true);
  EXPECT_EQ(run.work.mentions[0].code, "---OPP");
  // Civilians acted on by a country's rebels are that country's.
  run.Prepare("Venezuelan rebels met civilians.");
  ASSERT_EQ(run.work.mentions.size(), 2u);
  GiveStateTargetsTheSourcesCountry({{0, 1}}, &run.work, nullptr, true);
  EXPECT_EQ(run.work.mentions[1].code, "VENCVL");
}

}  // namespace
}  // namespace tidings::extract
