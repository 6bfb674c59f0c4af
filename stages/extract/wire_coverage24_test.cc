// The built-in dictionaries against ordinary wire copy, twenty-fourth pass: clauses. The
// subject of a sentence opened by a name and its appositive is the name's actor, or the
// appositive's when no dictionary knows the name, never an actor inside the appositive's own
// relative clause or second title. An offer of one's own help ("offered Turkish help in
// rebuilding ...") goes to whom it is for. Earlier passes are wire_coverage_test.cc to
// wire_coverage23_test.cc. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 04, 11: an appositive with two titles joined by "and", or with a relative clause of its own,
// is passed over to the name before it.
TEST(WireCoverage24, AppositiveWithTwoTitlesOrRelativeClause) {
  ExpectExactly("Hakan Fidan, Turkey's foreign minister and a former army chief, met Syria's foreign minister in "
                "Damascus on Monday.",
                {"TURGOV 040 SYRGOV"});
  ExpectExactly("Viktor Orban, the Hungarian prime minister whose government chairs the European Union's council, "
                "criticised Ukraine on Friday.",
                {"HUNGOV 111 UKR"});
  ExpectNotCoded({{"Hakan Fidan, Turkey's foreign minister and a former intelligence chief, spoke at length on Monday.",
                   ""}});
}

// An unknown name opening the sentence acts as its appositive says ("a Canadian diplomat"),
// not as an actor inside the appositive's relative clause.
TEST(WireCoverage24, AppositiveOfAnUnknownName) {
  ExpectExactly("Jane Dorsey, a senior Canadian diplomat, criticised China on Monday.", {"CANGOV 111 CHN"});
  ExpectExactly("Arvid Tollen, the Norwegian minister who once ran a bank in Russia, met the Swedish prime minister "
                "on Monday.",
                {"NORGOV 040 SWEGOV"});
  ExpectNotCoded({{"Jane Dorsey, a senior Canadian diplomat, spoke at length on Monday.", ""}});
}

// 03: an actor's own adjective right after a verb of offering and before the noun it offers
// ("offered Japanese help") says whose the help is: "help" is no verb, and neither the adjective
// nor its country named again ("the country's") is the help's recipient.
TEST(WireCoverage24, OwnHelpOffered) {
  ExpectExactly("The Japanese foreign minister met Ukrainian officials in Tokyo and offered Japanese help in "
                "rebuilding Ukraine's power grid.",
                {"JPNGOV 040 UKRGOV", "JPNGOV 033 UKR"});
  ExpectExactly("Germany offered German help in rebuilding Ukraine's railways.", {"DEU 033 UKR"});
  ExpectNotCoded({{"Germany pledged German help in rebuilding the country's railways.", ""}});
}

// 04: "after meeting his counterpart": a meeting's gerund after "after" takes an actor opened by
// a possessive as it does one opened by "the"; a meeting with no actor is none.
TEST(WireCoverage24, AfterMeetingHisCounterpart) {
  ExpectExactly("Iran's foreign minister told reporters after meeting his Omani counterpart that talks would resume.",
                {"IRNGOV 040 OMNGOV"});
  ExpectNotCoded({{"The Iranian president spoke after meeting his staff.", ""}});
}

// A quote opening the sentence with its country as subject is spoken for that country by the
// official right after it: a titled official of no known country is that country's, and the
// country acts as its own official does (NORGOV, not NOR). An official of another country
// changes nothing.
TEST(WireCoverage24, QuotedCountrySpeaksThroughItsOfficial) {
  ExpectExactly("\"Norway will not send troops to Mali,\" Defence Minister Bjorn Arild Gram told reporters on Friday.",
                {"NORGOV 1224 MLI"});
  ExpectExactly("\"Austria will not send weapons to Ukraine,\" the interior minister told parliament on Friday, "
                "rejecting a Polish request to extradite two men.",
                {"AUTGOV 1222 UKR", "AUTGOV 121 POL"});
  ExpectExactly("\"Austria will not send weapons to Ukraine,\" Polish Foreign Minister Radoslaw Sikorski said on Friday.",
                {"AUT 1222 UKR"});
  ExpectNotCoded({{"\"Austria will not forget this day,\" the interior minister told parliament on Friday.", ""}});
}

// 03: "work with" is cooperation only as an intent ("ready to", "willing to", "would"): a quote's
// "we" is its speaker's (KWTGOV); "worked with the U.N. for years" is none. "The agency" after an
// international agency is named is that agency, not a government agency of no country.
TEST(WireCoverage24, ReadyToWorkWith) {
  ExpectExactly("'We are ready to work with Baghdad on border security,' Kuwait's foreign minister told reporters on "
                "Monday.",
                {"KWTGOV 030 IRQ"});
  ExpectCoded({{"The International Atomic Energy Agency sent inspectors to Iran, and Iran's foreign minister said "
                "Tehran was willing to work with the agency.",
                "IRN 030 IGOUNOIAE"}});
  ExpectNotCoded({
      {"He worked with the United Nations for ten years.", ""},
      {"Germany worked with France on the plan.", ""},
  });
}

// 11: a complaint lodged with an international body is against the party named after "over" as
// after "against"; with no party named, the body stays its target.
TEST(WireCoverage24, ComplaintWithTheForumOverAParty) {
  ExpectExactly("Lebanon filed a complaint with the U.N. Security Council on Monday over Israel's violations of its "
                "airspace.",
                {"LBN 114 ISR"});
  ExpectExactly("Lebanon filed a complaint with the U.N. Security Council on Monday over the violations of its airspace.",
                {"LBN 114 IGOUNO"});
}

// A present perfect relative clause set off by commas describes its noun to its end, however
// long: "and let Russian forces use ... to attack Ukraine" in it is no event; the main verb is.
TEST(WireCoverage24, LongRelativeClauseIsBackground) {
  ExpectExactly("Belarus's leader, who has held power for three decades and let Russian forces use Belarusian "
                "airfields to attack Ukraine, visited Moscow on Monday.",
                {"BLRGOV 042 RUS"});
  ExpectExactly("Serbian President Aleksandar Vucic, who has governed the country since 2017, accused Kosovo on Monday "
                "of attacking Serbs.",
                {"SRBGOV 1123 KSV"});
  // (So past the noun of "whose".)
  ExpectExactly("Ecuador's president, whose crackdown on gangs has put thousands of Colombians behind bars, visited "
                "Peru on Monday.",
                {"ECUGOV 042 PER"});
}

// 01: a report an actor rejects is denied (016), and what the report says ("that said Ethiopian
// troops had attacked civilians") is refuted, no event of its own.
TEST(WireCoverage24, RejectedReportAndWhatItSays) {
  ExpectExactly("Ethiopia rejected a United Nations report that said Ethiopian troops had attacked civilians in Tigray.",
                {"ETH 016 IGOUNO"});
  ExpectNotCoded({{"Parliament rejected the government's report on Sunday.", ""}});
}

// A noun "accused of", "suspected of", "convicted of" something is a passive with no accuser:
// no accusation by the diplomat. What "a Polish newspaper report that" says is alleged, as after
// "the report that"; what a news agency reports is a fact.
TEST(WireCoverage24, AccusedOfAndTheReportThat) {
  ExpectExactly("Poland expelled a Russian diplomat accused of spying on NATO bases.", {"POL 161 RUSGOV"});
  ExpectExactly("Hungary declined to comment on a Polish newspaper report that Budapest had asked for the extradition "
                "of a Ukrainian businessman.",
                {"HUN 011 POLMED"});
  ExpectExactly("Kenya accused Uganda of arming rebels.", {"KEN 112 UGA"});
  ExpectCoded({{"Reuters reports that Belgrade had asked for the extradition of a Montenegrin officer.", "SRB 0213"}});
}

// 11: the charge of an accusation stays a charge inside quotation marks ("of 'waging war on
// history'"): no war among those accused.
TEST(WireCoverage24, QuotedChargeOfAnAccusation) {
  ExpectExactly("Estonia and Latvia were accused by Moscow on Thursday of 'waging war on history'.",
                {"RUS 112 EST", "RUS 112 LVA"});
  ExpectExactly("Russia accused Ukraine of 'attacking civilians' in Kursk.", {"RUS 1123 UKR"});
}

// An infinitive completing an appositive's noun (", a project meant to ease ...") says what the
// noun is for: none of the subject's acts.
TEST(WireCoverage24, PurposeOfAnAppositiveNoun) {
  ExpectExactly("Egypt and Sudan signed an agreement on Friday to build a railway, a project meant to ease trade "
                "restrictions.",
                {"EGY 057 SDN", "SDN 057 EGY"});
  ExpectExactly("Egypt and Sudan signed an agreement on Friday, a step meant to ease tensions.",
                {"EGY 057 SDN", "SDN 057 EGY"});
}

// A relative clause on the object of what did not happen ("failing to implement a deal that the
// two sides accepted") describes that object: no acceptance between the two.
TEST(WireCoverage24, ObjectRelativeOfWhatDidNotHappen) {
  ExpectExactly("Armenia and Azerbaijan were criticised by the European Union on Monday for failing to implement a deal "
                "that the two sides accepted in March.",
                {"IGOEUREEC 111 ARM", "IGOEUREEC 111 AZE"});
  ExpectExactly("The European Union criticised Armenia on Monday for failing to respect a ceasefire that Azerbaijan "
                "accepted in March.",
                {"IGOEUREEC 111 ARM"});
}

// A past form after the object of the verb before ("to free Canadian citizens detained in
// Tehran"), past a nationality adjective, describes that object: no arrest by the citizens.
TEST(WireCoverage24, DetainedObjectAfterANationality) {
  ExpectExactly("Canada urged Iran to free Canadian citizens detained in Tehran.", {"CAN 0253 IRN"});
  ExpectExactly("Israeli forces killed three Palestinians in Jenin.", {"ISRMIL 190 PSE"});
}

// 07, 03: another country's arrears paid off are economic aid (071), however the sum is put
// ("$20 million in arrears"); that an actor will pay them off is its pledge (0331). A firm's own
// arrears are none.
TEST(WireCoverage24, ArrearsPaidOff) {
  ExpectExactly("Norway paid off Somalia's $20 million in arrears to the IMF.", {"NOR 071 SOM"});
  ExpectExactly("Kuwait and Qatar will pay off Sudan's roughly $40 million in arrears to the African Development Bank.",
                {"KWT 0331 SDN", "QAT 0331 SDN"});
  ExpectNotCoded({{"The company paid off its arrears to suppliers.", ""}});
}

// 04: lunch, dinner or breakfast with someone is a meeting; one to come is its intent (036).
TEST(WireCoverage24, MealWithAnotherLeader) {
  ExpectExactly("Pakistan's army chief had lunch with Saudi Crown Prince Mohammed bin Salman in Riyadh on Wednesday.",
                {"PAKMIL 040 SAUGOV"});
  ExpectExactly("The French president will have dinner with the Chinese president in Paris on Monday.",
                {"FRAGOV 036 CHNGOV"});
  ExpectNotCoded({{"The French president had dinner with his wife.", ""}});
}

// 19: troops who cross into another country's place and fire on a police post there fire on
// that country's police, not their own state's (which they are with no such place named).
TEST(WireCoverage24, ForceAbroadActsOnThatCountrysOrgans) {
  ExpectExactly("Sudanese troops crossed into Chad on Monday and fired on a police post.",
                {"SDNMIL 190 TCD", "SDNMIL 193 TCDCOP"});
  ExpectExactly("Sudanese troops fired on a police post.", {"SDNMIL 193 SDNCOP"});
}

// 03, 06: an actor that will keep buying another's oil or gas intends economic cooperation
// (0311); that kept buying it, trades (061). Shares bought are no trade.
TEST(WireCoverage24, KeepBuyingOil) {
  ExpectExactly("Turkey will continue buying Russian gas.", {"TUR 0311 RUS"});
  ExpectExactly("China kept buying Iranian oil despite U.S. sanctions.", {"CHN 061 IRN"});
  ExpectNotCoded({{"Investors kept buying shares.", ""}});
}

// 03, 06: intelligence pooled is intelligence shared (064), and agreed to be pooled, the intent
// (0314); money pooled is none.
TEST(WireCoverage24, IntelligencePooled) {
  ExpectExactly("Benin and Niger pooled intelligence on militants.", {"BEN 064 NER", "NER 064 BEN"});
  ExpectExactly("Benin and Niger agreed on Friday to pool intelligence on militants.", {"BEN 0314 NER", "NER 0314 BEN"});
  ExpectNotCoded({{"The players pooled their money.", ""}});
}

}  // namespace
}  // namespace tidings::extract
