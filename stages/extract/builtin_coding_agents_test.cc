// The built-in dictionaries on who the actors of a sentence are: agents the wire names
// (royalists, the Pakistani Taliban, the Taoiseach), "by" agents past adjectives, pronouns,
// joint patrols of two countries' forces, and business copy whose words look like force;
// and what an act weighed ("whether to") is.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Code(const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2025-03-28"));
}

TEST(BuiltinCodingAgents, RoyalistsAreOppositionAndThePakistaniTalibanAreInsurgents) {
  EXPECT_THAT(Code("KATHMANDU, March 28 (AFP) - Police in Nepal's capital fired tear gas and rubber bullets on Friday at "
                   "thousands of royalists demanding the restoration of the monarchy."),
              ElementsAre("NPLCOP 175 NPLOPP"));
  EXPECT_THAT(Code("Pakistani jets bombed hideouts of the Pakistani Taliban in Afghanistan's Paktika province overnight."),
              ElementsAre("PAKMIL 195 PAKINS"));
}

TEST(BuiltinCodingAgents, APassiveAgentComesPastAdjectivesAndAdjuncts) {
  EXPECT_THAT(Code("An opposition youth leader was arrested at his home in Lome before dawn on Tuesday by plainclothes "
                   "police officers, his party said."),
              ElementsAre("TGOCOP 173 TGOOPPCVL"));
}

TEST(BuiltinCodingAgents, AJointPatrolOfTwoCountriesForcesIsCooperation) {
  EXPECT_THAT(Code("Chinese and Russian strategic bombers flew a joint patrol over the Sea of Japan on Friday."),
              ElementsAre("CHNMIL 062 RUSMIL", "RUSMIL 062 CHNMIL"));
  // Plural "bombers" are aircraft; "suicide bombers" and "a bomber" are people.
  EXPECT_THAT(Code("Russian and Chinese bombers held joint patrols over the Sea of Japan."),
              ElementsAre("RUSMIL 062 CHNMIL", "CHNMIL 062 RUSMIL"));
  EXPECT_THAT(Code("Suicide bombers killed 12 people at a market in Kabul."), ElementsAre("AFGINS 1831 AFGCVL"));
}

TEST(BuiltinCodingAgents, AnAssaultOnAMarketIsBusiness) {
  EXPECT_THAT(Code("Japanese carmakers launched a full-scale assault on India's booming SUV market on Tuesday, unveiling "
                   "six new models at a show in New Delhi."),
              IsEmpty());
}


TEST(BuiltinCodingAgents, ANounBeforeACommaIsNoAdjectiveUnlessAListGoesOn) {
  EXPECT_THAT(Code("KATHMANDU, March 28 (AFP) - Police in Nepal's capital fired tear gas on Friday at royalists. They "
                   "arrested more than 100 people, including a former home minister."),
              ElementsAre("NPLCOP 175 NPLOPP", "NPLCOP 173 NPLCVL"));
  // "military, political and economic cooperation" is still a list of adjectives.
  EXPECT_THAT(Code("Turkey cemented the existing military, political and economic cooperation with Azerbaijan."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr("---MIL"))));
}

TEST(BuiltinCodingAgents, AnObjectPronounIsTheOtherActorOfItsSentence) {
  EXPECT_THAT(Code("Taiwan's coast guard radioed two Chinese coast guard ships near Kinmen on Tuesday, telling them to "
                   "leave the island's restricted waters at once."),
              ElementsAre("TWNMIL 100 CHNMIL"));
}

TEST(BuiltinCodingAgents, WeighingWhetherToActIsConsideringIt) {
  EXPECT_THAT(Code("Thailand is considering whether to reopen border crossings with Cambodia."), ElementsAre("THA 014 KHM"));
  EXPECT_THAT(Code("Thailand is examining whether to reopen border crossings with Cambodia."), ElementsAre("THA 014 KHM"));
  // A condition stays one: "whether" before a clause of its own.
  EXPECT_THAT(Code("It is unclear whether Thailand reopened border crossings with Cambodia."), IsEmpty());
}

TEST(BuiltinCodingAgents, ForceOrCountermeasuresVowedAreThreatsAndNotBowingIsRefusingToYield) {
  EXPECT_THAT(Code("North Korea said on Sunday it would answer a planned U.S. exercise with overwhelming force."),
              ElementsAre("PRK 138 USA"));
  EXPECT_THAT(Code("China's commerce ministry said on Wednesday it would not bow to U.S. pressure."),
              ElementsAre("CHNGOV 124 USA"));
  EXPECT_THAT(Code("The doctor answered questions from reporters on Sunday."), IsEmpty());
}

TEST(BuiltinCodingAgents, CurfewsEmergenciesVerdictsAndRetreatsFindTheirTarget) {
  // On the source's own country when no place is named; on the place's country after "from".
  EXPECT_THAT(Code("Ecuador's government lifted the nighttime curfew in four provinces on Monday."),
              ElementsAre("ECUGOV 0813 ECU"));
  EXPECT_THAT(Code("Ecuador's government declared a state of emergency in three provinces on Monday."),
              ElementsAre("ECUGOV 1724 ECU"));
  EXPECT_THAT(Code("A court in Belarus found an opposition activist guilty of treason on Friday."),
              ElementsAre("BLRJUD 116 BLROPP"));
  EXPECT_THAT(Code("Russian troops withdrew from Kherson on Friday."), ElementsAre("RUSMIL 0874 UKR"));
}

TEST(BuiltinCodingAgents, AStatementCarryingItsOwnCountrysActIsThatAct) {
  EXPECT_THAT(Code("Rubio told Bourita the United States still recognised Moroccan sovereignty over Western Sahara."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr(" 010 "))));
}

TEST(BuiltinCodingAgents, TheTwoLeadersAreTheLastTwoPeopleNamed) {
  EXPECT_THAT(Code("Indian Prime Minister Narendra Modi arrived in the United Arab Emirates on Tuesday. He held talks with "
                   "President Mohamed bin Zayed on trade, energy and the war in Gaza. The two leaders signed a bilateral "
                   "investment treaty after the meeting."),
              ::testing::IsSupersetOf({"INDGOV 057 AREGOV", "AREGOV 057 INDGOV"}));
}

TEST(BuiltinCodingAgents, AnOrganisationsChairmanIsTheOrganisationAndAPersonHeCanReferTo) {
  EXPECT_THAT(Code("The African Union's commission chairman met Sudan's army chief in Addis Ababa on Friday. He urged the "
                   "army to agree to a humanitarian ceasefire with the Rapid Support Forces."),
              ElementsAre("IGOAFRAFU 040 SDNMIL", "IGOAFRAFU 0256 SDNMIL"));
}

TEST(BuiltinCodingAgents, ANounBetweenADemonymAndItsAgentBelongsToThePhrase) {
  EXPECT_THAT(Code("NIAMEY, June 21 (Reuters) - Niger's military government revoked the licence of a French uranium "
                   "company on Friday. The company said it had filed a case against Niger at an arbitration court."),
              ::testing::Contains("FRABUS 115 NER"));
  EXPECT_THAT(Code("Gunmen took three Chinese engineers hostage in Nigeria."), ElementsAre("NGAUAF 181 CHN"));
}

TEST(BuiltinCodingAgents, TheSamePluralNounRefersBackWhateverItsAgent) {
  EXPECT_THAT(Code("Kenyan police officers began joint patrols with Haitian police on Thursday. Kenyan President William "
                   "Ruto praised the officers for their courage."),
              ::testing::Contains("KENGOV 051 KENCOP"));
}

TEST(BuiltinCodingAgents, CooperationThatMayHappenIsConsideredByItsActorAndAForecastByOthers) {
  EXPECT_THAT(Code("Seoul said on Monday it might send weapons directly to Kyiv."), ElementsAre("KOR 014 UKR"));
  EXPECT_THAT(Code("Officials said Israel and Hamas could sign a ceasefire agreement as early as next week."), IsEmpty());
  // Force that may be used stays a threat.
  EXPECT_THAT(Code("Russia could attack NATO within five years, Germany's defence minister said."),
              ElementsAre("RUS 138 IGOWSTNAT"));
}

TEST(BuiltinCodingAgents, StudentsAStatesPoliceActOnAreItsOwn) {
  EXPECT_THAT(Code("Bangladeshi police fired rubber bullets and tear gas at students on the campus of Dhaka University on "
                   "Tuesday, leaving dozens wounded."),
              ElementsAre("BGDCOP 175 BGDEDU"));
}

TEST(BuiltinCodingAgents, AnObligationInALaterThatClauseIsADemand) {
  EXPECT_THAT(Code("Denmark's prime minister told Washington on Tuesday that Greenland was not for sale and that the "
                   "United States must respect the island's right to decide its own future."),
              ElementsAre("DNKGOV 100 USA"));
  // The actor of a prepositional phrase is not the one obliged.
  EXPECT_THAT(Code("India said no on Thursday to Donald Trump's offer to mediate over Kashmir, insisting that every issue "
                   "with Pakistan must be settled bilaterally."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr(" 100 "))));
}
TEST(BuiltinCodingAgents, ADoerOfNoCountryIsNoSideUnlessItsVictimsGiveItOne) {
  // Hackers no sentence gives a country: whose act it was is unknown.
  EXPECT_THAT(Code("Hackers broke into the email system of the Czech foreign ministry, Prague said on Friday."), IsEmpty());
  // Gunmen who carry off a country's pupils are that country's.
  EXPECT_THAT(Code("Gunmen swooped on a school and carried off Nigerian pupils."), ElementsAre("NGAUAF 181 NGAEDU"));
}

TEST(BuiltinCodingAgents, ForeignTroopsAndStateOrgansOfNoCountryAreNoSide) {
  // "foreign troops" are of no country named: not the junta's own army.
  EXPECT_THAT(Code("\"We will not accept foreign troops on our soil,\" Mali's junta leader said on Saturday."), IsEmpty());
  // "The government" of no country named is no side of an event.
  EXPECT_THAT(Code("The government condemned the attack on Sunday."), IsEmpty());
  EXPECT_THAT(Code("Protesters accused the army of killing civilians."), IsEmpty());
  // Traders protesting against "the government" protest against their own.
  EXPECT_THAT(Code("Pakistani traders pulled down their shutters in protest against the government's tax on retailers."),
              ElementsAre("PAKBUS 1432 PAKGOV"));
}

TEST(BuiltinCodingAgents, ANounOfTheSameRoleJoinedByAndSharesTheModifiersCountry) {
  // "British warplanes and warships": British warships, not Yemen's, where they struck.
  EXPECT_THAT(Code("U.S. and British warplanes and warships struck more than a dozen Houthi targets in Yemen early on "
                   "Friday."),
              ElementsAre("USAMIL 195 YEMREB", "GBRMIL 195 YEMREB"));
}

TEST(BuiltinCodingAgents, PeopleBeforeAParticleAreNoModifier) {
  // "hauled students out of", "drove protesters out of": the people are the object.
  EXPECT_THAT(Code("Iranian security agents hauled students out of their homes in Tehran."), ElementsAre("IRNCOP 173 IRNEDU"));
  EXPECT_THAT(Code("Kenyan police drove protesters out of the square on Tuesday."), ElementsAre("KENCOP 175 KENOPP"));
  // "struck 53 political parties off the register": the parties are the object.
  EXPECT_THAT(Code("The Egyptian government struck 53 political parties off the register."), ElementsAre("EGYGOV 1722 EGYPTY"));
  // Thrown out of work is no expulsion.
  EXPECT_THAT(Code("Cheap Indonesian nickel is throwing thousands of Australian miners out of work."), IsEmpty());
}

TEST(BuiltinCodingAgents, ACoalitionsForcesAreTheCountryThatLeadsIt) {
  EXPECT_THAT(Code("Saudi-led coalition warplanes struck Houthi positions near Marib on Sunday."),
              ElementsAre("SAUMIL 195 YEMREB"));
}

TEST(BuiltinCodingAgents, AnEthnicGroupNamedWithItsCountryIsThatCountrys) {
  // "Bosnian Serb": of Bosnia, whatever Serbia's name in it.
  EXPECT_THAT(Code("Bosnian Serb leader Milorad Dodik criticised the Bosnian constitutional court on Monday."),
              Contains(::testing::StartsWith("BIHGOV 111 BIH")));
}

TEST(BuiltinCodingAgents, ADatelinesCountryAfterItsCityDecides) {
  // "VALENCIA, Spain": Spain's Valencia, not Venezuela's.
  std::vector<std::string> events = testing::Triples(testing::CodeText(
      testing::BuiltinCoder(),
      "VALENCIA, Spain, Nov 9 (Reuters) - Tens of thousands of protesters marched through the city on Saturday demanding "
      "the resignation of the region's leader.",
      "2024-11-09"));
  EXPECT_THAT(events, Contains(::testing::StartsWith("ESPOPP")));
  EXPECT_THAT(events, Not(Contains(::testing::StartsWith("VEN"))));
}

TEST(BuiltinCodingAgents, ACountryAfterCentralIsThePlaceNamed) {
  EXPECT_THAT(Code("Militants ambushed an army convoy in central Mali on Sunday."), ElementsAre("MLIINS 190 MLIMIL"));
}

TEST(BuiltinCodingAgents, ACountrysCharityIsThatCountrysNGO) {
  EXPECT_THAT(Code("Italian authorities impounded the German charity rescue ship Sea-Watch 5 for 20 days on Monday."),
              Contains(::testing::EndsWith(" DEUNGO")));
}

}  // namespace
TEST(BuiltinCodingAgents, PeopleAPatternNamesAreWhomAReleaseIsDoneTo) {
  EXPECT_THAT(Code("Belarus freed 18 journalists on Wednesday."), ElementsAre("BLR 0841 BLRMED"));
  EXPECT_THAT(Code("Belarus freed 18 political prisoners on Wednesday, including an opposition journalist."),
              ElementsAre("BLR 0841 BLROPP"));
  // Two sides that swap prisoners act on each other, not on the prisoners.
  EXPECT_THAT(Code("Ukraine and Russia swapped 84 prisoners of war each on Wednesday."),
              ElementsAre("UKR 0841 RUS", "RUS 0841 UKR"));
}

TEST(BuiltinCodingAgents, TheIslandIsTheIslandStateLastNamed) {
  EXPECT_THAT(Code("Taiwan's military raised its combat readiness on Thursday as China began two days of drills around "
                   "the island."),
              ::testing::Contains("CHN 150 TWN"));
  EXPECT_THAT(Code("Cuban police arrested 30 protesters in Havana. The United States condemned the crackdown on the "
                   "island."),
              ElementsAre("CUBCOP 173 CUBOPP", "USA 111 CUB"));
}

TEST(BuiltinCodingAgents, ShipsSentAsTheMeansOfDrillsAreNoAid) {
  EXPECT_THAT(Code("China launched large-scale military drills around Taiwan on Monday, sending warships and fighter jets "
                   "to encircle the island."),
              ElementsAre("CHN 150 TWN"));
}

TEST(BuiltinCodingAgents, PresentAndSinceClausesAreBackground) {
  // A present passive relative, a place's present-perfect relative and a "since" clause tell
  // what is so or what was, not what happened (the claim codes nothing of its own; the drills
  // where the UAE claims are aimed at it).
  EXPECT_THAT(Code("Iran's Revolutionary Guards staged large-scale naval drills on Tuesday around three Gulf islands that "
                   "are also claimed by the United Arab Emirates."),
              ElementsAre("IRNMIL 150 ARE"));
  EXPECT_THAT(Code("Colombian President Gustavo Petro suspended peace talks with the ELN guerrillas on Friday, in the "
                   "Catatumbo region, where fighting has killed more than 80 people this week."),
              ElementsAre("COLGOV 164 COLREB"));
  EXPECT_THAT(Code("Colombian President Gustavo Petro arrived in Caracas on Tuesday for his first visit since the two "
                   "countries restored relations."),
              ElementsAre("COLGOV 042 VEN"));
}

TEST(BuiltinCodingAgents, MillionsExpelledAreAMassExpulsion) {
  EXPECT_THAT(Code("Iran has expelled more than 1.2 million Afghans since the start of the year."),
              ElementsAre("IRN 201 AFG"));
}

TEST(BuiltinCodingAgents, NamedArmedGroupsAreBodiesNotPeople) {
  // "National Liberation Army" names a body: "the group" and "them" can refer back to it, and
  // its own role is not doubled by the agent after it.
  EXPECT_THAT(Code("Colombia proposed talks with the National Liberation Army on Monday. The group accused Colombia of "
                   "breaking the truce."),
              ::testing::Contains("COLREB 1123 COL"));
  EXPECT_THAT(Code("Colombian President Gustavo Petro suspended peace talks with the ELN guerrillas on Friday, accusing "
                   "them of war crimes."),
              ElementsAre("COLGOV 164 COLREB", "COLGOV 1121 COLREB"));
}

TEST(BuiltinCodingAgents, APossessiveHoldsForBothNounsItJoins) {
  EXPECT_THAT(Code("Brazil called on Venezuela's government and opposition on Thursday to find a way out of the crisis."),
              ElementsAre("BRA 020 VENGOV", "BRA 020 VENOPP"));
}

TEST(BuiltinCodingAgents, ACountryNamedWithTheIsAPlace) {
  EXPECT_THAT(Code("Gunmen kidnapped nine Chinese workers from a gold mine in the Central African Republic's southwest on "
                   "Sunday."),
              ElementsAre("CAFUAF 181 CHNLAB"));
}

TEST(BuiltinCodingAgents, AnAgentThenACountryIsNoOnePhrase) {
  // "any drug trafficker Washington asks for": the trafficker is not Washington's.
  EXPECT_THAT(Code("Guatemala vowed on Wednesday to extradite any drug trafficker Washington asks for."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr("USACRM"))));
}

TEST(BuiltinCodingAgents, TheAgentOfAListIsEveryListedCountrys) {
  EXPECT_THAT(Code("Troops from Kazakhstan, Kyrgyzstan and Tajikistan began joint counterterrorism exercises near Dushanbe "
                   "on Tuesday."),
              ::testing::IsSupersetOf({"KAZMIL 062 KGZMIL", "KGZMIL 062 TJKMIL", "TJKMIL 062 KAZMIL"}));
}

TEST(BuiltinCodingAgents, ACounterpartIsAnOfficeHolderOfItsCountry) {
  EXPECT_THAT(Code("Malaysian Prime Minister Anwar Ibrahim hosted his Thai counterpart Paetongtarn Shinawatra in Putrajaya "
                   "on Monday."),
              ElementsAre("MYSGOV 043 THAGOV"));
  // A counterpart inside a prepositional parenthetical is not the subject.
  EXPECT_THAT(Code("Mexico's foreign minister, in a letter to her US counterpart, rejected Washington's proposal to deploy "
                   "American troops against drug cartels."),
              ElementsAre("MEXGOV 120 USA"));
}

TEST(BuiltinCodingAgents, TheTwoAloneAreTheLastTwoNamed) {
  EXPECT_THAT(Code("Malaysian Prime Minister Anwar Ibrahim hosted his Thai counterpart Paetongtarn Shinawatra in Putrajaya "
                   "on Monday, and the two discussed a stalled gas field in the Gulf of Thailand."),
              ElementsAre("MYSGOV 043 THAGOV", "MYSGOV 040 THAGOV", "THAGOV 040 MYSGOV"));
}

TEST(BuiltinCodingAgents, AVisitToTheCountryIsToAnotherThanTheVisitorsOwn) {
  EXPECT_THAT(Code("Guatemalan President Bernardo Arevalo thanked Washington on Wednesday, as U.S. Secretary of State "
                   "Marco Rubio paid his first visit to the country."),
              ::testing::Contains("USAGOV 042 GTM"));
}

TEST(BuiltinCodingAgents, HeIsNotThePersonSheWas) {
  EXPECT_THAT(Code("HONIARA, June 14 (Reuters) - Australian Foreign Minister Penny Wong met Solomon Islands Prime Minister "
                   "Jeremiah Manele in Honiara on Friday. She pledged 50 million Australian dollars to expand the Solomon "
                   "Islands police force. He thanked Australia for the money."),
              ::testing::Contains("SLBGOV 051 AUS"));
}

TEST(BuiltinCodingAgents, PlansAfterItsSubjectIsTheVerbOfIntent) {
  EXPECT_THAT(Code("Germany plans to send more tanks to Ukraine."), ElementsAre("DEU 0332 UKR"));
  // "a plan to" is still a noun: what it plans did not happen.
  EXPECT_THAT(Code("Germany unveiled a plan to send more tanks to Ukraine."), ::testing::Not(::testing::Contains("DEU 074 UKR")));
}

TEST(BuiltinCodingAgents, APresentFormAfterTheAndANationalityIsANoun) {
  EXPECT_THAT(Code("The Pentagon remained tight-lipped about the Israeli strike on the consulate."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr(" 19"))));
}

TEST(BuiltinCodingAgents, AnActDatedDaysBeforeTheNewsIsItsBackground) {
  // Reported days ago (and dated then), so not coded again with today's date.
  EXPECT_THAT(Code("Pakistan closed its border crossings with India on Thursday, two weeks after gunmen killed 26 tourists "
                   "in Kashmir."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr(" 18"))));
  // A bare "after" clause is news of its own.
  EXPECT_THAT(Code("Iran summoned Berlin's ambassador on Sunday after Germany closed Iranian consulates."),
              ::testing::Contains("DEU 161 IRNGOV"));
}

TEST(BuiltinCodingAgents, ACompanysMarketTalkIsNoPoliticalEvent) {
  // A company named by its trade ("Korean chipmaker", "Swiss jeweller") is a business; what it
  // does to rivals, shareholders or a market is business, however martial the words.
  EXPECT_THAT(Code("Swiss jeweller Lumina launched an assault on the watch market on Monday, undercutting its Paris rivals."),
              IsEmpty());
  EXPECT_THAT(Code("Korean chipmaker Hanil fought off a hostile bid from Japan's Kuroda Holdings on Friday."), IsEmpty());
  EXPECT_THAT(Code("The board of Brazilian steelmaker Ferro rejected a proposal by activist shareholders."), IsEmpty());
  // A company's dealings with a government are still events.
  EXPECT_THAT(Code("Russia's government seized the assets of a German carmaker on Tuesday."),
              Contains(::testing::StartsWith("RUSGOV 17")));
}

TEST(BuiltinCodingAgents, BrusselsActingIsTheEuropeanUnionUnlessBelgiumIsNamed) {
  EXPECT_THAT(Code("Hungary rejected on Monday demands from Brussels to change its asylum law."),
              Contains(::testing::StartsWith("HUN 12")));
  EXPECT_THAT(Code("Hungary rejected on Monday demands from Brussels to change its asylum law."),
              Contains(::testing::EndsWith(" IGOEUREEC")));
  // Belgium named: its capital is its government.
  EXPECT_THAT(Code("Rwanda accused Belgium of meddling and cut diplomatic ties with Brussels on Monday."),
              ::testing::Not(Contains(::testing::HasSubstr("IGOEUREEC"))));
  // Whom criticism is aimed at is no place: "lashed out at Brussels", "took aim at Brussels".
  EXPECT_THAT(Code("Poland's prime minister lashed out at Brussels on Tuesday over the new migration rules."),
              Contains(::testing::EndsWith(" IGOEUREEC")));
  EXPECT_THAT(Code("Slovakia's prime minister took aim at Brussels on Tuesday over the gas transit ban."),
              ::testing::Not(Contains(::testing::EndsWith(" BEL"))));
  // But a place it still is: "protested at Brussels airport" aims at no one.
  EXPECT_THAT(Code("Farmers protested at Brussels airport on Tuesday."), ::testing::Not(Contains(::testing::HasSubstr("IGOEUREEC"))));
}

}  // namespace tidings::extract
