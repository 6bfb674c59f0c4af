// Precision of acts that a sentence does not report as done: an obligation ("X must withdraw
// its troops, Y said") is the speaker's demand, not the act; a condition opened by "as long as"
// and an act "without" which something happened did not happen; what the subject of a sentence
// "had" done, in a relative clause before its verb, is background. A short quotation modifying
// a noun ('struck a "one in, one out" deal') counts as one word between a verb and its pattern's
// noun. What is only suspected ("signs that", "evidence that"), a verb joined by "and" to an
// alleged act, and a reason given with a perfect gerund ("for having taken in") are no acts.
// Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// An obligation a sentence opens with, attributed after a comma, is the speaker's demand of the
// one obliged (10x), never the act itself; with no attribution, or one's own obligation, nothing.
TEST(WireCoverage44, ObligationBeforeItsAttributionIsTheSpeakersDemand) {
  ExpectExactly("Serbia must withdraw its troops from the boundary with Kosovo, Kosovo Prime Minister Albin Kurti "
                "told reporters on Monday.",
                {"KSVGOV 1056 SRB"});
  ExpectExactly("Venezuela must free all political prisoners, said U.S. Secretary of State Antony Blinken.",
                {"USAGOV 1053 VEN"});
  ExpectCoded({
      {"Iran should release the detained French tourists immediately, France's foreign minister said on Tuesday.",
       "FRAGOV 1053 IRN"},
      {"\"Ethiopia must pull its soldiers out of Somali territory,\" Somalia's president told parliament on "
       "Sunday.",
       "SOMGOV 1056 ETH"},
      {"Armenia must pull its troops back from the border, Azerbaijan's defence minister, Zakir Hasanov, said.",
       "AZEGOV 1056 ARM"},
  });
  ExpectNotCoded({
      {"Serbia must withdraw its troops from the boundary with Kosovo, Kosovo Prime Minister Albin Kurti told "
       "reporters on Monday.",
       "0874"},
      {"Germany must spend more on defence, Chancellor Olaf Scholz said on Friday.", ""},
      {"Russia must withdraw its troops from Moldova.", ""},
      {"Rwanda should pull its forces out of eastern Congo.", ""},
  });
}

// "As long as" and "so long as" open a condition: what it names is not reported as done.
TEST(WireCoverage44, AsLongAsOpensACondition) {
  ExpectNotCoded({
      {"India said relations with China would not be normal for as long as Chinese troops remained massed along "
       "the border.",
       "154"},
      {"Seoul said it would keep sanctions in place for as long as North Korean troops fought alongside Russian "
       "forces.",
       "19"},
      {"Ankara will not restore ties with Damascus so long as Syrian forces shell Turkish border towns, the "
       "minister said.",
       "19"},
  });
  // The act outside the condition is still coded.
  ExpectCoded({
      {"Ankara will not restore ties with Damascus so long as Syrian forces shell Turkish border towns, the "
       "minister said.",
       "TUR 12"},
  });
}

// What was done "without" an act ("without consulting Wellington") is no act.
TEST(WireCoverage44, ActDoneWithoutIsNotDone) {
  ExpectNotCoded({
      {"New Zealand warned the Cook Islands it could cut aid if the islands signed a deal with China without "
       "consulting Wellington first.",
       "04"},
      {"Japan accused China of sending coast guard ships into its waters without notifying Tokyo.", "04"},
      {"The Malian junta signed the mining code without consulting France.", ""},
      {"Israeli troops withdrew from the town without firing on Palestinian police.", "19"},
  });
  ExpectCoded({
      {"Ethiopia warned Sudan it would respond if Sudanese troops crossed the border without consulting Addis "
       "Ababa.",
       "ETH 13"},
  });
}

// Set off by commas between a subject and its verb, a "who had ..." clause tells what the subject
// had done before: background; the sentence's own act is coded. After an object, as before.
TEST(WireCoverage44, PluperfectRelativeBeforeTheVerbIsBackground) {
  ExpectExactly("Lavrov, who had met Chinese Foreign Minister Wang Yi two days earlier, criticised Washington on "
                "Friday.",
                {"RUSGOV 111 USA"});
  ExpectExactly("Kenya's president, who had expelled the Sudanese ambassador last week, met rebel leaders in Nairobi "
                "on Monday.",
                {"KENGOV 040 KENREB"});
  ExpectNotCoded({
      {"Pakistan's foreign minister, who had recalled the ambassador from Tehran two days earlier, spoke by "
       "telephone with his Iranian counterpart on Friday.",
       "161"},
      {"Turkey, which had threatened Greece, signed a deal with Egypt.", "13"},
  });
  ExpectCoded({
      {"Turkey, which had threatened Greece, signed a deal with Egypt.", "TUR 057 EGY"},
      // (Not a relative between the subject and its verb: the plain news of "who had".)
      {"Poland's president, who arrived in Kyiv on Tuesday, met Ukrainian President Volodymyr Zelenskiy.",
       "POLGOV 04"},
  });
}

// A quotation of a few words inside a noun phrase is one word for the gap between a verb and its
// pattern's noun: 'struck a "one in, one out" deal' is the deal (057), no strike (190). A quoted
// object followed by a preposition is not skipped.
TEST(WireCoverage44, QuotedModifierIsOneWordOfItsNounPhrase) {
  ExpectExactly("Italy and Albania struck a \"first of its kind\" migration deal on Monday.",
                {"ITA 057 ALB", "ALB 057 ITA"});
  ExpectExactly("Turkey and Iraq reached a \"strategic and lasting\" water-sharing agreement on Tuesday.",
                {"TUR 057 IRQ", "IRQ 057 TUR"});
  ExpectCoded({
      {"Russian and Chinese warships began a joint \"Northern Interaction\" exercise in the Sea of Japan on Monday.",
       "RUSMIL 062 CHNMIL"},
      {"Kenya signed a \"historic, comprehensive\" security agreement with Haiti on Friday.", "KEN 057 HTI"},
  });
  ExpectNotCoded({
      {"Britain and France struck a \"one in, one out\" deal on Thursday.", "190"},
      {"The striker struck a \"wonder goal\" in the final minute.", ""},
      {"Tesla struck a \"transformational\" supply deal with a Chinese battery maker.", ""},
  });
}

// The content of a suspicion ("signs that", "evidence that", "fears that") is not reported as
// done; nor is a verb joined by "and" to an alleged one, past a participle of its subject.
TEST(WireCoverage44, SuspectedOrAllegedActsAreNotDone) {
  ExpectNotCoded({
      {"Seoul said it had seen signs that Pyongyang was preparing to launch a missile toward Japan.", "19"},
      {"South Korea's military raised its alert level, saying it had spotted signs that North Korea was preparing "
       "to blow up the roads.",
       "18"},
      {"Kyiv cited evidence that Russian troops had executed Ukrainian prisoners of war.", "18"},
      {"Markets fell amid fears that China would invade Taiwan.", ""},
      {"The U.N. said it was looking into reports that migrants deported by Mexico had been beaten and denied "
       "contact with lawyers in Guatemala.",
       "016"},
      {"Rwanda denied reports that its troops had crossed into Congo and attacked Congolese soldiers.", "19"},
  });
  // Acts joined by "and" that are reported as done stay coded.
  ExpectExactly("Kenyan police arrested 12 protesters and detained two journalists, officials said.",
                {"KENCOP 173 KENOPP", "KENCOP 173 KENMED"});
}

// "Thanked X for having done": the reason of the thanks, as "for doing" is, no act of its own.
TEST(WireCoverage44, ReasonGivenWithAPerfectGerundIsNoAct) {
  ExpectExactly("Jordan's king thanked Germany for having taken in hundreds of thousands of Syrian refugees.",
                {"JORGOV 051 DEU"});
  ExpectExactly("Zelenskiy thanked Poland for having supplied tanks to Ukraine.", {"UKRGOV 051 POL"});
  ExpectExactly("Albania's prime minister thanked Italy for having welcomed thousands of Albanian migrants.",
                {"ALBGOV 051 ITA"});
}

// A relative clause between a subject and its verb dated before the news ("last week", "two
// days ago") is background; one dated to the news's own day is news.
TEST(WireCoverage44, RelativeDatedBeforeTheNewsIsBackground) {
  ExpectExactly("Lavrov, who met Chinese Foreign Minister Wang Yi last week, criticised Washington on Friday.",
                {"RUSGOV 111 USA"});
  ExpectExactly("Erdogan, who visited Baghdad two weeks ago, criticised Israel on Monday.", {"TURGOV 111 ISR"});
  ExpectCoded({{"Lavrov, who arrived in Pyongyang on Tuesday, praised North Korea.", "RUSGOV 042 PRK"}});
}

// "Ways" or "options" to do an act are the topic of talks, not the act: "discussed ways to end the
// war" is the talks (04x), no de-escalation.
TEST(WireCoverage44, WaysToActAreTheTopicOfTalks) {
  ExpectExactly("Macron and Scholz discussed ways to end the war in Ukraine on Tuesday.",
                {"FRAGOV 040 DEUGOV", "DEUGOV 040 FRAGOV"});
  ExpectExactly("The Turkish and Greek foreign ministers met in Athens to explore ways to ease tensions in the Aegean.",
                {"TURGOV 040 GRCGOV", "GRCGOV 040 TURGOV"});
  ExpectNotCoded({
      {"Finnish President Alexander Stubb and U.S. President Donald Trump spoke by telephone on Sunday about ways "
       "to end the war in Ukraine.",
       "08"},
      {"Egypt and Qatar were weighing options to pressure Hamas to release the hostages.", "0"},
      {"The two sides discussed options to lift sanctions on Iran.", "08"},
  });
}

// What one hopes to do ("said they hoped to reach a deal") is not done; the talks the sentence
// reports are.
TEST(WireCoverage44, WhatOneHopesToDoIsNotDone) {
  ExpectExactly("Delegations from Peru and Chile resumed negotiations in Lima on Tuesday, with both sides saying they "
                "hoped to reach a deal before the end of the month.",
                {"PERGOV 046 CHLGOV", "CHLGOV 046 PERGOV"});
  ExpectNotCoded({
      {"Egypt said it hoped to sign a gas deal with Israel before the end of the year.", "057"},
      {"Armenia and Azerbaijan said they hoped to sign a peace treaty within months.", "057"},
      {"Kenya hopes to deploy police officers to Haiti next month, the minister said.", ""},
  });
  ExpectCoded({{"Egypt signed a gas deal with Israel on Tuesday, saying it hoped the deal would boost trade.",
                "EGY 057 ISR"}});
}

// A participle right after an agreement (and its day) says what the agreement does: the signing
// codes the agreement, the participle nothing. After a comma it is the signer's own act.
TEST(WireCoverage44, ParticipleAfterAnAgreementIsItsContent) {
  ExpectExactly("Poland and the United States signed an agreement giving American troops access to Polish bases.",
                {"POL 057 USA", "USA 057 POL"});
  ExpectExactly("Britain and Mauritius signed a treaty handing sovereignty over the Chagos Islands to Mauritius.",
                {"GBR 057 MUS", "MUS 057 GBR"});
  ExpectExactly("The Philippines and Japan signed a defence pact on Monday allowing Japanese troops to train on "
                "Philippine soil.",
                {"PHL 057 JPN", "JPN 057 PHL"});
  ExpectCoded({{"Russia signed a deal with Iran on Friday, sending 20 warplanes to Tehran.", "RUS 074 IRN"}});
}

// Talks an actor says it "would seek" are its intent to meet (036), as a meeting it would hold
// is; sought or urged now, they stay an appeal (026).
TEST(WireCoverage44, TalksItWouldSeekAreAnIntentToMeet) {
  ExpectExactly("South Korea's president said he would seek talks with North Korea.", {"KORGOV 036 PRK"});
  ExpectCoded({{"Japan's prime minister said on Friday he would seek a meeting with Chinese President Xi Jinping next "
                "month.",
                "JPNGOV 036 CHNGOV"}});
  ExpectExactly("Turkey sought a meeting with Syria's president.", {"TUR 026 SYRGOV"});
  ExpectExactly("Ukraine urged Russia to hold talks.", {"UKR 026 RUS"});
}

// A past form right after a name's "a" / "an" appositive and before a preposition describes the
// appositive ("Paul Whelan, a former U.S. Marine jailed in Russia"): no arrest of its own.
TEST(WireCoverage44, ParticipleOfANamesAppositiveDescribesIt) {
  ExpectExactly("Russia freed Paul Whelan, a former U.S. Marine jailed in Russia on espionage charges, in a prisoner "
                "swap.",
                {"RUS 0841 USAMIL"});
  ExpectNotCoded({{"Iran freed Olivier Vandecasteele on Friday in exchange for Assadollah Assadi, an Iranian diplomat "
                   "jailed in Belgium over a plot to bomb a rally.",
                   "173"}});
  ExpectExactly("India demanded that Bangladesh free Chinmoy Das, a Hindu monk arrested in Dhaka on sedition charges.",
                {"IND 1053 BGD"});
  ExpectCoded({{"In Kyiv, a Russian missile struck a hospital on Monday.", "RUSMIL 195"}});
}

// Legitimacy, credence or impetus lent or given is a figure of speech, no aid; money lent is.
TEST(WireCoverage44, LegitimacyLentIsNoAid) {
  ExpectNotCoded({
      {"Poland's president said Hungary's visit to Moscow lent legitimacy to Russia.", "07"},
      {"The Czech president said the Slovak prime minister's trip lent legitimacy to Putin.", "07"},
      {"The report lent credence to Ukraine's claims against Russia.", ""},
      {"The summit gave fresh impetus to talks between Serbia and Kosovo.", "07"},
  });
  ExpectExactly("The World Bank lent Kenya $1 billion on Tuesday.", {"IGOUNODEVWBK 071 KEN"});
  ExpectExactly("Japan gave Ukraine $4.5 billion in economic aid.", {"JPN 071 UKR"});
}

// A wall, perimeter, barrier, gate, dam or levee breached is a thing broken through, no
// defiance (128); a ceasefire, sovereignty or border breached still codes.
TEST(WireCoverage44, WallsBreachedAreNoDefiance) {
  ExpectNotCoded({
      {"Somali militants used a car bomb to breach the walls of a Kenyan army base.", "128"},
      {"Militants stormed a Somali army base on Tuesday, using suicide car bombs to breach its walls.", "128"},
      {"Floodwaters breached a dam in eastern Libya, officials said.", ""},
  });
  ExpectExactly("Russia breached the ceasefire with Ukraine on Tuesday.", {"RUS 196 UKR"});
  ExpectCoded({
      {"Palestinian militants breached the border fence with Israel on Saturday.", "PSEINS 190 ISR"},
      {"Iran violated Iraq's sovereignty with missile strikes, Baghdad said.", "IRN 128 IRQ"},
  });
}

// What a protest's purpose seeks to force ("to force the government to crack down on illegal
// mining") is not done; people forced to flee are.
TEST(WireCoverage44, WhatAPurposeSeeksToForceIsNotDone) {
  ExpectNotCoded({
      {"Ghanaian workers stayed off the job on Thursday in a strike called by organised labour to force the "
       "government to crack down on illegal gold mining.",
       "17"},
      {"Serbian farmers blocked roads to force the government to ban Ukrainian grain imports.", "16"},
  });
  ExpectExactly("Kenyan doctors went on strike to force the government to raise their pay.", {"KENHLH 143 KENGOV"});
  ExpectExactly("Sudanese soldiers forced thousands of villagers to flee their homes in Darfur.", {"SDNMIL 201 SDNCVL"});
}

}  // namespace
}  // namespace tidings::extract
