// Recall of wire-service idioms the verb patterns missed, one family per CAMEO root, each with
// the sports, business or everyday sense it must not code: "voiced doubt" (012), "turned to X to
// mediate" (028), "dangled aid before X" (0331), "touched base with" (040), "spoke by telephone"
// (041), "swung by" (042), "granted an audience to" (043), "thawed relations" (050), "shipped rice
// to X" (061), "signed off on a payout to X" (071), "stumped up $500 million for X" (071),
// "softened its stance on" (080), "scrapped its duties on X's wine" (085), "handed in their
// weapons" (0873), "upped the pressure on" (100), "took a dim view of" (110), "hit back at X over"
// (111), "took X to the WTO" (115), "slapped a jail term on" (116), "served notice on" (130),
// "booted out diplomats" (161), "banned Chinese apps" (163), "postponed talks with X" (164),
// "poured into a square demanding" (1411), "flogged" (182), "put to death" (1823), "pushed into
// X's province" (192), "sprayed bullets at" (193), "missiles rained down on" (195); and the phrase
// structure they rely on: a weapon noun joined to a demonym's weapon ("Iranian missiles and
// drones"), "what Tehran called X" as the target, a quoted name before its noun as one word
// ("struck a \"one in, one out\" deal"), and "ways to end the war" as a topic. Every sentence
// here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 01: doubt voiced about another (012), as "voiced doubts" and "voiced concern".
TEST(WireCoverage46, VoicedDoubtIsPessimism) {
  ExpectExactly("Mongolia voiced doubt that Russia would pay for the pipeline.", {"MNG 012 RUS"});
  ExpectExactly("The Philippines voiced doubt about China's sincerity.", {"PHL 012 CHN"});
}

// 02: turning to X to mediate or broker, or for mediation, is an appeal for mediation (028).
TEST(WireCoverage46, TurnedToXToMediateAppealsForMediation) {
  ExpectExactly("Sudan turned to Saudi Arabia to broker a ceasefire.", {"SDN 028 SAU"});
  ExpectExactly("Ethiopia turned to Kenya for mediation.", {"ETH 028 KEN"});
  ExpectCoded({{"Libya turned to the African Union to mediate between the rival governments.", "LBY 028 IGOAFRAFU"}});
  ExpectNotCoded({{"The club turned to its former coach to broker a deal with the sponsor.", ""}});
}

// 04: "touched base with" is a meeting (040), by phone a call (041); a coach and his players none.
TEST(WireCoverage46, TouchedBaseWithMeets) {
  ExpectExactly("Blinken touched base with Wang Yi in Bali.", {"USAGOV 040 CHNGOV"});
  ExpectExactly("The French president touched base with the German chancellor by phone.", {"FRAGOV 041 DEUGOV"});
  ExpectNotCoded({{"The coach touched base with his players before the final.", ""}});
}

// 07: a lender's board that signed off (on a day) on a payout to X releases a loan tranche (071);
// leaders who signed off on a pact keep the pact's code, a board's merger is none.
TEST(WireCoverage46, SignedOffOnAPayoutIsEconomicAid) {
  ExpectExactly("The IMF signed off on a $1.2 billion payout to Egypt.", {"IGOBUSIMF 071 EGY"});
  ExpectExactly("The IMF board signed off on Thursday on a $700 million payout to Pakistan.", {"IGOBUSIMF 071 PAK"});
  ExpectNotCoded({{"The board signed off on the merger.", ""},
                  {"The two leaders signed off on a pact on energy.", "07"}});
}

// 08 / 16: duties on another's goods scrapped or lifted ease an embargo (085); an arrangement with
// X scrapped ends cooperation (160). Duties on shares name no country.
TEST(WireCoverage46, DutiesScrappedEaseAnEmbargo) {
  ExpectExactly("China scrapped its punitive duties on Australian wine.", {"CHN 085 AUS"});
  ExpectExactly("India lifted its duties on American almonds.", {"IND 085 USA"});
  ExpectExactly("The United States scrapped its duties on Mexican tomatoes.", {"USA 085 MEX"});
  ExpectExactly("Fiji scrapped a police training arrangement with China.", {"FJI 160 CHN"});
  ExpectNotCoded({{"Germany scrapped its duties on the company's shares.", ""}});
}

// 11: "hit back at X over" its sanctions or criticism is a retort (111), not the sanctions; "hit
// back at X with tariffs" still is (163). A club hitting back at a rival is no event.
TEST(WireCoverage46, HitBackAtXOverIsCriticism) {
  ExpectExactly("Iran hit back at the United States over the sanctions.", {"IRN 111 USA"});
  ExpectExactly("Venezuela hit back at Brazil over its criticism.", {"VEN 111 BRA"});
  ExpectExactly("China hit back at the United States with tariffs.", {"CHN 163 USA"});
  ExpectNotCoded({{"Manchester United hit back at Liverpool over the transfer.", ""}});
}

// 11: taking X to the WTO or before a U.N. court is a legal complaint (115), as "to court".
TEST(WireCoverage46, TookXToTheWtoSues) {
  ExpectExactly("Ukraine took Poland to the WTO over grain bans.", {"UKR 115 POL"});
  ExpectExactly("Canada took China to the World Trade Organization over its canola duties.", {"CAN 115 CHN"});
  ExpectExactly("Qatar took the United Arab Emirates before the U.N. court.", {"QAT 115 ARE"});
  ExpectNotCoded({{"The company took its rival to court over the patent.", ""}});
}

// 16: talks, a meeting or a summit with X postponed, put off, deferred, shelved or put on hold
// halt the negotiations (164); a postponed vote, match or supplier talk is no event.
TEST(WireCoverage46, TalksPostponedHaltNegotiations) {
  ExpectExactly("Turkey postponed a meeting with Sweden and Finland.", {"TUR 164 SWE", "TUR 164 FIN"});
  ExpectExactly("Saudi Arabia shelved normalisation talks with Israel.", {"SAU 164 ISR"});
  ExpectExactly("India deferred talks with Pakistan.", {"IND 164 PAK"});
  ExpectExactly("Hungary put off a summit with Ukraine.", {"HUN 164 UKR"});
  ExpectExactly("Russia put talks with Japan on hold.", {"RUS 164 JPN"});
  ExpectNotCoded({
      {"Germany postponed the vote on the budget.", ""},
      {"Brazil postponed its friendly with Argentina.", ""},
      {"Apple postponed talks with its suppliers.", ""},
  });
}

// 14: crowds that poured into a square demanding a leader's resignation protest for it (1411),
// as "packed the square"; fans pouring in to celebrate do not.
TEST(WireCoverage46, PouredIntoASquareDemandingProtests) {
  ExpectCoded({
      {"Thousands of Serbian protesters poured into the main square in Belgrade demanding the resignation of the "
       "prime minister.",
       "SRBOPP 1411 SRBGOV"},
      {"Thousands of Libyan protesters poured into Martyrs' Square demanding the resignation of the prime minister.",
       "LBYOPP 1411 LBYGOV"},
  });
  ExpectNotCoded({{"Thousands of Argentine fans poured into the square to celebrate the victory.", ""}});
}

// 18-19: bullets sprayed at X (193); missiles or bombs that rained down on X are an air strike
// (195). Farmers spraying fields, rain and goals are none.
TEST(WireCoverage46, SprayedBulletsAndRainedDownStrike) {
  ExpectExactly("Gunmen sprayed bullets at an Argentine supermarket.", {"ARGUAF 193 ARG"});
  ExpectExactly("Mexican gunmen sprayed a police patrol with gunfire.", {"MEXUAF 193 MEXCOP"});
  ExpectExactly("Russian missiles rained down on Kyiv.", {"RUSMIL 195 UKR"});
  ExpectExactly("Israeli bombs rained down on Gaza City.", {"ISRMIL 195 PSE"});
  ExpectNotCoded({
      {"Farmers sprayed pesticide on their fields.", ""},
      {"Rain poured down on the Kenyan capital.", ""},
      {"Goals rained down on the Brazilian defence.", ""},
  });
}

// A weapon noun joined by "and" to a demonym's weapon is that country's too ("Iranian missiles
// and drones": both Iran's), never the military of the place struck; "what Tehran called
// militant bases in Pakistan" is the bases, not Tehran (a pronoun's "what he called" is not).
TEST(WireCoverage46, WeaponsJoinedToADemonymAndWhatXCalled) {
  ExpectExactly("Iranian missiles and drones struck Pakistan's Balochistan province.", {"IRNMIL 1952 PAK"});
  ExpectExactly("Iranian missiles hit what Tehran called militant bases inside Pakistan.", {"IRNMIL 195 PAKINS"});
  ExpectNotCoded({
      {"Russia said it would help North Korea strengthen its defences against what it called U.S. provocations.",
       "15"},
  });
}

// 05: ties or relations repaired, reset, thawed, rebuilt or patched up, differences ironed out or
// smoothed over, improve relations (050), as "mended ties"; a system reset or a firm's dealers none.
TEST(WireCoverage46, TiesRepairedOrThawedImproveRelations) {
  ExpectExactly("Britain and Ireland reset relations.", {"GBR 050 IRL", "IRL 050 GBR"});
  ExpectExactly("Canada and India thawed relations.", {"CAN 050 IND", "IND 050 CAN"});
  ExpectExactly("India repaired its ties with Canada.", {"IND 050 CAN"});
  ExpectExactly("China and Japan ironed out their differences.", {"CHN 050 JPN", "JPN 050 CHN"});
  ExpectCoded({{"Saudi Arabia and Iran patched up relations.", "SAU 050 IRN"},
               {"Turkey and Egypt rebuilt ties.", "TUR 050 EGY"}});
  ExpectNotCoded({{"The engineers reset the system.", ""},
                  {"The American carmaker rebuilt ties with its dealers.", ""}});
}

// 04: a minister who swung by or stopped over in a capital visits it (042); a leader who granted
// or gave an audience to another hosts him (043). A coach swinging by a training ground is none.
TEST(WireCoverage46, SwungByAndGrantedAnAudience) {
  ExpectExactly("The Saudi foreign minister swung by Damascus.", {"SAUGOV 042 SYR"});
  ExpectExactly("Modi made a stopover in Cairo.", {"INDGOV 042 EGY"});
  ExpectExactly("The Brazilian president stopped over in Lisbon.", {"BRAGOV 042 PRT"});
  ExpectExactly("Jordan's King Abdullah granted an audience to the Iraqi prime minister.", {"JORGOV 043 IRQGOV"});
  ExpectNotCoded({{"The American coach swung by the training ground.", ""}});
}

// 08: rebels handing in or over their own weapons to the army demobilise (0873), also after
// "began"; a minister's resignation handed in is none, weapons handed to another state are aid.
TEST(WireCoverage46, RebelsHandingInTheirWeaponsDemobilise) {
  ExpectExactly("Colombian rebels handed in their weapons to the army.", {"COLREB 0873 COLMIL"});
  ExpectExactly("Eritrean rebels began handing over their heavy weapons to the Ethiopian army.",
                {"ERIREB 0873 ETHMIL"});
  ExpectExactly("Germany handed over weapons to Ukraine.", {"DEU 072 UKR"});
  ExpectNotCoded({{"The Brazilian minister handed in his resignation to the president.", ""}});
}

// 16: diplomats booted out are expelled (161), as "kicked out"; a team booted out of a cup is none.
TEST(WireCoverage46, DiplomatsBootedOut) {
  ExpectExactly("Russia booted out Estonian diplomats.", {"RUS 161 ESTGOV"});
  ExpectExactly("Mali booted out the French ambassador.", {"MLI 161 FRAGOV"});
  ExpectNotCoded({{"The German team was booted out of the tournament.", ""},
                  {"Brazil booted Argentina out of the Copa America.", ""}});
}

// 19: troops that pushed (several kilometres, deep) into another's territory occupy it (192);
// forces that pressed deeper or further into it fight (190). A striker or a company pushing into
// a box or a market is none.
TEST(WireCoverage46, TroopsPushingIntoTerritory) {
  ExpectExactly("Azerbaijani troops pushed several kilometres into Armenia's Syunik province.", {"AZEMIL 192 ARM"});
  ExpectExactly("Azerbaijani troops pushed deep into Armenian territory.", {"AZEMIL 192 ARM"});
  ExpectExactly("Russian troops pressed further into Ukraine's Kharkiv region.", {"RUSMIL 190 UKR"});
  ExpectNotCoded({
      {"The Brazilian striker pushed into the box.", ""},
      {"The company pressed deeper into the Chinese market.", ""},
      {"Police pushed the protesters into a side street.", "19"},
  });
}

// 11, 13, 18: "served notice on" X warns it (130); a jail term or prison sentence slapped or
// imposed on X sentences it (116); "put to death" executes (1823); flogging is an assault (182).
// A landlord's notice and a coach flogging his team are none.
TEST(WireCoverage46, NoticeServedSentencesAndFloggings) {
  ExpectExactly("China served notice on the Philippines.", {"CHN 130 PHL"});
  ExpectExactly("A Turkish court slapped a jail term on a Swedish journalist.", {"TURJUD 116 SWEMED"});
  ExpectExactly("An Iranian court imposed a prison sentence on a French tourist.", {"IRNJUD 116 FRACVL"});
  ExpectExactly("Saudi Arabia put to death a Jordanian man.", {"SAU 1823 JOR"});
  ExpectExactly("The Iranian judiciary flogged a British-Iranian woman.", {"IRNJUD 182 IRNCVL"});
  ExpectNotCoded({{"The landlord served notice on the tenants.", ""}, {"The coach flogged his tired team.", ""}});
}

// 03, 07: aid or sanctions relief dangled before X offers it (0331, 0354), not yet given; a
// financial lifeline thrown to X helps it (070). A doll or a contract dangled is none.
TEST(WireCoverage46, AidDangledBeforeXIsAnOffer) {
  ExpectExactly("Japan dangled development aid before the Philippine president.", {"JPN 0331 PHLGOV"});
  ExpectExactly("The United States dangled sanctions relief before Venezuela.", {"USA 0354 VEN"});
  ExpectExactly("China threw a financial lifeline to Sri Lanka.", {"CHN 070 LKA"});
  ExpectNotCoded({{"The puppeteer dangled the doll before the children.", ""},
                  {"The club dangled a new contract before its Brazilian striker.", ""}});
}

// 06: goods a country ships, pumps, exports or supplies to another (rice, crude, LNG, wheat,
// diesel) are trade (061); the same goods sent free of charge, to help, as aid or with tents and
// blankets are aid (070, 073). Farmers or a firm shipping goods to a port or a market are none.
TEST(WireCoverage46, CommoditiesShippedToXAreTrade) {
  ExpectExactly("Vietnam shipped 10,000 tonnes of rice to Timor-Leste.", {"VNM 061 TLS"});
  ExpectExactly("Russia exported wheat to Egypt.", {"RUS 061 EGY"});
  ExpectExactly("India supplied diesel to Bangladesh.", {"IND 061 BGD"});
  ExpectExactly("Qatar shipped LNG to Germany.", {"QAT 061 DEU"});
  ExpectExactly("Ukraine shipped 25,000 tonnes of wheat to Sudan as humanitarian aid.", {"UKR 073 SDN"});
  ExpectExactly("Mexico sent crude oil to Cuba free of charge.", {"MEX 070 CUB"});
  ExpectExactly("China shipped rice, blankets and tents to Nepal.", {"CHN 073 NPL"});
  ExpectExactly("Germany supplied tanks to Ukraine.", {"DEU 072 UKR"});
  ExpectNotCoded({
      {"The farmers shipped their wheat to the port.", ""},
      {"The company exported its cars to Europe.", ""},
      // A year's volume is a market figure, no event.
      {"Thailand exported 2 million tonnes of rice to Indonesia last year.", ""},
      {"Australia shipped coal to India every year.", ""},
  });
}

// 07, 08, 10, 11: money "stumped up", "forked out" or "shelled out" for X is aid in money (071); a
// stance or an opposition softened on X yields (080); the pressure "upped" or the heat "turned up"
// on X is pressure (100); "took a dim view of" or "frowned on" X disapproves (110). A club's fee
// for a player, shells fired and pressure on a referee are none.
TEST(WireCoverage46, MoneyStumpedUpStancesSoftenedAndPressureUpped) {
  ExpectExactly("Japan stumped up $500 million for Ukraine.", {"JPN 071 UKR"});
  ExpectExactly("Saudi Arabia forked out $2 billion for Egypt.", {"SAU 071 EGY"});
  ExpectExactly("Turkey softened its stance on Sweden's NATO bid.", {"TUR 080 SWE"});
  ExpectExactly("Hungary softened its opposition to Ukraine's membership.", {"HUN 080 UKR"});
  ExpectExactly("Washington upped the pressure on Beijing.", {"USA 100 CHN"});
  ExpectExactly("The European Union turned up the heat on Serbia.", {"IGOEUREEC 100 SRB"});
  ExpectExactly("France took a dim view of the Italian plan.", {"FRA 110 ITA"});
  ExpectExactly("The Vatican frowned on Argentina's abortion law.", {"VAT 110 ARG"});
  ExpectNotCoded({
      {"Chelsea forked out 100 million pounds for the Brazilian winger.", ""},
      {"Russian artillery shelled out the town.", "07"},
      {"Brazil upped the pressure on the referee.", ""},
  });
}

// A quoted name between the article and its noun counts as one word: "struck a \"one in, one
// out\" deal" is a deal made (057), no strike (190); "began their first \"Freedom Edge\"
// exercise" the exercise (062). A quote ending at a preposition is no name.
TEST(WireCoverage46, QuotedNameBeforeItsNounIsOneWord) {
  ExpectExactly("Britain and France struck a \"one in, one out\" deal on migrants.", {"GBR 057 FRA", "FRA 057 GBR"});
  ExpectExactly("Greece and Turkey struck a \"calm waters\" accord on Thursday.", {"GRC 057 TUR", "TUR 057 GRC"});
  ExpectCoded({{"Japan, South Korea and the United States began their first \"Freedom Edge\" exercise.",
                "JPN 062 KOR"}});
  ExpectExactly("Slovakia will not send \"a single round of ammunition\" to Ukraine.", {"SVK 1222 UKR"});
  ExpectNotCoded({{"Britain and France struck a \"one in, one out\" deal on migrants.", "19"},
                  {"The two teams struck a \"gentlemen's\" agreement.", ""}});
}

// 04: "spoke / talked by telephone" is a phone call (041), as "spoke by phone"; "ways, options or
// a strategy to end the war" name the call's topic, not an act of its own (no 087).
TEST(WireCoverage46, SpokeByTelephoneAboutWaysToEndAWar) {
  ExpectExactly("The Finnish and U.S. presidents spoke by telephone on Sunday about ways to end the war in Ukraine.",
                {"FINGOV 041 USAGOV", "USAGOV 041 FINGOV"});
  ExpectExactly("Egypt's Sisi talked by phone with Jordan's King Abdullah.", {"EGYGOV 041 JORGOV"});
  ExpectExactly("The German chancellor talked by telephone with the French president.", {"DEUGOV 041 FRAGOV"});
  ExpectNotCoded({{"The Finnish and U.S. presidents spoke by telephone on Sunday about ways to end the war in Ukraine.",
                   "087"},
                  {"The Brazilian striker spoke by phone with his agent.", ""}});
}

// 16: another country's apps, oil, seafood, wine, grain or goods banned or curbed are an embargo
// (163), as "banned imports of"; a party, its rallies or journalists banned stay restrictions (17).
TEST(WireCoverage46, AnotherCountrysGoodsBannedAreAnEmbargo) {
  ExpectExactly("India banned Chinese apps.", {"IND 163 CHN"});
  ExpectExactly("The European Union banned Russian oil.", {"IGOEUREEC 163 RUS"});
  ExpectExactly("Hungary banned Ukrainian grain.", {"HUN 163 UKR"});
  ExpectExactly("China curbed Australian coal.", {"CHN 163 AUS"});
  ExpectExactly("Turkey banned the pro-Kurdish party.", {"TUR 1722 TURPTY"});
  ExpectNotCoded({{"Russia banned American journalists from entering the country.", "16"}});
}

// Precision of the same idioms: "crushing their rivals in the public vote" wins a contest (no
// 190); crabs threatening to "wipe out the livelihoods" of fishermen are no mass violence (200);
// troops that "remained massed" along a frontier are a state, no act (but "remained committed to"
// talks is an intent); "thanked X for having welcomed" is the praise alone, as "for welcoming".
TEST(WireCoverage46, ContestsLivelihoodsStatesAndReasonsCodeNoForce) {
  ExpectNotCoded({
      {"The Ukrainian band crushed their rivals in the public vote in Italy.", ""},
      {"Brazil crushed Argentina in the final.", ""},
      {"Blue crabs threatened to wipe out the livelihoods of Italian fishermen.", ""},
      {"Floods wiped out the harvest of Pakistani farmers.", ""},
      {"Russian troops remained deployed in Transnistria.", ""},
      {"India said ties would stay strained as long as Chinese troops remained massed along the frontier.", "15"},
  });
  ExpectExactly("Albanian Prime Minister Edi Rama thanked Italy for having welcomed tens of thousands of Albanians.",
                {"ALBGOV 051 ITA"});
  ExpectExactly("Japan praised Vietnam for having freed the fishermen.", {"JPN 051 VNM"});
  ExpectCoded({{"ECOWAS said it remained committed to talks with Mali.", "IGOWAFWAS 03"}});
}

// Sport and business senses of force and pressure: runners who "attacked from the gun", a sprinter
// who seized an Olympic gold, a carmaker piling pressure on its rival code nothing; a state piling
// pressure on its regional rival, a tanker seized and an army post attacked still code.
TEST(WireCoverage46, SportAndBusinessSensesOfForceAndPressure) {
  ExpectNotCoded({
      {"Kenyan runners attacked from the gun in the Olympic final.", ""},
      {"The Jamaican sprinter seized Africa's first Olympic gold.", ""},
      {"A Chinese carmaker piled pressure on its American rival.", ""},
  });
  ExpectExactly("Saudi Arabia piled pressure on its regional rival Iran.", {"SAU 100 IRN"});
  ExpectExactly("Iran seized a British tanker.", {"IRN 1711 GBR"});
  ExpectExactly("Taliban fighters attacked an Afghan army post.", {"AFGGOVREB 190 AFGMIL"});
}

// 05, 06, 11: a deal "nailed down" or "firmed up" with X is the agreement (057); "forged closer
// ties" improves relations (050), not establishes them (054); "lent its voice / weight to" X's call
// supports it (051), no loan; "joined the chorus of criticism of" X criticises it (111). Investors
// and a striker are none.
TEST(WireCoverage46, DealsNailedDownCloserTiesAndAChorusOfCriticism) {
  ExpectExactly("Japan nailed down a deal with the United States.", {"JPN 057 USA"});
  ExpectExactly("Vietnam firmed up a deal with South Korea.", {"VNM 057 KOR"});
  ExpectExactly("Serbia forged closer ties with China.", {"SRB 050 CHN"});
  ExpectExactly("Cuba and China established diplomatic ties.", {"CUB 054 CHN", "CHN 054 CUB"});
  ExpectExactly("Japan lent its weight to the Philippine bid.", {"JPN 051 PHL"});
  ExpectExactly("China lent $2 billion to Pakistan.", {"CHN 071 PAK"});
  ExpectExactly("Japan joined the chorus of criticism of China.", {"JPN 111 CHN"});
  ExpectNotCoded({{"The investors nailed down a deal with the bank.", ""},
                  {"The Brazilian striker firmed up his place in the team.", ""}});
}

// 14: farmers, truckers, students or workers who laid siege to a capital or blockaded a border
// obstruct it (144), as protesters do, no siege by force (191); troops and militias besieging a
// city or a base still do (191).
TEST(WireCoverage46, CiviliansLayingSiegeObstruct) {
  ExpectExactly("Indian farmers laid siege to New Delhi.", {"INDAGR 144 IND"});
  ExpectExactly("Polish farmers blockaded the border with Ukraine.", {"POLAGR 144 UKR"});
  ExpectExactly("Canadian truckers blockaded the bridge to the United States.", {"CANLAB 144 USA"});
  ExpectExactly("Russian troops besieged the Ukrainian city of Mariupol.", {"RUSMIL 191 UKR"});
  ExpectExactly("Sudanese paramilitaries laid siege to the army base in El Fasher.", {"SDNUAF 191 SDNMIL"});
}

// 06, 07: arms sold to a state arm it (072), as "approved the sale of"; goods of trade sold to it
// are trade (061). A club's striker, a firm's shares and a year's volume are none.
TEST(WireCoverage46, ArmsAndGoodsSoldToAState) {
  ExpectExactly("Russia sold S-400 missiles to Turkey.", {"RUS 072 TUR"});
  ExpectExactly("Turkey sold drones to Ukraine.", {"TUR 072 UKR"});
  ExpectExactly("Russia sold wheat to Egypt.", {"RUS 061 EGY"});
  ExpectExactly("Qatar sold LNG to Germany.", {"QAT 061 DEU"});
  ExpectNotCoded({
      {"The Brazilian club sold its striker to a Saudi club.", ""},
      {"The German firm sold its shares to Chinese investors.", ""},
      {"Russia sold 5 million tonnes of wheat to Egypt last year.", ""},
  });
}

// 12: another state's bid, membership bid or entry blocked or stalled is refused (120), also with
// words between the possessive and "bid"; talks or a car that stalled are no act.
TEST(WireCoverage46, BidsBlockedOrStalledAreRefused) {
  ExpectExactly("Austria blocked Romania's entry into Schengen.", {"AUT 120 ROU"});
  ExpectExactly("Turkey blocked Sweden's NATO membership bid.", {"TUR 120 SWE"});
  ExpectExactly("Hungary stalled Sweden's NATO bid.", {"HUN 120 SWE"});
  ExpectNotCoded({{"Talks between Israel and Hamas stalled.", ""}, {"The car stalled on the bridge.", ""}});
}

// 17: a state that put or placed another's official on a (its) wanted list seeks his arrest (173),
// as "issued an arrest warrant for"; a coach's squad list is none.
TEST(WireCoverage46, PutOnAWantedList) {
  ExpectExactly("Russia put the Estonian prime minister on a wanted list.", {"RUS 173 ESTGOV"});
  ExpectExactly("Russia placed the Lithuanian culture minister on its wanted list.", {"RUS 173 LTUGOV"});
  ExpectNotCoded({{"The coach put the young striker on the list for the World Cup.", ""}});
}

}  // namespace
}  // namespace tidings::extract
