#include "clean/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>

#include "clean/text_util.h"

namespace tidings::clean {
namespace {

// Abbreviations after which a full stop does not end a sentence in news copy.
constexpr const char* kNewsAbbreviations[] = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Sgt.", "Cpl.",
    "Pvt.", "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "Pres.", "Supt.", "Insp.", "Amb.", "Sec.", "Atty.", "Gen.",
    "Jr.", "Sr.", "St.", "Ave.", "Blvd.", "Rd.", "Mt.", "Ft.", "No.", "Nos.", "Vol.", "Fig.", "Co.", "Corp.",
    "Inc.", "Ltd.", "Bros.", "Dept.", "Univ.", "Assn.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
    "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "D.C.", "a.m.", "p.m.",
    "approx.", "est.", "vs.", "v.", "etc.", "i.e.", "e.g.", "cf.", "al.", "Ala.", "Ariz.", "Ark.", "Calif.",
    "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.",
    "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.",
    "Wash.", "Wis.", "Wyo.", "R-W.Va.", "W.Va.", "N.Y.", "N.J.", "N.C.", "S.C.", "N.H.", "N.M.", "N.D.", "S.D.",
    "R.I.", "Pte.", "Bhd.", "Abp.", "Msgr.", "Fr.", "Messrs.", "Mme.", "Mlle.", "Ph.D.", "Esq.", "Gens.",
    "Sens.", "Reps.", "Govs.", "Mts.", "Hwy.", "Cie.", "Cos.", "Mfg.", "Intl.", "Natl.", "Govt.", "Tues.",
    "Thurs.",
};

}  // namespace

SentenceSplitter::SentenceSplitter(std::string_view language) {
  UErrorCode err = U_ZERO_ERROR;
  icu::Locale locale(std::string(language).c_str());
  std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(locale, err));
  if (U_FAILURE(err) || !base) {
    err = U_ZERO_ERROR;
    base.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err));
  }
  // Our own list only: ICU's English list holds "Lt.Col."-style entries that turn "Lt." into
  // a partial match, so "Lt. Col. Smith" would break after "Lt.".
  err = U_ZERO_ERROR;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(err));
  if (builder && U_SUCCESS(err)) {
    for (const char* abbr : kNewsAbbreviations) {
      UErrorCode e2 = U_ZERO_ERROR;
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbr), e2);
    }
    UErrorCode e3 = U_ZERO_ERROR;
    icu::BreakIterator* wrapped = builder->wrapIteratorWithFilter(base.release(), e3);
    if (U_SUCCESS(e3) && wrapped) iter_.reset(wrapped);
  }
  if (!iter_) {
    err = U_ZERO_ERROR;
    iter_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err));
  }
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<std::string> SentenceSplitter::Split(std::string_view paragraph) {
  std::vector<std::string> out;
  std::string_view p = Trim(paragraph);
  if (p.empty()) return out;
  if (!iter_) {
    out.emplace_back(p);
    return out;
  }
  // A leading space: ICU's abbreviation filter does not see an abbreviation at offset 0
  // ("Gen. Milley said ..." would break after "Gen.").
  icu::UnicodeString text(u' ');
  text.append(icu::UnicodeString::fromUTF8(icu::StringPiece(p.data(), static_cast<int32_t>(p.size()))));
  iter_->setText(text);
  int32_t start = iter_->first();
  for (int32_t end = iter_->next(); end != icu::BreakIterator::DONE; start = end, end = iter_->next()) {
    std::string s;
    text.tempSubStringBetween(start, end).toUTF8String(s);
    std::string_view t = Trim(s);
    if (!t.empty()) out.emplace_back(t);
  }
  return out;
}

}  // namespace tidings::clean
