#include "daemon/payload_codec.h"

#include <gtest/gtest.h>

#include <random>

namespace tidings::daemon {
namespace {

std::string SomeHtml(size_t bytes) {
  std::string html;
  for (int i = 0; html.size() < bytes; ++i) {
    html += "<div class=\"story\"><p>Paragraph " + std::to_string(i) + " of the report from the capital.</p></div>\n";
  }
  return html;
}

std::string Noise(size_t bytes) {
  std::mt19937 rng(11);
  std::string noise(bytes, '\0');
  for (char& c : noise) c = static_cast<char>(rng());
  return noise;
}

class PayloadCodecTest : public ::testing::TestWithParam<PayloadCodec> {};

TEST_P(PayloadCodecTest, RoundTripsAndShrinksHtml) {
  PayloadEncoder encoder(GetParam());
  const std::string html = SomeHtml(200000);
  EncodedPayload encoded;
  encoder.Encode(html, &encoded);
  EXPECT_EQ(encoded.codec, GetParam());
  EXPECT_LT(encoded.stored.size(), html.size() / 3);
  std::string back;
  ASSERT_TRUE(DecodePayload(static_cast<int>(encoded.codec), encoded.stored.data(), encoded.stored.size(), &back).ok());
  EXPECT_EQ(back, html);
}

TEST_P(PayloadCodecTest, SmallAndIncompressiblePayloadsAreKeptAsGiven) {
  PayloadEncoder encoder(GetParam());
  for (const std::string& bytes : {std::string("tiny\0bytes", 10), Noise(64 << 10)}) {
    EncodedPayload encoded;
    encoder.Encode(bytes, &encoded);
    EXPECT_EQ(encoded.codec, PayloadCodec::kRaw);
    EXPECT_EQ(encoded.stored.data(), bytes.data()) << "kept without a copy";
    std::string back;
    ASSERT_TRUE(DecodePayload(0, encoded.stored.data(), encoded.stored.size(), &back).ok());
    EXPECT_EQ(back, bytes);
  }
}

// A damaged entry is an error naming the codec, never a crash or wrong bytes handed on.
TEST_P(PayloadCodecTest, ACorruptFrameIsAClearError) {
  PayloadEncoder encoder(GetParam());
  EncodedPayload encoded;
  encoder.Encode(SomeHtml(50000), &encoded);
  std::string damaged(encoded.stored);
  damaged.resize(damaged.size() / 2);  // cut short, as a torn write would leave it
  std::string back;
  Status s = DecodePayload(static_cast<int>(GetParam()), damaged.data(), damaged.size(), &back);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find(GetParam() == PayloadCodec::kLz4 ? "LZ4" : "zstd"), std::string::npos) << s.message();
  std::string garbage = Noise(3000);
  s = DecodePayload(static_cast<int>(GetParam()), garbage.data(), garbage.size(), &back);
  EXPECT_EQ(s.code(), Status::Code::kIoError) << "random bytes are not a frame";
}

INSTANTIATE_TEST_SUITE_P(Codecs, PayloadCodecTest, ::testing::Values(PayloadCodec::kZstd, PayloadCodec::kLz4),
                         [](const auto& info) { return info.param == PayloadCodec::kZstd ? "Zstd" : "Lz4"; });

// The LZ4 block's length header is checked against what the block holds.
TEST(PayloadCodec, AnLz4LengthThatDoesNotMatchTheBlockIsAnError) {
  PayloadEncoder encoder(PayloadCodec::kLz4);
  EncodedPayload encoded;
  encoder.Encode(SomeHtml(20000), &encoded);
  std::string wrong(encoded.stored);
  wrong[0] = static_cast<char>(wrong[0] + 1);  // one byte more than was compressed
  std::string back;
  EXPECT_EQ(DecodePayload(2, wrong.data(), wrong.size(), &back).code(), Status::Code::kIoError);
  EXPECT_EQ(DecodePayload(2, "ab", 2, &back).code(), Status::Code::kIoError) << "shorter than the header";
}

TEST(PayloadCodec, AnUnknownCodecIsAnErrorThatSaysSo) {
  std::string back;
  Status s = DecodePayload(9, "x", 1, &back);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("unknown codec 9"), std::string::npos) << s.message();
}

TEST(PayloadCodec, RawKeepsEverythingAsGiven) {
  PayloadEncoder encoder(PayloadCodec::kRaw);
  const std::string html = SomeHtml(10000);
  EncodedPayload encoded;
  encoder.Encode(html, &encoded);
  EXPECT_EQ(encoded.codec, PayloadCodec::kRaw);
  EXPECT_EQ(encoded.stored, html);
}

}  // namespace
}  // namespace tidings::daemon
