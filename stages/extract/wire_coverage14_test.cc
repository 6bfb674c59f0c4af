// The built-in dictionaries against ordinary wire copy, fourteenth pass: idioms the coder did not
// know or read only in one wording ("has been feeding information on X to Y's authorities", "bowed
// to protesters and stepped down", "gave back gold objects", "is sending a team to X to document
// abuses", "laid the campaign squarely at X's door", "has taken X to the European Court", "could come
// suddenly one night against", "relations with X could go into the deep freeze if", "stayed away
// from hospitals in a strike", "drafted extra police into the centre of", "put its aid to X on ice",
// "put disbursements to X on hold", "closed down the U.N. human rights office", "a drone took out a
// vehicle carrying", "barred goods from X from entering", "a joint exercise between the armies of X
// and Y got under way", "shifted army divisions towards its border", "spent Thursday negotiating a
// deal with", "flew special forces into X to shore up", "opened its prison gates for", "building
// war-crimes cases against", "would answer any tariffs with duties of its own", "drones set an oil
// depot ablaze", "grenades filled with chlorine", "would shut the country down with an indefinite
// strike"), and the idioms of the same pass it already coded right ("hosted X for dinner", "ordered
// the release of", "took X into custody", "knocked back a bill", "used his veto against", "set a
// 72-hour deadline", "chipped in", "let loose rockets", "put ministers under sanctions", "paralysed
// the main junctions", "struck an upbeat note", "stayed tight-lipped", "had serious doubts that",
// "would turn X's bases into a graveyard", "struck X's party off the register", "was gunned down by",
// "blew apart a checkpoint", "marched into the ruined town of", "lobbed grenades filled with
// chloropicrin"), kept here so that they stay right; with the sport, business and everyday uses of
// the same words that must code nothing. wire_coverage_test.cc to wire_coverage12_test.cc are the
// earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 01: upbeat notes, lips kept tight, serious doubts.
TEST(WireCoverage14, PublicStatements) {
  ExpectCoded({
      {"The Chinese foreign minister struck an upbeat note on trade talks with the United States.", "CHNGOV 013 USA"},
      {"The Kremlin stayed tight-lipped about the talks with Washington.", "RUSGOV 011 USA"},
      {"The Israeli defence minister had serious doubts that Hamas would honour the truce.", "ISRGOV 012 PSEREB"},
  });
}

// 04: dinners hosted, a day spent negotiating, talks getting under way.
TEST(WireCoverage14, Consultations) {
  ExpectCoded({
      {"The French president hosted the Moroccan king for dinner at the Elysee Palace on Tuesday.", "FRAGOV 043 MARGOV"},
      {"The French foreign minister spent Thursday in Paris negotiating a deal with Lebanon.", "FRAGOV 046 LBN"},
      {"The American envoy spent Tuesday in Cairo negotiating a ceasefire deal with Hamas.", "USAGOV 046 PSEREB"},
      {"The Qatari prime minister spent two days in talks with Hamas.", "QATGOV 046 PSEREB"},
      {"Talks between Armenia and Azerbaijan got under way in Washington.", "ARM 046 AZE"},
  });
}

// 06: information fed to a foreign service, joint exercises getting under way.
TEST(WireCoverage14, MaterialCooperation) {
  ExpectCoded({
      {"A former Iranian army officer has been feeding information on Iranian dissidents to Tehran's authorities, prosecutors said.", "IRNMIL 064 IRNGOV"},
      {"A Chinese student had been feeding information on Hong Kong activists to Beijing's security services.", "CHNEDU 064 CHNSPY"},
      {"A Ukrainian army officer fed intelligence on troop movements to Russia's FSB.", "UKRMIL 064 RUSSPY"},
      {"A joint exercise between the armies of India and Egypt got under way on Monday.", "INDMIL 062 EGYMIL"},
      {"A joint exercise between the navies of China and Russia got under way in the Sea of Japan.", "CHNMIL 062 RUSMIL"},
      // ("has taken in" is still TAKE_IN, not the court's "has taken X to")
      {"Poland's army has taken in 40 Moldovan officers for training.", "POLMIL 062 MDAMIL"},
  });
}

// 07: money chipped in, special forces flown in to shore up a president.
TEST(WireCoverage14, Aid) {
  ExpectCoded({
      {"Germany chipped in 20 million euros for food and shelter for Syrian refugees in Turkey.", "DEU 073 SYRREF"},
      {"France flies special forces into Chad to shore up its president.", "FRA 074 TCD"},
      {"Russia flew special forces into the Central African Republic to shore up the president.", "RUS 074 CAF"},
      {"Rwanda sent troops into Mozambique to prop up the government.", "RWA 074 MOZ"},
  });
}

// 08: leaders bowing to protesters and stepping down, releases ordered, prison gates opened,
// remains and gold objects given back.
TEST(WireCoverage14, Yield) {
  ExpectCoded({
      {"The Sri Lankan prime minister bowed to protesters and stepped down on Monday.", "LKAGOV 0831 LKAOPP"},
      {"The Bangladeshi prime minister bowed to student protesters and resigned.", "BGDGOV 0831 BGDEDUOPP"},
      {"A Moscow court ordered the release of the American journalist on Thursday.", "RUSJUD 0841 USAMED"},
      {"Iran opened its prison gates for 12 Americans on Monday.", "IRN 0841 USA"},
      {"Belarus opened its prison gates for 18 political prisoners.", "BLR 0841 BLROPP"},
      {"Germany gave back to Namibia the remains of victims of the colonial-era genocide.", "DEU 0841 NAM"},
      {"The British Museum gave back to Ghana gold objects looted in the 19th century.", "GBR 0842 GHA"},
  });
}

// 09: teams sent to a country to document abuses, war-crimes cases built.
TEST(WireCoverage14, Investigations) {
  ExpectCoded({
      {"The United Nations is sending a team to Myanmar to document abuses against the Rohingya.", "IGOUNO 092 MMR"},
      {"Amnesty International is sending a team to Sudan to document abuses in Darfur.", "NGOHRIAMN 092 SDN"},
      {"Ukrainian prosecutors are building war-crimes cases against Russian commanders.", "UKRJUD 094 RUSMIL"},
      {"The International Criminal Court is building war crimes cases against Israeli leaders.", "IGOJUDICC 094 ISRGOV"},
  });
}

// 11: campaigns laid squarely at a capital's door, states taken to international courts.
TEST(WireCoverage14, Disapproval) {
  ExpectCoded({
      {"The British government laid the campaign of spying squarely at Beijing's door.", "GBRGOV 112 CHN"},
      {"The Czech interior minister laid the sabotage campaign squarely at Moscow's door.", "CZEGOV 112 RUS"},
      {"Ukraine has taken Russia to the European Court of Human Rights over the abduction of children.", "UKR 115 RUS"},
      {"Armenia has taken Azerbaijan to the International Court of Justice.", "ARM 115 AZE"},
  });
}

// 12: bills knocked back and vetoes used.
TEST(WireCoverage14, Vetoes) {
  ExpectCoded({
      {"The Polish president knocked back a bill passed by the Polish parliament.", "POLGOV 129 POLLEG"},
      {"The Mongolian president used his veto against a law passed by parliament.", "MNGGOV 129 MNGLEG"},
  });
}

// 13: sudden night attacks, relations threatened with the deep freeze, tariffs answered, bases
// turned into graveyards, deadlines, strikes threatened.
TEST(WireCoverage14, Threats) {
  ExpectCoded({
      {"The Serbian president said his forces could come suddenly one night against Kosovo.", "SRBMIL 138 KSV"},
      {"Erdogan said Turkish forces could come suddenly one night against Kurdish militants in Syria.", "TURMIL 138 SYRINS"},
      {"China warned that relations with Lithuania could go into the deep freeze if Vilnius allowed a Taiwan office.", "CHN 1313 LTU"},
      {"The Indian foreign minister said ties with Canada could go into the deep freeze if Ottawa did not act.", "INDGOV 1313 CAN"},
      {"Beijing said relations with Manila would go into the deep freeze if the Philippines hosted more U.S. missiles.", "CHN 1313 PHL"},
      {"Canada said it would answer any U.S. tariffs with duties of its own.", "CAN 1312 USA"},
      {"China said it would answer any American tariffs with duties of its own.", "CHN 1312 USA"},
      {"Hezbollah said it would turn Israel's bases into a graveyard.", "LBNREB 1384 ISR"},
      {"The Congolese army set a 72-hour deadline for the rebels to lay down their arms.", "CODMIL 139 CODREB"},
      {"Nigeria's labour unions said they would shut the country down with an indefinite strike.", "NGALAB 133 NGA"},
      {"Kenyan doctors said they would shut the country down with an indefinite strike if their demands were not met.", "KENHLH 133 KEN"},
  });
}

// 14: hospitals stayed away from in a strike (against the government, named or not), countries
// shut down by a general strike, junctions paralysed.
TEST(WireCoverage14, Protests) {
  ExpectCoded({
      {"Doctors in Kenya stayed away from hospitals in a strike over pay.", "KENHLH 143 KENGOV"},
      {"Nigerian doctors stayed away from public hospitals in a strike against the government.", "NGAHLH 143 NGAGOV"},
      {"Argentine trade unions shut the country down with a general strike on Thursday.", "ARGLAB 143 ARG"},
      {"Students paralysed the main junctions of Dhaka in protest at the quota system.", "BGDEDU 1442 BGD"},
  });
}

// 15: extra police drafted into a capital, army divisions shifted towards a border.
TEST(WireCoverage14, ForcePosture) {
  ExpectCoded({
      {"The French government drafted thousands of extra police officers into the centre of Paris.", "FRAGOV 153 -"},
      {"The Kenyan government drafted hundreds of police officers into Nairobi ahead of the protests.", "KENGOV 153 KEN"},
      {"Russia shifted army divisions towards its border with Finland.", "RUS 154 FIN"},
      {"Azerbaijan shifted troops towards its border with Armenia.", "AZE 154 ARM"},
  });
}

// 16: aid and disbursements to a named country put on ice or on hold, U.N. rights offices closed
// down, goods barred, ministers put under sanctions.
TEST(WireCoverage14, ReducedRelations) {
  ExpectCoded({
      {"The European Union put its aid to Niger on ice after the coup.", "IGOEUREEC 1621 NER"},
      {"Washington put its military aid to Egypt on ice.", "USA 1622 EGY"},
      {"The World Bank put disbursements to Uganda on hold over the anti-gay law.", "IGOUNODEVWBK 1621 UGA"},
      {"The Burundian government closed down the U.N. human rights office in Bujumbura.", "BDIGOV 166 IGOUNO"},
      {"Venezuela closed down the office of the U.N. human rights commissioner in Caracas.", "VEN 166 IGOUNO"},
      {"Russia barred goods from Ukraine from entering its market.", "RUS 163 UKR"},
      {"China barred goods from Lithuania from entering the country.", "CHN 163 LTU"},
      {"The United States put two Iranian ministers under sanctions on Friday.", "USA 163 IRNGOV"},
  });
}

// 17: custody (also after "has taken"), parties struck off the register.
TEST(WireCoverage14, Coercion) {
  ExpectCoded({
      {"Turkish police took dozens of Kurdish politicians into custody.", "TURCOP 173 TURPTY"},
      {"Russian police have taken the opposition leader into custody.", "RUSCOP 173 RUSOPP"},
      {"The Pakistani election commission struck Imran Khan's party off the register.", "PAKGOV 1722 PAKOPP"},
  });
}

// 18: suicide vests, hostages, car bombs blowing apart checkpoints, killings.
TEST(WireCoverage14, Assaults) {
  ExpectCoded({
      {"A Pakistani suicide bomber set off his explosives vest among worshippers at a mosque in Peshawar.", "PAKINS 1831 PAKREL"},
      {"Hamas has taken Israeli soldiers hostage.", "PSEREB 181 ISRMIL"},
      {"A suicide bomber blew apart an Iraqi army checkpoint.", "IRQINS 1832 IRQMIL"},
      {"The Mexican mayor was gunned down by Sinaloa cartel gunmen on Sunday.", "MEXCRM 186 MEXGOV"},
      {"Colombian rebels gunned down a local mayor in Cauca province.", "COLREB 186 COLGOV"},
  });
}

// 19: drones taking out vehicles carrying fighters and setting depots ablaze, rockets let loose,
// ruined towns marched into.
TEST(WireCoverage14, Fighting) {
  ExpectCoded({
      {"An American drone took out a vehicle carrying Islamic State fighters in Syria.", "USAMIL 1952 IMGMUSISIREB"},
      {"A Turkish drone took out a vehicle carrying Kurdish militants in northern Iraq.", "TURMIL 1952 IRQINS"},
      {"Ukrainian drones have taken out three Russian tanks.", "UKRMIL 1952 RUS"},
      {"Ukrainian drones set an oil depot ablaze in Russia's Bryansk region.", "UKRMIL 1952 RUS"},
      {"A Ukrainian drone set a refinery ablaze in the Russian city of Saratov.", "UKRMIL 1952 RUS"},
      {"Houthi drones set a Greek tanker ablaze in the Red Sea.", "YEMREB 1952 GRC"},
      {"Hezbollah let loose rockets at northern Israel on Sunday.", "LBNREB 195 ISR"},
      {"Russian troops marched into the ruined town of Bakhmut.", "RUSMIL 192 UKR"},
  });
}

// 20: grenades filled with choking agents.
TEST(WireCoverage14, ChemicalWeapons) {
  ExpectCoded({
      {"Russian troops lobbed grenades filled with chloropicrin into Ukrainian trenches.", "RUSMIL 2041 UKR"},
      {"Syrian forces lobbed grenades filled with chlorine into rebel positions.", "SYRMIL 2041 SYRREB"},
  });
}

// Sport, business, mourning and everyday uses of the same words code nothing.
TEST(WireCoverage14, NoPoliticalEvent) {
  ExpectNotCoded({
      {"Russian mourners laid flowers at the Ukrainian embassy's door.", ""},
      {"Japanese investors spent billions on American bonds.", ""},
      {"The German coach drafted three Polish players into the squad.", ""},
      {"The Italian company put its expansion plans in Egypt on ice.", ""},
      {"The Chinese company shifted its sales force towards India.", ""},
      {"The United Nations sent a team to the football final in Qatar.", ""},
      {"Spanish firefighters set the dry grass ablaze near the French border.", ""},
      {"Brazilian fans stayed away from the stadium in a boycott of the club's owners.", ""},
      {"British unions shut the factory down for the holidays.", ""},
      {"The Indian cricket team got under way in Australia on Friday.", ""},
  });
}

// The readings that must not be taken.
TEST(WireCoverage14, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // A strike threatened is no strike held.
      {"Nigeria's labour unions said they would shut the country down with an indefinite strike.", "14"},
      // A warning of the deep freeze threatens to cut relations, not just any threat.
      {"China warned that relations with Lithuania could go into the deep freeze if Vilnius allowed a Taiwan office.", "130"},
      // Goods barred are an embargo, not a travel ban.
      {"Russia barred goods from Ukraine from entering its market.", "17"},
      // Chlorine grenades are a chemical weapon, not conventional fire.
      {"Syrian forces lobbed grenades filled with chlorine into rebel positions.", "19"},
      // An exercise between two armies is cooperation, not a show of force.
      {"A joint exercise between the armies of India and Egypt got under way on Monday.", "15"},
      // Troops flown in to shore up a president protect it; no invasion.
      {"France flies special forces into Chad to shore up its president.", "19"},
      // A day spent negotiating is a negotiation, not a visit.
      {"The French foreign minister spent Thursday in Paris negotiating a deal with Lebanon.", "042"},
      // A U.N. office closed down is expelled; no diplomatic break.
      {"The Burundian government closed down the U.N. human rights office in Bujumbura.", "161"},
  });
}

}  // namespace
}  // namespace tidings::extract
