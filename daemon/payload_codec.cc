#include "daemon/payload_codec.h"

#include <lz4.h>
#include <zstd.h>

#include <cstring>
#include <vector>

namespace tidings::daemon {
namespace {

// zstd's fastest regular level (the negative ones saved under 10% of its time here for 25-40%
// more bytes).
constexpr int kZstdLevel = 1;
// LZ4's default speed: acceleration 2-8 saves at most ~0.05 ms a page for 5-30% more bytes.
constexpr int kLz4Acceleration = 1;
constexpr size_t kCompressFrom = 1024;  // smaller payloads are kept as they are
// An LZ4 block does not say how long its content is: the stored form is that length (4 bytes,
// little-endian) then the block.
constexpr size_t kLz4Header = 4;
constexpr uint64_t kMaxDecoded = 1ull << 31;

bool WorthIt(size_t stored, size_t given) { return stored < given - given / 8; }

Status DecodeZstd(const char* data, size_t size, std::string* out) {
  const unsigned long long n = ZSTD_getFrameContentSize(data, size);
  if (n == ZSTD_CONTENTSIZE_ERROR || n == ZSTD_CONTENTSIZE_UNKNOWN || n > kMaxDecoded) {
    return Status::IoError("journal payload is not a complete zstd frame");
  }
  out->resize(n);
  const size_t got = ZSTD_decompress(out->data(), out->size(), data, size);
  if (ZSTD_isError(got) || got != n) {
    return Status::IoError(std::string("journal payload does not decompress (zstd): ") + ZSTD_getErrorName(got));
  }
  return Status::Ok();
}

Status DecodeLz4(const unsigned char* data, size_t size, std::string* out) {
  if (size < kLz4Header) return Status::IoError("journal payload is too short for an LZ4 block");
  const uint64_t n = uint64_t{data[0]} | uint64_t{data[1]} << 8 | uint64_t{data[2]} << 16 | uint64_t{data[3]} << 24;
  // An LZ4 block expands at most ~255x: a damaged header must not make us allocate gigabytes.
  const uint64_t block = size - kLz4Header;
  if (n > kMaxDecoded || block > static_cast<size_t>(INT32_MAX) || n > block * 255 + 16) {
    return Status::IoError("journal payload is not a valid LZ4 block (length " + std::to_string(n) + ")");
  }
  out->resize(n);
  const int got = LZ4_decompress_safe(reinterpret_cast<const char*>(data) + kLz4Header, out->data(),
                                      static_cast<int>(block), static_cast<int>(n));
  if (got < 0 || static_cast<uint64_t>(got) != n) {
    out->clear();
    return Status::IoError("journal payload does not decompress (LZ4): corrupt block or wrong length");
  }
  return Status::Ok();
}

}  // namespace

struct PayloadEncoder::Contexts {
  ZSTD_CCtx* zstd = nullptr;
  std::vector<char> lz4_state;
  ~Contexts() { ZSTD_freeCCtx(zstd); }
};

PayloadEncoder::PayloadEncoder(PayloadCodec codec) : codec_(codec), contexts_(std::make_unique<Contexts>()) {}
PayloadEncoder::~PayloadEncoder() = default;

void PayloadEncoder::Encode(std::string_view bytes, EncodedPayload* out) {
  out->codec = PayloadCodec::kRaw;
  out->stored = bytes;
  out->buffer.reset();
  if (bytes.size() < kCompressFrom) return;
  if (codec_ == PayloadCodec::kZstd) EncodeZstd(bytes, out);
  else if (codec_ == PayloadCodec::kLz4) EncodeLz4(bytes, out);
}

bool PayloadEncoder::EncodeZstd(std::string_view bytes, EncodedPayload* out) {
  if (contexts_->zstd == nullptr) {
    contexts_->zstd = ZSTD_createCCtx();
    if (contexts_->zstd == nullptr) return false;  // kept raw
    ZSTD_CCtx_setParameter(contexts_->zstd, ZSTD_c_compressionLevel, kZstdLevel);
    ZSTD_CCtx_setParameter(contexts_->zstd, ZSTD_c_contentSizeFlag, 1);
    ZSTD_CCtx_setParameter(contexts_->zstd, ZSTD_c_checksumFlag, 0);
  }
  const size_t bound = ZSTD_compressBound(bytes.size());
  std::unique_ptr<char[]> buffer(new char[bound]);  // not zero-filled: zstd writes what is read back
  const size_t n = ZSTD_compress2(contexts_->zstd, buffer.get(), bound, bytes.data(), bytes.size());
  if (ZSTD_isError(n) || !WorthIt(n, bytes.size())) return false;
  out->codec = PayloadCodec::kZstd;
  out->stored = std::string_view(buffer.get(), n);
  out->buffer = std::move(buffer);
  return true;
}

bool PayloadEncoder::EncodeLz4(std::string_view bytes, EncodedPayload* out) {
  if (bytes.size() > static_cast<size_t>(LZ4_MAX_INPUT_SIZE)) return false;  // ~2 GB: kept raw
  if (contexts_->lz4_state.empty()) contexts_->lz4_state.resize(LZ4_sizeofState());
  const int source = static_cast<int>(bytes.size());
  const int bound = LZ4_compressBound(source);
  std::unique_ptr<char[]> buffer(new char[kLz4Header + bound]);
  const int n = LZ4_compress_fast_extState(contexts_->lz4_state.data(), bytes.data(), buffer.get() + kLz4Header,
                                           source, bound, kLz4Acceleration);
  if (n <= 0 || !WorthIt(kLz4Header + n, bytes.size())) return false;
  const uint32_t length = static_cast<uint32_t>(bytes.size());
  for (size_t i = 0; i < kLz4Header; ++i) buffer[i] = static_cast<char>((length >> (8 * i)) & 0xff);
  out->codec = PayloadCodec::kLz4;
  out->stored = std::string_view(buffer.get(), kLz4Header + n);
  out->buffer = std::move(buffer);
  return true;
}

Status DecodePayload(int codec, const void* stored, size_t size, std::string* out) {
  const char* data = static_cast<const char*>(stored);
  if (data == nullptr) size = 0;
  switch (static_cast<PayloadCodec>(codec)) {
    case PayloadCodec::kRaw:
      if (size > 0) out->assign(data, size);
      else out->clear();
      return Status::Ok();
    case PayloadCodec::kZstd:
      return DecodeZstd(data, size, out);
    case PayloadCodec::kLz4:
      return DecodeLz4(reinterpret_cast<const unsigned char*>(data), size, out);
  }
  return Status::IoError("journal payload has unknown codec " + std::to_string(codec) +
                         " (written by a newer tidingsd?)");
}

}  // namespace tidings::daemon
