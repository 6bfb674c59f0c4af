// Recall lost to phrase structure: the second member of an "X and Y" object or subject opened by
// an indefinite article or an adjective ("two Estonian journalists and a Latvian cameraman", "the
// United Nations and neighbouring Egypt"); what someone else named a thing ("what it called
// shelling that killed ...") is no act of the namer; "by suspected militants" holds no verb; a
// second title of an appositive ("Azerbaijan's president and the host of ..."); a country's
// diplomat to a body ("Russia's U.N. ambassador"); an obligation before its attribution ("China
// must pull its troops back, India's army chief said") is the speaker's demand; a participle
// after a date ("issued a statement on Sunday condemning Israel") is the subject's act; an actor
// inside a description after the subject ("Jordan's King Abdullah, a close U.S. ally,") is none;
// nor is an attribution there ("Russia, Ukraine's foreign ministry said, had shelled ..."); "and
// its ally Belarus" joins a compound; "as talks with Ethiopia stalled" opens a clause of its own.
// Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// "and a/an ..." and "and neighbouring/rival ..." or an adjective before an actor with a country
// still join the two members of a compound: both are acted on (or act).
TEST(WireCoverage45, ArticleOrAdjectiveOpeningTheSecondMemberOfACompound) {
  ExpectExactly("Iranian police arrested three British tourists and a French teacher in Isfahan on Monday.",
                {"IRNCOP 173 GBRCVL", "IRNCOP 173 FRAEDU"});
  ExpectExactly("Venezuela called on Brazil and neighbouring Colombia to reopen their borders.",
                {"VEN 0251 BRA", "VEN 0251 COL"});
  ExpectExactly("Ecuador expelled a Mexican diplomat and a former Colombian official on Friday.",
                {"ECU 161 MEXGOV", "ECU 161 COLGOV"});
  ExpectCoded({
      {"Gunmen abducted two Turkish journalists and a Pakistani driver near Kandahar on Sunday.", "AFGUAF 181 PAK"},
      {"Two Dutch reporters and a Belgian photographer were detained by Egyptian police on Friday.",
       "EGYCOP 173 NLDMED"},
      {"Two Dutch reporters and a Belgian photographer were detained by Egyptian police on Friday.", "EGYCOP 173 BEL"},
      {"Pakistan accused India and rival Afghanistan of sheltering militants.", "PAK 112 AFG"},
      {"Armenia appealed to Russia and an influential French envoy for help.", "ARM 020 FRAGOV"},
  });
  // An "and" that opens another clause joins nothing: the actor after it is that clause's subject.
  ExpectExactly("Israel bombed Gaza and a Lebanese official said Hezbollah would respond.", {"ISR 195 PSE"});
  ExpectExactly("Russia struck Kharkiv and visiting Ukrainian officials said the toll was rising.", {"RUS 190 UKR"});
  ExpectNotCoded({
      // "fellow" opens a category ("fellow NATO member"), no second actor of its own.
      {"Turkey accused Greece and fellow NATO member France of arming militants.", "112 IGOWSTNAT"},
      // A plain noun after the article ("and a regional commander said"): no member.
      {"The Malian army killed two militants and a regional commander said the operation was over.", "190 MLIMIL"},
  });
}

// "Ilham Aliyev, Azerbaijan's president and the host of this year's U.N. climate summit,
// accused ...": a second title after "and" and an article may name what its holder heads or
// hosts; the appositive still ends at the comma and the named person acts, not the body named
// inside the title.
TEST(WireCoverage45, SecondTitleOfAnAppositiveNamesWhatItsHolderHeads) {
  ExpectExactly("Cyril Ramaphosa, South Africa's president and the head of the ANC, criticised Israel on Monday.",
                {"ZAFGOV 111 ISR"});
  ExpectExactly("Recep Tayyip Erdogan, Turkey's president and a former mayor of Istanbul, praised Qatar.",
                {"TURGOV 051 QAT"});
  ExpectCoded({
      {"Ilham Aliyev, Azerbaijan's president and the host of the U.N. climate talks, accused France of meddling.",
       "AZEGOV 112"},
      {"Emmanuel Macron, France's president and the host of the NATO summit, urged Russia to withdraw its troops.",
       "FRAGOV 0256 RUS"},
  });
}

// "Russia's U.N. ambassador", "Hungary's EU representative": a country's diplomat to a body is
// the country's government, not the body; "the U.N. ambassador" alone stays the body's.
TEST(WireCoverage45, CountrysDiplomatToAnInternationalBody) {
  ExpectExactly("China's U.N. ambassador criticised Japan on Tuesday.", {"CHNGOV 111 JPN"});
  ExpectExactly("Russia's U.N. envoy, Vassily Nebenzia, defended Syria on Friday.", {"RUSGOV 052 SYR"});
  ExpectCoded({
      {"Hungary's EU representative blocked the new sanctions on Russia.", "HUNGOV"},
      {"The U.N. ambassador criticised Russia.", "IGOUNO 111 RUS"},
  });
}

// "China must pull its troops back ..., India's army chief said": an obligation that opens the
// sentence, attributed after a comma or a closing quote, is the speaker's demand of the obliged
// actor, never the act; of the speaker's own side, no event.
TEST(WireCoverage45, FrontedObligationIsTheSpeakersDemand) {
  ExpectExactly("Hamas must free all the hostages before any ceasefire, Israel's prime minister told parliament.",
                {"ISRGOV 1053 PSEREB"});
  ExpectExactly("Israel must stop its offensive in Rafah, the French foreign minister said on Monday.",
                {"FRAGOV 1056 ISR"});
  ExpectExactly("Venezuela has to release the detained Americans, the U.S. envoy said.", {"USAGOV 1053 VEN"});
  ExpectCoded({
      {"Russia must withdraw its troops from Georgia and Moldova, the NATO chief said.", "IGOWSTNAT 1056 RUS"},
      {"Pakistan should hand over the suspects to India, the Indian foreign ministry said on Friday.", "INDGOV 10"},
  });
  // Of its own side, no act and no demand; a reported act (no obligation) stays the act.
  ExpectExactly("Ukraine must defend itself against Russian attacks, the Ukrainian president said.", {});
  ExpectCoded({{"Russia withdrew its troops from the border, the Ukrainian defence ministry said.", "RUS 0874"}});
  // Another clause before the speaker: not its attribution.
  ExpectNotCoded({{"Russia must withdraw its troops, and Ukraine said it would keep fighting.", "1056"}});
}

// "issued a statement on Sunday condemning Israel": a participle after a date that follows the
// act's noun is the act's author's, as it is right after the noun; after an actor inside a
// prepositional phrase ("at the African Union on Monday accusing ..."), it is no act of that actor.
TEST(WireCoverage45, ParticipleAfterADateIsTheSubjectsAct) {
  ExpectExactly("Egypt issued a statement on Sunday condemning Israel.", {"EGY 111 ISR"});
  ExpectExactly("Poland issued a statement on Monday demanding that Germany pay reparations.", {"POL 103 DEU"});
  ExpectCoded({
      {"Ukraine's foreign ministry released a statement on Tuesday urging Hungary to lift its veto.", "UKRGOV 02"},
      {"The U.N. Security Council adopted a resolution on Friday demanding that Israel halt its offensive.",
       "IGOUNO 10"},
  });
  // (The complaint to the body, no accusation by it.)
  ExpectExactly("Kenya filed a complaint at the African Union on Monday accusing Somalia of meddling.",
                {"KEN 114 IGOAFRAFU"});
  ExpectNotCoded({{"Russia's football team played on Sunday, beating Spain 3-0.", ""}});
}

// "Jordan's King Abdullah, a close U.S. ally, criticised ...": an article and a short noun phrase
// between commas describe the actor before them; an actor named inside the description ("U.S.",
// "Kremlin") does not act.
TEST(WireCoverage45, DescriptionAfterTheSubjectDoesNotAct) {
  ExpectExactly("Jordan's King Abdullah, a close U.S. ally, criticised Israel on Monday.", {"JORGOV 111 ISR"});
  ExpectExactly("Kenya, a regional heavyweight, sent troops to Haiti.", {"KEN 074 HTI"});
  ExpectCoded({
      {"Rafael Grossi, the head of the U.N. nuclear watchdog, urged Iran to restore camera access.", "IGOUNOIAE 02"},
      {"Myanmar's army and the Arakan Army, an ethnic rebel group, agreed to a ceasefire on Monday.", "MMRMIL 0871"},
  });
  ExpectExactly("Viktor Orban, a longtime Kremlin ally, blocked the EU sanctions on Russia.",
                {"HUNGOV 124 IGOEUREEC"});
}

// "Russia, Ukraine's foreign ministry said, had shelled Kharkiv": an attribution set off by
// commas right after the sentence's opening subject is no clause break; the subject acts. After
// a clause (", X said on Tuesday, provided ..."), it stays that clause's attribution.
TEST(WireCoverage45, ParentheticalAttributionAfterTheSubject) {
  ExpectExactly("Russia, Ukraine's foreign ministry said, had shelled Kharkiv overnight.", {"RUS 194 UKR"});
  ExpectExactly("Hamas, Israeli officials said, had fired rockets at Tel Aviv.", {"PSEREB 190 ISR"});
  ExpectCoded({
      {"Iran, its foreign minister said on Monday, accused Washington of sabotage.", "IRN 112 USA"},
      {"Russia, the ministry said, fired 40 missiles at Kyiv overnight.", "RUS 195 UKR"},
  });
  ExpectNotCoded({
      {"Sweden will send troops to a force that would patrol Ukraine, Prime Minister Ulf Kristersson said on "
       "Tuesday, provided the force has American backing.",
       "070 USA"},
  });
}

// "Russia and its ally Belarus", "the United States and its allies Britain and France": the
// relation after the possessive opens the next member of the compound.
TEST(WireCoverage45, AllyOrPartnerOpeningTheSecondMember) {
  ExpectExactly("The United States and its allies Britain and France struck Syria.",
                {"USA 190 SYR", "GBR 190 SYR", "FRA 190 SYR"});
  ExpectCoded({
      {"Russia and its ally Belarus held joint drills on Monday.", "BLR 062 RUS"},
      {"Iran and its ally Syria condemned Israel on Sunday.", "IRN 111 ISR"},
  });
  ExpectExactly("Israel struck Gaza and its ally the United States said nothing.", {"ISR 190 PSE"});
}

// "signed an agreement on Tuesday as talks with Ethiopia stalled": "as" and a plain plural noun
// opening a clause end the act's object and its pattern's reach; a compound that signs acts on
// each other, not on the actor of that clause. "known as", "as part of" open no clause.
TEST(WireCoverage45, AsClauseWithAPlainNounEndsTheObject) {
  ExpectExactly(
      "Egypt and Sudan signed a military cooperation agreement in Khartoum on Tuesday as talks with Ethiopia "
      "over the Nile dam stalled.",
      {"EGY 057 SDN", "SDN 057 EGY"});
  ExpectExactly("Russia attacked Ukraine as talks with NATO stalled.", {"RUS 190 UKR"});
  ExpectCoded({
      {"The UAE signed an agreement known as the Abraham Accords with Israel.", "ARE 057 ISR"},
      {"Russia signed a deal as part of a wider partnership with Iran.", "RUS 057 IRN"},
      {"Turkey signed a defence agreement with Libya on Monday.", "TUR 057 LBY"},
  });
}

// "what it called unprovoked shelling that killed ...": the thing someone else named is not the
// namer's act; its relative clause has no actor as its subject.
TEST(WireCoverage45, WhatSomeoneCalledIsNotTheNamersAct) {
  ExpectExactly("Ukraine condemned what Moscow called a retaliatory strike that killed 12 civilians.", {});
  ExpectNotCoded({
      {"India lodged a protest with Pakistan over what it called unprovoked firing that wounded two Indian soldiers.",
       "19"},
      {"Kyiv protested over what Minsk described as a border incident that injured a Belarusian guard.", "19"},
  });
  // Without "what ... called", the object of an actor's act still carries its agency.
  ExpectCoded({
      {"Russia launched missiles that killed 12 Ukrainian civilians in Odesa.", "RUS 19"},
  });
}

// "by suspected militants": a modifier's past form between "by" and an actor is an adjective,
// never the verb "suspect" acting on them.
TEST(WireCoverage45, SuspectedAfterByIsAnAdjective) {
  ExpectNotCoded({
      {"Two Kenyan police officers were killed by suspected Somali militants near the border.", "11"},
      {"A Colombian soldier was kidnapped by suspected guerrillas in Arauca.", "11"},
  });
}

}  // namespace
}  // namespace tidings::extract
