#include "clean/charset_decoder.h"

#include <gtest/gtest.h>

#include <random>

#include "clean/article_cleaner.h"

namespace tidings::clean {
namespace {

std::string Decode(std::string_view bytes, std::string_view content_type = "", DecodedText* info = nullptr) {
  DecodedText d;
  Status s = DecodeToUtf8(bytes, content_type, &d);
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(IsValidUtf8(d.utf8));
  if (info) *info = d;
  return d.utf8;
}

TEST(CharsetDecoder, Utf8ByteOrderMarkIsStrippedAndWins) {
  DecodedText info;
  std::string out = Decode("\xEF\xBB\xBF<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9</p>", "", &info);
  EXPECT_EQ(info.charset, "UTF-8");
  EXPECT_EQ(info.charset_source, "bom");
  EXPECT_EQ(out.find("\xEF\xBB\xBF"), std::string::npos);
  EXPECT_NE(out.find("caf\xC3\xA9"), std::string::npos);
}

TEST(CharsetDecoder, Utf16LittleEndianByteOrderMark) {
  std::string bytes = "\xFF\xFE";
  for (char c : std::string("<p>Hi</p>")) {
    bytes.push_back(c);
    bytes.push_back('\0');
  }
  DecodedText info;
  EXPECT_EQ(Decode(bytes, "", &info), "<p>Hi</p>");
  EXPECT_EQ(info.charset, "UTF-16LE");
}

TEST(CharsetDecoder, TransportHintBeatsMetaDeclaration) {
  // Bytes are KOI8-R ("мир"), the page claims windows-1252, the HTTP header says koi8-r.
  std::string bytes = "<meta charset=windows-1252><p>\xCD\xC9\xD2</p>";
  DecodedText info;
  std::string out = Decode(bytes, "text/html; charset=KOI8-R", &info);
  EXPECT_EQ(info.charset_source, "transport");
  EXPECT_NE(out.find("\xD0\xBC\xD0\xB8\xD1\x80"), std::string::npos) << out;  // мир
}

TEST(CharsetDecoder, MetaCharsetAndHttpEquiv) {
  EXPECT_EQ(CharsetFromMeta("<head><meta charset=\"Shift_JIS\">"), "shift_jis");
  EXPECT_EQ(CharsetFromMeta("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">"),
            "windows-1251");
  std::string out = Decode("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xCC\xE8\xF0</p>");
  EXPECT_NE(out.find("\xD0\x9C\xD0\xB8\xD1\x80"), std::string::npos) << out;  // Мир
}

TEST(CharsetDecoder, Windows1252SmartQuotesWhenLatin1IsDeclared) {
  // Servers say ISO-8859-1 but send cp1252 curly quotes and dashes (0x91-0x97).
  std::string out = Decode("<p>\x93Yes,\x94 he said \x96 it\x92s done\x85</p>", "text/html; charset=ISO-8859-1");
  EXPECT_NE(out.find("\xE2\x80\x9CYes,\xE2\x80\x9D"), std::string::npos) << out;
  EXPECT_NE(out.find("\xE2\x80\x93"), std::string::npos);
  EXPECT_NE(out.find("it\xE2\x80\x99s"), std::string::npos);
  EXPECT_NE(out.find("\xE2\x80\xA6"), std::string::npos);
}

TEST(CharsetDecoder, DeclaredLatin1ButActuallyUtf8) {
  DecodedText info;
  std::string out = Decode("<meta charset=iso-8859-1><p>Se\xC3\xB1or Mu\xC3\xB1oz \xE2\x80\x94 Z\xC3\xBCrich</p>", "", &info);
  EXPECT_EQ(info.charset, "UTF-8");
  EXPECT_NE(out.find("Se\xC3\xB1or"), std::string::npos) << out;  // not "SeÃ±or"
}

TEST(CharsetDecoder, DeclaredLatin1ButMixedUtf8IsRepairedAsUtf8) {
  DecodedText info;
  std::string out = Decode("<meta charset=iso-8859-1><p>Se\xC3\xB1or Mu\xC3\xB1oz \xE2\x80\x94 Z\xC3\xBCrich, "
                           "it\x92s Andr\xC3\xA9\x85</p>", "", &info);
  EXPECT_EQ(info.charset, "UTF-8");
  EXPECT_EQ(info.replaced, 2u);
  EXPECT_NE(out.find("Andr\xC3\xA9\xE2\x80\xA6"), std::string::npos) << out;
}

TEST(CharsetDecoder, DeclaredUtf8ButActuallyWindows1252) {
  std::string body;
  for (int i = 0; i < 20; ++i) body += "Le caf\xE9 de la soci\xE9t\xE9 \xE0 c\xF4t\xE9 du th\xE9\xE2tre. ";
  DecodedText info;
  std::string out = Decode("<meta charset=utf-8><p>" + body + "</p>", "", &info);
  EXPECT_NE(info.charset, "UTF-8");
  EXPECT_NE(out.find("caf\xC3\xA9"), std::string::npos) << info.charset;
}

TEST(CharsetDecoder, MixedEncodingStraysAreRepaired) {
  // Valid UTF-8 with one stray cp1252 apostrophe pasted in.
  std::string bytes = "<meta charset=utf-8><p>\xE2\x80\x9CQuote\xE2\x80\x9D \xC3\xA9t\xC3\xA9 and it\x92s fine</p>";
  DecodedText info;
  std::string out = Decode(bytes, "", &info);
  EXPECT_EQ(info.charset, "UTF-8");
  EXPECT_EQ(info.replaced, 1u);
  EXPECT_NE(out.find("it\xE2\x80\x99s"), std::string::npos);
  EXPECT_NE(out.find("\xC3\xA9t\xC3\xA9"), std::string::npos);
}

TEST(CharsetDecoder, UndeclaredLegacyTextIsDetected) {
  std::string body;
  for (int i = 0; i < 30; ++i) body += "Die Stra\xDF" "e f\xFC" "hrt \xFC" "ber die Br\xFC" "cke nach M\xFC" "nchen. ";
  DecodedText info;
  std::string out = Decode("<html><body><p>" + body + "</p></body></html>", "", &info);
  EXPECT_EQ(info.charset_source, "detected");
  EXPECT_NE(out.find("Stra\xC3\x9F" "e"), std::string::npos) << info.charset;
}

TEST(CharsetDecoder, UnknownDeclaredCharsetFallsBackToTheBytes) {
  std::string out = Decode("<meta charset=x-no-such-charset><p>ok \xC3\xA9</p>");
  EXPECT_NE(out.find("ok \xC3\xA9"), std::string::npos);
}

TEST(CharsetDecoder, BinaryDataIsRefusedWithAReason) {
  DecodedText d;
  Status png = DecodeToUtf8(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "", &d);
  EXPECT_EQ(png.code(), Status::Code::kInvalidInput);
  EXPECT_NE(png.message().find("PNG"), std::string::npos);
  Status gz = DecodeToUtf8(std::string("\x1f\x8b\x08\0\0\0\0\0", 8), "", &d);
  EXPECT_NE(gz.message().find("gzip"), std::string::npos);
  std::string noise(4096, '\0');
  std::mt19937 rng(7);
  for (auto& c : noise) c = static_cast<char>(rng() % 32);
  EXPECT_FALSE(DecodeToUtf8(noise, "", &d).ok());
  EXPECT_FALSE(DecodeToUtf8("", "", &d).ok());
}

TEST(CharsetDecoder, InvalidBytesNeverComeOutAsInvalidUtf8) {
  std::mt19937 rng(42);
  const char* declared[] = {"", "text/html; charset=utf-8", "text/html; charset=shift_jis",
                            "text/html; charset=iso-8859-1", "text/html; charset=gb2312", "text/html; charset=euc-kr"};
  for (int round = 0; round < 200; ++round) {
    std::string bytes = "<html><body><p>";
    for (int i = 0; i < 300; ++i) bytes.push_back(static_cast<char>(0x20 + rng() % 0xE0));
    DecodedText d;
    Status s = DecodeToUtf8(bytes, declared[round % 6], &d);
    if (s.ok()) {
      EXPECT_TRUE(IsValidUtf8(d.utf8)) << "round " << round;
    }
  }
  std::string repaired;
  RepairUtf8("a\xC3(b\xED\xA0\x80z\xF8", &repaired);  // truncated, surrogate, invalid lead
  EXPECT_TRUE(IsValidUtf8(repaired));
}

TEST(CharsetDecoder, CleanerOutputIsValidUtf8ForGarbledPages) {
  ArticleCleaner cleaner;
  v1::Article a;
  std::string html = "<html><body><article>";
  for (int i = 0; i < 8; ++i)
    html += "<p>The minister\x92s office said on Tuesday that talks \xFF\xFE would resume next week, "
            "officials confirmed \xC3 to reporters.</p>";
  html += "</article></body></html>";
  a.set_html(html);
  a.set_content_type("text/html; charset=utf-8");
  v1::CleanArticle out;
  ASSERT_TRUE(cleaner.Clean(a, &out).ok());
  EXPECT_TRUE(IsValidUtf8(out.text()));
  EXPECT_NE(out.text().find("minister\xE2\x80\x99s"), std::string::npos) << out.text();
  for (const auto& s : out.sentences()) EXPECT_TRUE(IsValidUtf8(s.text()));
}

}  // namespace
}  // namespace tidings::clean
