// The built-in dictionaries against ordinary wire copy, thirtieth pass: a body's one-word name
// inside a person's name. "Duma" names Russia's legislature, and is also a given name: after
// another country's possessive ("Botswana's Duma Mokgosi"), a title ("President Duma Mensah") or
// a title's appositive ("Ghana's foreign minister, Duma Mensah,") and right before a surname, it is the person's, who keeps the country of the phrase. Russia's
// own Duma, and a title after it ("Duma Speaker"), stay the legislature.
// An area named like another country's town ("the Bari region of Somalia": Bari is also an
// Italian city) is in the country named after "of": domestic actors take that country.
// An environmental activist shot dead by gunmen is assassinated (186), as any activist is; a
// group killed, or one shot by police, is not.
// wire_coverage_test.cc to wire_coverage29_test.cc are the earlier passes. Every sentence here was
// written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

TEST(WireCoverage30, ABodysNameBeforeASurnameIsAGivenName) {
  ExpectExactly("Botswana's Duma Mokgosi met Zambia's president in Lusaka on Friday.", {"BWA 040 ZMBGOV"});
  ExpectExactly("Botswanan President Duma Kgosi criticised Zimbabwe on Monday.", {"BWAGOV 111 ZWE"});
  ExpectExactly("Ghana's President Duma Mensah thanked Togo for its help.", {"GHAGOV 051 TGO"});
  ExpectExactly("Kenya's Duma Otieno praised Uganda on Sunday.", {"KEN 051 UGA"});
  // An appositive after a title: the title's actor.
  ExpectExactly("Botswana's new president, Duma Kgosi, whose party won the vote, met Namibia's president in "
                "Windhoek on Friday.",
                {"BWAGOV 040 NAMGOV"});
  ExpectExactly("Ghana's foreign minister, Duma Mensah, criticised Togo on Monday.", {"GHAGOV 111 TGO"});
  // A given name alone names no body that acts.
  ExpectNotCoded({{"Botswana's Duma Mokgosi opened a new library in Gaborone on Friday.", ""}});
}

TEST(WireCoverage30, RussiasOwnDumaStaysTheLegislature) {
  ExpectExactly("Russia's Duma Speaker Vyacheslav Volodin criticised Germany on Monday.", {"RUSLEG 111 DEU"});
  ExpectExactly("The Russian Duma condemned Estonia on Tuesday.", {"RUSLEG 111 EST"});
  ExpectExactly("The State Duma praised Belarus on Wednesday.", {"RUSLEG 051 BLR"});
  ExpectExactly("Russia's parliament, the Duma, condemned Estonia on Tuesday.", {"RUSLEG 111 EST"});
}

TEST(WireCoverage30, AnAreaOfANamedCountryIsThatCountrys) {
  ExpectExactly("Militants stormed an army base in the Bari region of Somalia's Puntland on Monday.",
                {"SOMINS 190 SOMMIL"});
  ExpectExactly("Rebels attacked soldiers in the Bari region of Somalia on Monday.", {"SOMREB 190 SOMMIL"});
  ExpectExactly("Police arrested protesters in the Idlib province of Syria.", {"SYRCOP 173 SYROPP"});
  // Without a country after it, the name keeps its own country.
  ExpectExactly("Militants killed soldiers in Bari province on Friday.", {"ITAINS 190 ITAMIL"});
  ExpectNotCoded({{"Militants stormed an army base in the Bari region of Somalia's Puntland on Monday.", "190 ITA"}});
}

TEST(WireCoverage30, AnActivistShotDeadIsAssassinated) {
  ExpectExactly("Gunmen shot dead environmental activist Rosa Mejia in Honduras on Saturday.", {"HNDUAF 186 HNDENV"});
  ExpectExactly("Gunmen shot dead an environmental activist in northern Honduras on Saturday.",
                {"HNDUAF 186 HNDENV"});
  ExpectExactly("Gunmen killed five environmentalists in an ambush in Colombia.", {"COLUAF 190 COLENV"});
  ExpectExactly("Police shot dead an environmental activist during a protest in Lima.", {"PERCOP 193 PERENV"});
  ExpectNotCoded({{"Gunmen killed five environmentalists in an ambush in Colombia.", "186"}});
}

}  // namespace
}  // namespace tidings::extract
