// The built-in dictionaries on finding a verb's subject and object when the phrase around them
// looks like something else: a country named after "the island nation of", a subject set off
// by an appositive, a name that is also an auxiliary ("Do Kwon"), a compound subject whose
// talks need no "with", and media named by the kind of outlet they are.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

std::vector<std::string> Code(const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2025-06-12"));
}

TEST(BuiltinCodingSubjects, ACountryAfterIslandNationOfIsTheSubject) {
  EXPECT_THAT(Code("The Indian Ocean island nation of Maldives cut diplomatic ties with Israel on Sunday."),
              ElementsAre("MDV 161 ISR"));
  EXPECT_THAT(Code("The Gulf kingdom of Bahrain cut diplomatic ties with Qatar in 2017."), ElementsAre("BHR 161 QAT"));
}

TEST(BuiltinCodingSubjects, RecognitionSwitchedToAnotherCapitalIsRecognition) {
  EXPECT_THAT(Code("Honduras switched its diplomatic recognition to Beijing on Sunday."), ElementsAre("HND 054 CHN"));
  // No recognition named: the verb alone codes nothing.
  EXPECT_THAT(Code("Honduras switched to a floating exchange rate on Sunday."), IsEmpty());
}

TEST(BuiltinCodingSubjects, APastTenseAfterAnAppositiveHasTheActorBeforeItAsSubject) {
  EXPECT_THAT(Code("Qatar's emir, Sheikh Tamim bin Hamad, rang Egypt's president on Friday."),
              ElementsAre("QATGOV 041 EGYGOV"));
  // "ring" after a determiner is the noun.
  EXPECT_THAT(Code("Police in Nigeria broke up a ring of drug smugglers in Abuja."), ElementsAre("NGACOP 175 NGACRM"));
}

TEST(BuiltinCodingSubjects, ACapitalisedAuxiliaryMidSentenceIsAName) {
  EXPECT_THAT(Code("Police in Serbia arrested South Korean businessman Do Hyun at Belgrade airport on Monday."),
              ElementsAre("SRBCOP 173 KORBUS"));
}

TEST(BuiltinCodingSubjects, CountriesThatWrapUpTalksTalkedToEachOther) {
  EXPECT_THAT(Code("The foreign ministers of Ethiopia and Eritrea wrapped up three days of talks in Riyadh on Monday."),
              ElementsAre("ETHGOV 046 ERIGOV", "ERIGOV 046 ETHGOV"));
}

TEST(BuiltinCodingSubjects, AnOutletIsTheMedia) {
  EXPECT_THAT(Code("Police in Kazakhstan detained five journalists of the investigative outlet Vlast on Friday."),
              ElementsAre("KAZCOP 173 KAZMED"));
  EXPECT_THAT(Code("Police in Belarus hauled in the editor of a news site on Tuesday."), ElementsAre("BLRCOP 173 BLRMED"));
}

TEST(BuiltinCodingSubjects, ABaseFormBeforeAPlainNounAndAPastTenseModifiesTheNoun) {
  // "patrol" is no verb here: the boat opened fire, the coast guard's means.
  EXPECT_THAT(Code("An Algerian coast guard patrol boat opened fire on a Moroccan fishing boat on Friday."),
              ElementsAre("DZAMIL 193 MARAGR"));
  // A form of the verb "station" after the noun is no past tense.
  EXPECT_THAT(Code("Haitian Gangs Torch Police Station in Mirebalais"), ElementsAre("HTICRM 1712 HTICOP"));
}

TEST(BuiltinCodingSubjects, AVerbJoinedByAndInsideASubordinateClauseIsThatClausesAct) {
  // The earthquake killed, not the government that asked for help.
  EXPECT_THAT(Code("Nepal's government asked India for tents and medical teams after an earthquake destroyed homes in the "
                   "west and killed at least 20 people."),
              ElementsAre("NPLGOV 0233 IND"));
  // Without a subordinate clause between them, "and" shares the subject.
  EXPECT_THAT(Code("Nepal's government thanked India and asked China for tents."),
              ElementsAre("NPLGOV 051 IND", "NPLGOV 0233 CHN"));
}

TEST(BuiltinCodingSubjects, APresentTenseAfterUntilIsACondition) {
  // Pristina has not lifted anything: no easing.
  EXPECT_THAT(Code("Serbia ruled out talks with Kosovo until Pristina lifts its ban on Serbian goods."),
              Not(Contains(HasSubstr(" 081 "))));
  // A past tense after "until" happened.
  EXPECT_THAT(Code("Azerbaijan kept the road closed until Armenia released the two soldiers."),
              Contains(HasSubstr("ARM 084")));
}

TEST(BuiltinCodingSubjects, AChinatownSaysNothingOfTheCountry) {
  for (const std::string& e : Code("SUVA, May 3 (Reuters) - Protesters set fire to shops in the capital's Chinatown on "
                                   "Friday and tried to storm parliament.")) {
    EXPECT_EQ(e.substr(0, 3), "FJI") << e;
  }
}

TEST(BuiltinCodingSubjects, ThemIsNotARegionNamedAsAPlace) {
  EXPECT_THAT(Code("Indonesia's navy detained 14 Vietnamese fishermen off Natuna in the South China Sea on Monday, "
                   "accusing them of poaching."),
              Contains("IDNMIL 112 VNMAGR"));
}

TEST(BuiltinCodingSubjects, AnIngNounAfterADeterminerAndItsAdjectivesIsNoVerb) {
  // "their first high-level meeting" adds nothing to the talks, and Doha held none.
  EXPECT_THAT(Code("Indian and Chinese officials held talks at Doha's Sheraton hotel on Monday, their first high-level "
                   "meeting since Russia's invasion of Ukraine."),
              ElementsAre("INDGOV 040 CHNGOV", "CHNGOV 040 INDGOV"));
}

TEST(BuiltinCodingSubjects, WhatAnAppealAsksForIsNotDoneEvenWhenTheAppealHasNoActor) {
  for (const std::string& e : Code("Truck drivers in Bogota blocked highways on Monday in a strike to press the government "
                                   "to crack down on gangs that rob their cargo.")) {
    EXPECT_EQ(e.find(" 175 "), std::string::npos) << e;
  }
}

TEST(BuiltinCodingSubjects, AParticipleAfterTheObjectOfAPhrasalVerbDescribesTheObject) {
  // Mexico deports no one: the migrants were deported from the United States.
  for (const std::string& e : Code("Mexico will take in migrants deported from the United States.")) {
    EXPECT_EQ(e.find(" 174 "), std::string::npos) << e;
  }
}

TEST(BuiltinCodingSubjects, TalksAfterThatAreTheSubjectOfALaterModalPastALongModifier) {
  EXPECT_THAT(Code("Chile's foreign minister said on Monday she was hopeful that talks with Bolivia on a new sea-access "
                   "arrangement for the northern port of Arica's container terminal would lead to a deal."),
              ElementsAre("CHLGOV 013 BOL"));
  // With no modal in the clause, "talks" stays a verb: "a country that talks with ...".
  EXPECT_THAT(Code("Chile said it would not negotiate with any government that talks with armed groups in the north."),
              Not(Contains(HasSubstr(" 013 "))));
}

TEST(BuiltinCodingSubjects, InsistingThatAnotherDoSomethingIsADemandOfIt) {
  // A base form after "insist that X" (a subjunctive) is what is demanded of X.
  EXPECT_THAT(Code("Serbia insists that Kosovo dismantle its special police units in the north."),
              ElementsAre("SRB 100 KSV"));
  EXPECT_THAT(Code("Pakistan insisted that India withdraw its troops from the Line of Control."),
              Contains("PAK 1056 IND"));
  // A tense is a claim, not a demand.
  EXPECT_THAT(Code("Serbia insists that Kosovo dismantled the monitoring posts."), Not(Contains(HasSubstr(" 10"))));
  EXPECT_THAT(Code("Pakistan insisted that India had withdrawn its troops."), Not(Contains(HasSubstr(" 10"))));
}

TEST(BuiltinCodingSubjects, HopeThatAnotherWillActIsTowardsIt) {
  EXPECT_THAT(Code("Qatar's foreign minister said on Sunday he was optimistic that Tehran would honour the prisoner deal."),
              ElementsAre("QATGOV 013 IRN"));
  // What the doubt expects of Turkey is no intent of Turkey's.
  EXPECT_THAT(Code("Iraq's prime minister said he saw little chance that Turkey would reopen the border crossing to Iraqi "
                   "trucks this year."),
              ElementsAre("IRQGOV 012 TUR"));
  // About both sides, its own among them: towards no one.
  for (const std::string& e : Code("Peru's president said he was hopeful that Peru and Chile would settle their maritime "
                                   "dispute through dialogue.")) {
    EXPECT_EQ(e.find("013 CHL"), std::string::npos) << e;
  }
}

TEST(BuiltinCodingSubjects, ATitleBeforeANameInAHeadlineIsAnActor) {
  EXPECT_THAT(Code("Egypt Detains Opposition Leader Zahran In Cairo"), ElementsAre("EGY 173 EGYOPP"));
  // A title before a word the dictionaries know still modifies it.
  EXPECT_THAT(Code("Kenya Police Raid Opposition Offices"), ElementsAre("KENCOP 091 KENOPP"));
}

TEST(BuiltinCodingSubjects, APastListedAloneContinuesAPastTenseAfterAnd) {
  // "took" is listed alone ("TOOK {TAKING}"); after "and" it is the same gunmen's act.
  EXPECT_THAT(Code("Gunmen entered a radio station in Port-au-Prince and took five journalists hostage."),
              Contains("HTIUAF 181 HTIMED"));
}

TEST(BuiltinCodingSubjects, APresentFormAfterADeterminerAdjectivesAndADemonymIsANoun) {
  EXPECT_THAT(Code("Iran called the new British sanctions unjustified."), ElementsAre("IRN 111 GBR"));
}

TEST(BuiltinCodingSubjects, AnActDatedADayBeforeTheNewsIsBackgroundWhateverItsSubjectsLength) {
  EXPECT_THAT(Code("The European Union on Monday eased sanctions on Syria's banking sector, a day after President Ahmed "
                   "al-Sharaa's government and the Kurdish-led forces signed a deal on the army."),
              ElementsAre("IGOEUREEC 085 SYR"));
}

TEST(BuiltinCodingSubjects, AnIngWordAfterAPrepositionAndAnAdjectiveIsANoun) {
  // The treaty is the news; the fighting it ends is no act of that day.
  EXPECT_THAT(Code("The presidents of Armenia and Azerbaijan signed a treaty on Friday, ending a conflict that led to "
                   "deadly fighting in 2020."),
              ElementsAre("ARMGOV 057 AZEGOV", "AZEGOV 057 ARMGOV"));
}

TEST(BuiltinCodingSubjects, TheIslandWithItsSeaIsTheIslandStateNamed) {
  EXPECT_THAT(Code("Venezuela shipped diesel to Jamaica last month to help the Caribbean island cope with power cuts."),
              Contains("VEN 070 JAM"));
}

TEST(BuiltinCodingSubjects, TwoPeopleAreACountNotTheTwoCountriesNamed) {
  // The strike killed the farmers (a thing's act: nobody's); "two farmers" are not one of each
  // of the two countries named.
  EXPECT_THAT(Code("Peru's defence ministry opened an inquiry into an air strike near the Bolivian border that killed two "
                   "farmers."),
              Not(Contains(HasSubstr("BOLAGR"))));
  EXPECT_THAT(Code("Peru's defence ministry opened an inquiry into an air strike near the Bolivian border that killed two "
                   "farmers."),
              Not(Contains(HasSubstr(" 190 "))));
}

TEST(BuiltinCodingSubjects, AGerundADayAfterIsBackground) {
  EXPECT_THAT(Code("Egypt's president praised Sudan's army chief on Monday, a day after hosting the Sudanese foreign minister "
                   "in Cairo."),
              Not(Contains(HasSubstr(" 043 "))));
}

TEST(BuiltinCodingSubjects, AParticipleWithATimeAdjunctAfterTheObjectDescribesIt) {
  // India arrested no one: the fishermen were arrested last month (by Sri Lanka, unnamed here).
  for (const std::string& e : Code("Sri Lanka's navy said on Monday it would free 12 Indian fishermen arrested last month.")) {
    EXPECT_EQ(e.find(" 173 "), std::string::npos) << e;
  }
}

TEST(BuiltinCodingSubjects, AHeadlinesCommaJoinsTwoActsOfOneSubject) {
  EXPECT_THAT(Code("Niger Expels French Ambassador, Accuses Paris Of Interference"),
              ElementsAre("NER 161 FRAGOV", "NER 1123 FRA"));
}

TEST(BuiltinCodingSubjects, ItAfterAVerbOfSayingIsTheSpeakerNotThePlaceBeforeIt) {
  EXPECT_THAT(Code("The U.N. peacekeeping force in southern Lebanon said on Friday it had opened an inquiry into an "
                   "attack by Israeli troops."),
              Contains(HasSubstr("IGOUNOPKO 09")));
  // The speaker is the subject right before the verb, not an earlier actor.
  EXPECT_THAT(Code("India struck targets in Pakistan, and Pakistan's army said it had shot down five Indian jets."),
              Not(Contains(HasSubstr("IND 190 INDMIL"))));
}

TEST(BuiltinCodingSubjects, AParticipleAfterAReportedPassiveIsTheReportersAct) {
  EXPECT_THAT(Code("Georgia's prime minister said on Monday he doubted a deal with Abkhazia could be signed this year, "
                   "accusing Moscow of blocking the talks."),
              Contains("GEOGOV 112 RUS"));
}

TEST(BuiltinCodingSubjects, AParticipleAfterACommaIsAnotherActOfTheCompoundOnEachOther) {
  // ", agreeing to resume talks": the negotiators who met agreed with each other, and a meeting
  // does not make their intent the less precise event.
  std::vector<std::string> events = Code("Serbian and Kosovar negotiators met in Brussels on Tuesday, agreeing to resume "
                                         "talks on energy.");
  EXPECT_THAT(events, Contains("SRBGOV 036 KSVGOV"));
  EXPECT_THAT(events, Contains("KSVGOV 036 SRBGOV"));
  // Only a participle that opens its clause at the comma: after "by" it says how the main act
  // was done (sentence_coder_test.cc), and an act on a third party stays one.
  EXPECT_THAT(Code("Serbian and Hungarian police arrested 12 smugglers on Tuesday, seizing 40 kg of heroin."),
              Not(Contains(HasSubstr("SRBCOP 17"))));
}

TEST(BuiltinCodingSubjects, HimIsTheOfficeHolderNamedInItsOwnSentence) {
  // "handed him a note": the charge d'affaires just summoned, not the driver of the sentence
  // before; and "He" after them is that diplomat too.
  std::vector<std::string> events = Code(
      "Lithuanian police said on Monday they had detained a Belarusian truck driver. The foreign ministry summoned "
      "Belarus's charge d'affaires hours later and handed him a note of protest. He rejected the protest as baseless.");
  EXPECT_THAT(events, ElementsAre("LTUCOP 173 BLRLAB", "LTUGOV 114 BLRGOV", "BLRGOV 120 LTUGOV"));
  // "him" is a person: not the party the billionaire founded.
  EXPECT_THAT(Code("The U.S. Treasury imposed sanctions on Friday on Georgian billionaire Bidzina Ivanishvili, the founder "
                   "of the ruling Georgian Dream party, accusing him of undermining democracy."),
              Contains("USAGOV 112 GEOELI"));
}

TEST(BuiltinCodingSubjects, AnActorAfterAPlainNounOpensARelativeClauseWithNoRelativeWord) {
  // "a barter deal the two governments signed in March": what the deal is, not news.
  EXPECT_THAT(Code("Kazakhstan began shipping wheat to Afghanistan on Monday under a barter deal the two governments "
                   "signed in March."),
              ElementsAre("KAZ 061 AFG"));
  // So after an appositive opened by a comma, with no dictionary verb before it.
  EXPECT_THAT(Code("A ship carrying Russian fertiliser docked in Kenya on Friday, the first of several shipments President "
                   "Vladimir Putin promised African leaders last year."),
              IsEmpty());
  // So with "that": the deal is described, not made today.
  EXPECT_THAT(Code("Kazakhstan began shipping wheat to Afghanistan on Monday under a barter deal that the two governments "
                   "signed in March."),
              ElementsAre("KAZ 061 AFG"));
  // But "news that" and "reports that" state what happened.
  EXPECT_THAT(Code("Kenya welcomed news that Somali troops had withdrawn from the border town of Mandera."),
              ElementsAre("SOMMIL 0874 KEN"));
  // After a verb of saying the actor opens the complement, which is news.
  EXPECT_THAT(Code("Ukraine's foreign minister told reporters the Russian army had shelled Kharkiv overnight."),
              ElementsAre("RUSMIL 194 UKR"));
  // A count before the participle's noun: "twelve protesters arrested" describes them.
  EXPECT_THAT(Code("A Georgian court released on bail on Friday twelve protesters arrested during last week's "
                   "demonstrations."),
              Contains(::testing::StartsWith("GEOJUD 084")));
}

TEST(BuiltinCodingSubjects, TheFirstPersonOfAnOpeningQuoteIsTheSpeakerItsAttributionNames) {
  EXPECT_THAT(Code("\"We are ready to sit down with Pyongyang at any time,\" South Korea's unification minister told "
                   "reporters on Monday."),
              ElementsAre("KORGOV 036 PRK"));
  // The attribution may come before the speaker.
  EXPECT_THAT(Code("\"We will never negotiate with terrorists,\" said Nigeria's defence minister."),
              ElementsAre("NGAGOV 125 NGAINS"));
  // So in single quotes, with a comma inside the quote.
  EXPECT_THAT(Code("'We are ready to sit down with Pyongyang at any time, without preconditions,' Japan's prime minister told "
                   "parliament on Monday."),
              ElementsAre("JPNGOV 036 PRK"));
  // A quote with no "we" or "I" lends its speaker no act.
  EXPECT_THAT(Code("\"Talks with Pyongyang are possible at any time,\" South Korea's unification minister told "
                   "reporters on Monday."),
              IsEmpty());
}

TEST(BuiltinCodingSubjects, NegotiatorsForTheSidesAreTheSides) {
  EXPECT_THAT(Code("Negotiators for Colombia's government and the ELN rebel group resumed peace talks in Caracas on Monday."),
              ElementsAre("COLGOV 046 COLREB", "COLREB 046 COLGOV"));
}

TEST(BuiltinCodingSubjects, ALeaderAndHisCounterpartAreOneCompoundSubject) {
  EXPECT_THAT(Code("Japanese Defence Minister Gen Nakatani and his Mongolian counterpart signed a memorandum on defence "
                   "exchanges on Thursday."),
              ElementsAre("JPNGOV 057 MNGGOV", "MNGGOV 057 JPNGOV"));
}

TEST(BuiltinCodingSubjects, ItsOpeningAClauseAfterACommaIsTheSentenceSubjects) {
  // "and its foreign minister": Taipei's, not Honduras's, the last country named.
  EXPECT_THAT(Code("Taipei cut ties with Honduras on Sunday, and its foreign minister accused Beijing of luring away the "
                   "island's allies with money."),
              Contains("TWNGOV 112 CHN"));
  // After a preposition the opening actor is no subject: "its" stays the last country's.
  EXPECT_THAT(Code("In talks with Iran, Oman's envoy met Britain's ambassador, and its foreign minister praised Oman."),
              Not(Contains(::testing::StartsWith("IRNGOV"))));
}

TEST(BuiltinCodingSubjects, AParticipleWithByBeforeTheClausesOwnVerbIsPassive) {
  // "citizens released by Iran arrived in Paris": Iran released them.
  EXPECT_THAT(Code("Two French citizens released by Iran arrived in Paris on Friday."), Contains("IRN 084 FRACVL"));
}

TEST(BuiltinCodingSubjects, AParticipleWithByAfterAPrepositionsObjectIsPassive) {
  // "the crew of a Taiwanese fishing boat detained by the Chinese coast guard": the coast guard
  // detained the boat, not the other way round.
  EXPECT_THAT(Code("Taiwan protested over the crew of a Taiwanese fishing boat detained by the Chinese coast guard near "
                   "the island of Kinmen."),
              Contains("CHNMIL 173 TWNAGR"));
  // (Described as those a release is asked for, the detention is background to the appeal.)
  EXPECT_THAT(Code("Taiwan urged China on Wednesday to free the crew of a Taiwanese fishing boat detained by the Chinese "
                   "coast guard near the island of Kinmen."),
              ::testing::AllOf(Contains("TWN 0253 CHN"), Not(Contains("TWNAGR 173 CHNMIL"))));
}

TEST(BuiltinCodingSubjects, WhatAnActorSaysOfTheThingBeforeWhichIsNoAct) {
  // ", which Tusk called a historic step": no appeal (020) of Tusk's.
  EXPECT_THAT(Code("France and Poland signed a defence treaty on Friday, which Tusk called a historic step."),
              ElementsAre("FRA 057 POL", "POL 057 FRA"));
}

TEST(BuiltinCodingSubjects, TheNationWithAdjectivesIsTheLastCountryNamed) {
  // "the tiny Pacific nation": Tuvalu, named before; not the region's or Australia's.
  EXPECT_THAT(Code("Australia pledged A$10 million to Tuvalu on Monday, and the tiny Pacific nation thanked Canberra."),
              Contains("TUV 051 AUS"));
  // "the war-battered country" is no organisation named after it.
  EXPECT_THAT(Code("Qatar paid off Syria's arrears to the World Bank, clearing the way for the lender to resume grants to "
                   "the war-battered country."),
              Not(Contains(HasSubstr(" IGO"))));
}

TEST(BuiltinCodingSubjects, HisCountryIsThePersonsCountry) {
  EXPECT_THAT(Code("North Korean leader Kim Jong Un said on Monday his country would use nuclear weapons if South Korea "
                   "attacked it."),
              ElementsAre("PRK 1385 KOR"));
  // A recall considered is of an ambassador serving in the other country.
  EXPECT_THAT(Code("Brazil is considering recalling its ambassador from Israel, the foreign minister said on Wednesday."),
              ElementsAre("BRA 014 ISR"));
}

TEST(BuiltinCodingSubjects, AVerbJoinedToABackgroundOneIsBackgroundToo) {
  // "two days after the military seized power and detained Hamdok": both acts are the
  // background the news refers back to.
  EXPECT_THAT(Code("The United States suspended $700 million in aid to Sudan on Monday, two days after the military seized "
                   "power and detained Prime Minister Abdalla Hamdok."),
              Not(Contains(HasSubstr(" 173 "))));
  // "under a security agreement signed by the two governments last year": what the
  // agreement is, not news (after "with" it is: the seed article's 1992 agreement).
  EXPECT_THAT(Code("Australia will pay for police training in Papua New Guinea under a security agreement signed by the "
                   "two governments last year."),
              Not(Contains(HasSubstr(" 057 "))));
  // A state's soldiers killing forty or more civilians commit a mass killing.
  EXPECT_THAT(Code("Burkinabe soldiers slaughtered at least 223 villagers in two villages in the north of Burkina Faso."),
              ElementsAre("BFAMIL 202 BFACVL"));
}

TEST(BuiltinCodingSubjects, ACompoundActingOnEachOtherHasNoOtherTarget) {
  // "with artillery" is the means, no target.
  EXPECT_THAT(Code("Armenian and Azerbaijani forces pounded each other with artillery on Friday."),
              ElementsAre("ARMMIL 194 AZEMIL", "AZEMIL 194 ARMMIL"));
}

}  // namespace
TEST(BuiltinCodingSubjects, WhatNoOneDidHasNoActorAsItsSubject) {
  // A disaster or fighting named before "which", "that" or "where" killed, not the main
  // clause's subject.
  EXPECT_THAT(Code("Japan flew tents and blankets to Turkey on Monday for survivors of the earthquake, which killed more "
                   "than 40,000 people."),
              Not(Contains(::testing::StartsWith("JPN 19"))));
  EXPECT_THAT(Code("Nepal's police opened an inquiry on Friday into the hotel in Pokhara where a fire killed 12 guests."),
              Not(Contains(::testing::StartsWith("NPLCOP 19"))));
  EXPECT_THAT(Code("Armenia and Azerbaijan agreed to a truce on Tuesday, ending two days of border fighting that killed "
                   "more than 200 soldiers."),
              Not(Contains(::testing::HasSubstr(" 19"))));
  // An actor's own act before "that" still carries its agency.
  EXPECT_THAT(Code("Israeli jets carried out strikes in Gaza on Sunday that killed 30 people."),
              Contains(::testing::StartsWith("ISR")));
}

TEST(BuiltinCodingSubjects, AVerbFurtherOnInAPresentPerfectRelativeIsBackground) {
  // What the subject "has spent months" doing describes it; the news is the main verb.
  EXPECT_THAT(Code("Kenya's president, who has spent weeks rallying support against Uganda's new pipeline tariff, "
                   "flew to Kigali on Monday."),
              ElementsAre(::testing::StartsWith("KENGOV 042 RWA")));
  EXPECT_THAT(Code("Bolivia's foreign minister, who has long been criticising Chile's water policy, met the Peruvian "
                   "president in Lima on Tuesday."),
              Not(Contains(HasSubstr(" 11"))));
}

TEST(BuiltinCodingSubjects, AnActorInAHyphenatedModifierIsNoReferentNorAParty) {
  // "the U.N.-brokered truce": the U.N. is no party to breaking it, and "they" are the fighters.
  std::vector<std::string> events = Code(
      "Houthi rebels broke the U.N.-brokered truce on Sunday when they shelled government positions near Taiz.");
  EXPECT_THAT(events, Not(Contains(HasSubstr("IGOUNO"))));
  EXPECT_THAT(events, Contains(::testing::StartsWith("YEMREB 19")));
  // "Qatari-mediated talks": Qatar made the talks, it is not their other side.
  EXPECT_THAT(Code("Hamas walked out of the Qatari-mediated talks on Monday."), Not(Contains(HasSubstr("QAT"))));
  // Written as one word with the name ("EU-brokered"), the participle is no verb either.
  EXPECT_THAT(Code("Armenia walked out of EU-brokered talks with Azerbaijan on Monday."), Not(Contains(HasSubstr(" 045 "))));
}

TEST(BuiltinCodingSubjects, APastParticipleAfterAFormerOfficialInAPhraseDescribesHim) {
  // "against a former Syrian officer arrested in Bavaria": he was arrested; he arrested no one.
  EXPECT_THAT(Code("German prosecutors opened a case against a former Syrian intelligence officer arrested in Bavaria "
                   "last month on suspicion of torturing detainees."),
              Not(Contains(::testing::StartsWith("SYRSPY 17"))));
}

TEST(BuiltinCodingSubjects, AnArabicSurnameIsReferredToWithoutItsArticle) {
  // "al-Sudani" is "Sudani" in a later sentence.
  EXPECT_THAT(Code("Iraqi Prime Minister Mohammed Shia al-Sudani met Iran's foreign minister in Baghdad on Monday. "
                   "Sudani thanked Iran for its help against Islamic State."),
              Contains(::testing::StartsWith("IRQGOV 051 IRN")));
}

TEST(BuiltinCodingSubjects, TheTwoMenAreTheLastTwoPeopleNamed) {
  EXPECT_THAT(Code("Kenyan President William Ruto flew to Kampala on Monday for talks with Ugandan President Yoweri "
                   "Museveni. The two men agreed to set up a joint force."),
              ::testing::IsSupersetOf({"KENGOV 0312 UGAGOV", "UGAGOV 0312 KENGOV"}));
}

TEST(BuiltinCodingSubjects, AnAttributionAfterACommaIsNoPartOfAList) {
  // "..., diplomats and residents said": those who said it are no targets of the act reported.
  EXPECT_THAT(Code("NAIROBI, Feb 21 (Reuters) - Sudan moved troops towards its border with Chad, diplomats and residents "
                   "said on Friday."),
              ElementsAre(::testing::StartsWith("SDN 154 TCD")));
}

TEST(BuiltinCodingSubjects, AFiniteVerbAfterAndJoinsTheFiniteVerbNotItsInfinitive) {
  // "summoned Iran's envoy to protest ... and recalled its ambassador": Germany recalled.
  EXPECT_THAT(Code("France summoned Iran's ambassador on Tuesday to protest against the execution of a French citizen and "
                   "recalled its own envoy from Tehran."),
              Contains(::testing::StartsWith("FRA 161")));
}

TEST(BuiltinCodingSubjects, ACountrysNamedLeaderIsOneActor) {
  // "Russia's Vladimir Putin and China's Xi Jinping met": two leaders, each one actor.
  EXPECT_THAT(Code("Russia's Vladimir Putin and China's Xi Jinping met in Beijing on Thursday."),
              ElementsAre("RUSGOV 040 CHNGOV", "CHNGOV 040 RUSGOV"));
  EXPECT_THAT(Code("Argentina's Javier Milei criticised Brazil's Luiz Inacio Lula da Silva on Monday."),
              Contains(::testing::StartsWith("ARGGOV 11")));
}

}  // namespace tidings::extract
