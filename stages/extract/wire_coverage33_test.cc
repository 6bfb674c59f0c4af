// Verb families of the roots 04, 10, 13, 15, 16 and 17, written as inventories of the phrasings
// wire copy uses (energy cut off, ground operations, tariffs ordered or hiked, deportees sent
// back, visits to "Port ..." capitals, video calls), with the business, weather and sport uses of
// the same verbs. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// Gas, oil, fuel or power cut off, halted or suspended to a country: an embargo (163), and
// its threat a 13x.
TEST(WireCoverage33, EnergyCutOffToACountry) {
  ExpectCoded({
      {"Russia cut off gas to Moldova on Monday.", "RUS 163 MDA"},
      {"Moscow halted gas flows to Poland and Bulgaria on Wednesday.", "RUS 163 POL"},
      {"Algeria stopped gas deliveries to Spain after the row over Western Sahara.", "DZA 163 ESP"},
      {"Russia suspended oil deliveries to Hungary through the Druzhba pipeline.", "RUS 163 HUN"},
      {"Israel cut off electricity to Gaza.", "ISR 163 PSE"},
      {"Azerbaijan halted fuel supplies to Armenia.", "AZE 163 ARM"},
      {"Russia threatened to cut off gas to Moldova unless Chisinau paid its debt.", "RUS 13"},
  });
  ExpectNotCoded({
      {"The storm cut off power to 200,000 homes in Florida.", ""},
      {"Striking workers shut off gas to the plant.", ""},
      {"The utility halted electricity supplies to the factory for two days.", ""},
  });
}

// A ground operation, cross-border raid, air campaign or counterattack launched against X is
// an attack on it; what is said to be coming is a threat of force.
TEST(WireCoverage33, GroundOperationsAndCampaigns) {
  ExpectCoded({
      {"Turkey launched a ground operation against Kurdish militants in Syria.", "TUR 190 SYRINS"},
      {"Pakistan launched a cross-border operation against militants in Afghanistan.", "PAK 190 AFGINS"},
      {"Israel mounted a military campaign against Hezbollah.", "ISR 190 LBNREB"},
      {"Russia began an air campaign against rebels in Syria.", "RUS 190 SYRREB"},
      {"Ukraine launched a counterattack against Russian forces near Kharkiv.", "UKR 190 RUSMIL"},
      {"Turkey said it would launch a ground operation against the YPG.", "TUR 138 SYRREB"},
  });
  ExpectNotCoded({
      {"The retailer launched a marketing campaign against its rivals.", ""},
      {"The Chinese carmaker launched a price offensive in Europe.", "19"},
  });
}

// What is struck with an actor before "oil" is an attack; "struck oil" alone is found.
TEST(WireCoverage33, OilInstallationsStruck) {
  ExpectCoded({
      {"The Houthis said they would strike Saudi oil installations if Riyadh joined the raids.", "YEMREB 138 SAU"},
      {"Ukrainian drones struck Russian oil depots on Sunday.", "UKR"},
  });
  ExpectNotCoded({
      {"Exxon struck oil off the coast of Guyana.", ""},
      {"The Norwegian company struck oil in the Barents Sea.", ""},
  });
}

// Tariffs ordered on imports from X, duties hiked on goods from X: a trade sanction (163).
TEST(WireCoverage33, TariffsOrderedOrHiked) {
  ExpectCoded({
      {"The U.S. president ordered tariffs of 25% on imports from Canada and Mexico.", "USAGOV 163 CAN"},
      {"India hiked duties on imports from the United States.", "IND 163 USA"},
      {"Turkey raised tariffs on goods made in China.", "TUR 163 CHN"},
      {"The Kremlin ordered sanctions on Moldovan wine producers.", "RUSGOV 163 MDA"},
  });
  ExpectNotCoded({
      {"The airline hiked fares on routes from London.", ""},
      {"The judge ordered a hearing on imports from Mexico.", "16"},
  });
}

// Migrants, asylum seekers or convicts sent back to their country: deportation (174).
TEST(WireCoverage33, DeporteesSentBack) {
  ExpectCoded({
      {"The United States sent 200 Venezuelan migrants back to Caracas.", "USA 174 VEN"},
      {"Britain sent 40 Albanian asylum seekers back to Tirana on Tuesday.", "GBR 174 ALB"},
      {"Australia sent 30 convicted New Zealand nationals back to Wellington.", "AUS 174 NZL"},
  });
  ExpectNotCoded({
      {"The club sent its striker back to Lisbon after the injury.", ""},
      {"Germany sent the draft back to the committee.", ""},
  });
}

// A capital named "Port ..." is a capital, not a port of the town synset: a visit there is a
// visit.
TEST(WireCoverage33, VisitsToPortCapitals) {
  ExpectCoded({
      {"Australia's prime minister touched down in Port Moresby on Thursday for talks.", "AUSGOV 042 PNG"},
      {"The Egyptian president flew to Port Sudan for talks with Burhan.", "EGYGOV 042 SDN"},
      {"India's prime minister landed in Port Louis on a two-day visit.", "INDGOV 042 MUS"},
  });
  ExpectNotCoded({
      {"Ukrainian troops landed in the port of Odesa.", "04"},
      {"Russian paratroopers touched down in the port of Berdyansk.", "04"},
  });
}

// Spoke by video link with X: a consultation by telephone or video (041). Leaders of "the
// opposition" named body are that body's.
TEST(WireCoverage33, VideoLinksAndLeadersOfANamedBody) {
  ExpectCoded({
      {"The Malaysian leader spoke by video link with leaders of Myanmar's opposition.", "MYSGOV 041 MMR"},
      {"Ukraine's president spoke by video link with European leaders.", "UKRGOV 041"},
      {"The Malaysian leader met leaders of the opposition National Unity Government.", "MYSGOV 040 MMR"},
  });
  ExpectNotCoded({
      {"The coach spoke by video link with reporters after the match.", ""},
  });
}

// A state leaving an organisation, bloc or initiative reduces relations with it (160); troops
// leaving a town retreat (0874).
TEST(WireCoverage33, LeavingAnOrganisation) {
  ExpectCoded({
      {"Nicaragua withdrew from the Organization of American States.", "NIC 160 IGOOAS"},
      {"Hungary pulled out of the International Criminal Court.", "HUN 160 IGOJUDICC"},
      {"Italy pulled out of China's Belt and Road Initiative.", "ITA 160 CHN"},
      {"Russian troops withdrew from the city of Kherson.", "RUSMIL 0874 UKR"},
      {"The U.N. withdrew its peacekeepers from Mali.", "IGOUNO 0874 MLI"},
  });
}

// Disbursements halted are economic aid cut (1621).
TEST(WireCoverage33, DisbursementsHalted) {
  ExpectCoded({
      {"The African Development Bank suspended disbursements to Gabon after the coup.", "IGOAFRDEV 1621 GAB"},
      {"The IMF froze disbursements to Mozambique.", "IGOBUSIMF 1621 MOZ"},
  });
}

// Warplanes into another's airspace or zone, ships into its economic zone, jets close to its
// ships or planes: a show of force (150). A leader flown into a capital on a trip visits it.
TEST(WireCoverage33, AircraftAndShipsIntoAnothersZone) {
  ExpectCoded({
      {"Russian bombers flew into Japanese airspace on Tuesday.", "RUSMIL 150 JPN"},
      {"Chinese coast guard ships sailed into the Philippines' exclusive economic zone.", "CHNMIL 150 PHL"},
      {"Two Russian fighter jets flew close to a British spy plane over the Black Sea.", "RUSMIL 150 GBR"},
      {"The Slovak prime minister flew into Moscow on Sunday on a surprise trip.", "SVKGOV 042 RUS"},
  });
  ExpectNotCoded({
      {"The airline's jets flew into Heathrow on Monday.", ""},
      {"Migratory birds flew into Kenyan airspace.", ""},
  });
}

// What a time noun's relative clause says happened ("after a week in which ...") is the time
// the news follows, no event of its own.
TEST(WireCoverage33, TimeNounRelativeIsBackground) {
  ExpectNotCoded({
      {"Taiwan protested on Monday after a week in which Chinese warplanes flew into its air defence zone.", "15"},
      {"Syria complained after a year in which Israeli jets struck Damascus dozens of times.", "19"},
  });
  ExpectCoded({
      {"Chinese warplanes flew into Taiwan's air defence zone on Monday.", "CHNMIL 150 TWN"},
  });
}

// A release demanded or appealed for, of people held by or in another, is asked of the holder
// (1053, 0253); their detention so described is background to the appeal, no event.
TEST(WireCoverage33, ReleaseAskedOfTheHolder) {
  ExpectCoded({
      {"Canada demanded the immediate release of two Canadians held in China.", "CAN 1053 CHN"},
      {"Japan demanded the release of a Japanese executive detained by China.", "JPN 1053 CHN"},
      {"France called for the release of French citizens detained in Iran.", "FRA 0253 IRN"},
      {"Germany demanded the release of German nationals held hostage by Hamas.", "DEU 1053 PSEREB"},
      {"Italy demanded the release of an Italian journalist held in Tehran's Evin prison.", "ITA 1053 IRN"},
      {"Austria urged Iran to free two Austrian nationals jailed in Tehran.", "AUT 0253 IRN"},
      {"Sri Lanka said it would release 23 Indian fishermen arrested last month.", "LKA 0353 IND"},
  });
  ExpectNotCoded({
      {"France called for the release of French citizens detained in Iran.", "17"},
      {"The United States called for the immediate release of Americans jailed in Russia.", "17"},
      {"Germany demanded the release of German nationals held hostage by Hamas.", "18"},
      {"Austria urged Iran to free two Austrian nationals jailed in Tehran.", "17"},
  });
}

// An act of force or protest done to "no" one did not happen; a statement after a comma, past
// an infinitive complement, is the asker's.
TEST(WireCoverage33, ActsDoneToNoOne) {
  ExpectNotCoded({
      {"Kenyan police fired no shots during the protest in Nairobi.", ""},
      {"Iran said the British sailors had broken no law.", ""},
  });
  ExpectCoded({
      {"Kenyan police fired tear gas at protesters in Nairobi.", "KENCOP 175"},
  });
}

// A threat naming no one, with an "after", "for" or "over" phrase naming another state's attack,
// is aimed at that state.
TEST(WireCoverage33, ThreatAnsweringAnAttack) {
  ExpectCoded({
      {"Pakistan vowed to retaliate after Indian strikes killed 26 people.", "PAK 138 IND"},
      {"Iran vowed revenge for Israel's attack on its consulate in Damascus.", "IRN 138 ISR"},
      {"The Taliban vowed to respond after Pakistani air strikes hit Khost.", "AFGGOV 138 PAK"},
  });
  ExpectNotCoded({
      {"The coach vowed to respond after the defeat.", ""},
      {"India vowed to punish the perpetrators after militants killed 26 tourists in Kashmir.", "13"},
  });
}

// Offices of a news outlet or group closed, citizenship revoked: administrative sanctions (172);
// another state's offices closed: diplomacy reduced (161).
TEST(WireCoverage33, OfficesClosedAndCitizenshipRevoked) {
  ExpectCoded({
      {"Azerbaijan closed the offices of the BBC in Baku.", "AZE 172 GBRMED"},
      {"Nicaragua revoked the citizenship of 135 opponents.", "NIC 172 NICOPP"},
      {"Russia closed the offices of the Finnish consulate in St Petersburg.", "RUS 161 FINGOV"},
  });
  ExpectNotCoded({
      {"The bank closed the offices of its Russian unit.", ""},
      {"The ministry closed its offices for the holiday.", ""},
  });
}

// An official's visit to a city of another country is a visit to that country (042); troops,
// refugees, tourists and teams travelling pay no visit.
TEST(WireCoverage33, VisitsToCities) {
  ExpectCoded({
      {"Modi visited Dubai on Tuesday.", "INDGOV 042 ARE"},
      {"The Chinese premier arrived in Karachi for talks.", "CHNGOV 042 PAK"},
      {"The German chancellor visited Lviv on Monday.", "DEUGOV 042 UKR"},
      {"The Serbian president flew to Banja Luka on Friday.", "SRBGOV 042 BIH"},
  });
  ExpectNotCoded({
      {"Russian troops arrived in Bakhmut on Monday.", "04"},
      {"Syrian refugees arrived in Izmir on Tuesday.", ""},
      {"Iranian pilgrims travelled to Karbala for Arbaeen.", ""},
      {"Chinese tourists visited Bangkok in record numbers.", ""},
      {"The England team arrived in Sydney for the Ashes.", ""},
  });
}

// Officials of two sides who huddled met (040); a visitor greeted on the tarmac was received
// (043); a leader who left for a capital on a trip visits it (042).
TEST(WireCoverage33, HuddlesGreetingsAndTrips) {
  ExpectCoded({
      {"Iranian and Omani officials huddled for six hours in a Muscat hotel.", "IRNGOV 040 OMNGOV"},
      {"Hungary's president greeted the Chinese premier on the airport tarmac.", "HUNGOV 043 CHNGOV"},
      {"Nepal's prime minister left for New Delhi on a three-day trip.", "NPLGOV 042 IND"},
  });
  ExpectNotCoded({
      {"Residents huddled in basements as the shelling continued.", ""},
      {"Thousands of Ukrainian refugees huddled in tents near the Polish border.", ""},
  });
}

// Retaliation or an answer with duties on another's goods, tariffs begun, and tariffs slapped by
// two states "both": trade sanctions (163), no fight.
TEST(WireCoverage33, TariffsAnsweredAndRetaliated) {
  ExpectCoded({
      {"The EU retaliated with duties on American whiskey.", "IGOEUREEC 163 USA"},
      {"Mexico answered U.S. tariffs on Friday with 20% duties on American pork.", "MEX 163 USA"},
      {"Colombia answered with a tariff of its own on Ecuadorean goods.", "COL 163 ECU"},
      {"Peru began charging a 20% tariff on imports from Chile.", "PER 163 CHL"},
      {"Japan and South Korea both slapped tariffs on Chinese steel.", "JPN 163 CHN"},
      {"Japan and South Korea both slapped tariffs on Chinese steel.", "KOR 163 CHN"},
  });
  ExpectNotCoded({
      {"The EU retaliated with duties on American whiskey.", "19"},
      {"Canada and Mexico both grapple with U.S. tariffs.", ""},
  });
}

// Intercepts and shows of force at another's ships and aircraft (150): buzzed, tailed, flares
// fired near them, drones deployed over or flown around their islands, mock attacks staged.
TEST(WireCoverage33, ShowsOfForceAtShipsAndAircraft) {
  ExpectCoded({
      {"Chinese fighter jets buzzed a Philippine patrol plane over the South China Sea.", "CHNMIL 150 PHL"},
      {"Chinese coast guard vessels tailed a Philippine supply ship near the shoal.", "CHNMIL 150 PHL"},
      {"Chinese jets fired flares near an Australian helicopter.", "CHNMIL 150 AUS"},
      {"Turkey deployed drones over Greek islands.", "TUR 150 GRC"},
      {"Chinese drones flew around Taiwan on Monday.", "CHNMIL 150 TWN"},
      {"China's military staged mock attacks on Taiwan's ports.", "CHNMIL 150 TWN"},
  });
  ExpectNotCoded({
      {"Turkey deployed drones over Greek islands.", "07"},
      {"China's military staged mock attacks on Taiwan's ports.", "19"},
      {"Sales tailed off in the second quarter.", ""},
      {"The city buzzed with rumours of a coup.", ""},
  });
}

// A statement, resolution or motion a body issued, adopted or passed, "demanding", "urging" or
// "condemning": the body's own demand, appeal or criticism. One vetoed is no one's act.
TEST(WireCoverage33, DocumentsDemandingOrCondemning) {
  ExpectCoded({
      {"Iraq's parliament passed a resolution demanding that U.S. troops leave the country.", "IRQLEG 100 USAMIL"},
      {"The Arab League issued a statement condemning Israel's strike on Qatar.", "IGOMEAARL 111 ISR"},
      {"The European Parliament passed a motion urging China to release Jimmy Lai.", "IGOEUREEC 0253 CHN"},
  });
  ExpectNotCoded({
      {"The Arab League issued a statement condemning Israel's strike on Qatar.", "010"},
      {"The United States vetoed a Security Council resolution demanding a ceasefire in Gaza.", "10"},
  });
}

// Migrants, convicts or overstayers returned, flown or put on a ship back to their country:
// deportation (174); prisoners returned are released (0841).
TEST(WireCoverage33, DeporteesReturnedOrFlownBack) {
  ExpectCoded({
      {"Germany returned 28 Afghan convicts to Kabul on a charter flight.", "DEU 174 AFG"},
      {"Poland returned 50 migrants to Belarus.", "POL 174 BLR"},
      {"Japan flew 44 Sri Lankan overstayers back to Colombo.", "JPN 174 LKA"},
      {"Thailand put 60 Cambodian migrants on buses back to Siem Reap.", "THA 174 KHM"},
      {"Ukraine returned 95 prisoners of war to Russia.", "UKR 0841 RUS"},
  });
  ExpectNotCoded({
      {"Ukraine returned 95 prisoners of war to Russia.", "17"},
      {"The airline flew 200 tourists back to London.", ""},
  });
}

// An ambassador or diplomats ordered, brought, called or summoned home or back from X: a recall
// (161), no complaint.
TEST(WireCoverage33, DiplomatsCalledHome) {
  ExpectCoded({
      {"Mexico ordered all its diplomats home from Quito.", "MEX 161 ECU"},
      {"Colombia brought its ambassador home from Tel Aviv.", "COL 161 ISR"},
      {"Brazil summoned its ambassador back from Israel.", "BRA 161 ISR"},
      {"Chad called its ambassador home from Qatar.", "TCD 161 QAT"},
  });
  ExpectNotCoded({
      {"Brazil summoned its ambassador back from Israel.", "11"},
      {"The club brought its striker home from Spain.", ""},
  });
}

// Said another "would face a harsh response / consequences" or "would pay a heavy price": a
// threat to it (130); a forecast of hard times is none.
TEST(WireCoverage33, WouldFaceAResponse) {
  ExpectCoded({
      {"Iran said Israel would face a harsh response.", "IRN 130 ISR"},
      {"North Korea said the United States would face unimaginable consequences.", "PRK 130 USA"},
      {"Russia said Poland would pay dearly if it sent troops to Ukraine.", "RUS 130 POL"},
  });
  ExpectNotCoded({
      {"The minister said Kenya would face higher fuel prices.", ""},
      {"The IMF said Argentina would face a recession.", ""},
  });
}

// Spoke or talked on the phone with X (041); kicked off or carried out a state visit to X (042).
TEST(WireCoverage33, PhoneTalksAndVisitsBegun) {
  ExpectCoded({
      {"Macron spoke on the phone with Zelensky.", "FRAGOV 041 UKRGOV"},
      {"The Kenyan president talked on the phone with the Ugandan leader.", "KENGOV 041 UGAGOV"},
      {"The French president kicked off a state visit to Vietnam.", "FRAGOV 042 VNM"},
  });
  ExpectNotCoded({
      {"The striker spoke on the phone with his agent.", ""},
      {"Fans kicked off the celebrations with a parade.", ""},
  });
}

}  // namespace
}  // namespace tidings::extract
