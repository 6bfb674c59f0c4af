// How the journal stores an article's bytes: as given, zstd-compressed or LZ4-compressed.
// The codec of each entry is kept beside it (the journal's `codec` column), so entries written
// with one codec are read back whatever the current default is.
//
// Payloads are kept as given by default (journal.codec = "none"): in their segment files
// (payload_segments.h) a page costs one write. On the dev pages (~200 KB of news HTML) LZ4
// compresses ~3.4x for ~0.3 ms a page and zstd level 1 ~4.9x for ~0.55 ms, for hosts where disk
// bytes matter more than the hub's CPU.
//
// Thread-safety: a PayloadEncoder is used by one thread at a time; DecodePayload is reentrant.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "tidings/status.h"

namespace tidings::daemon {

// Stored in the journal: never renumber.
enum class PayloadCodec : int { kRaw = 0, kZstd = 1, kLz4 = 2 };

// A payload as the journal stores it.
struct EncodedPayload {
  PayloadCodec codec = PayloadCodec::kRaw;
  std::string_view stored;  // into `buffer`, or the caller's bytes when kept raw
  std::unique_ptr<char[]> buffer;
};

class PayloadEncoder {
 public:
  // `codec`: what new payloads are compressed with (kRaw: none).
  explicit PayloadEncoder(PayloadCodec codec = PayloadCodec::kLz4);
  ~PayloadEncoder();
  PayloadEncoder(const PayloadEncoder&) = delete;
  PayloadEncoder& operator=(const PayloadEncoder&) = delete;

  // Compresses `bytes` (which must outlive `out` when kept raw). Payloads under 1 KiB, and
  // those that would not shrink by an eighth, are kept as given.
  void Encode(std::string_view bytes, EncodedPayload* out);
  PayloadCodec codec() const { return codec_; }

 private:
  bool EncodeZstd(std::string_view bytes, EncodedPayload* out);
  bool EncodeLz4(std::string_view bytes, EncodedPayload* out);

  PayloadCodec codec_;
  struct Contexts;
  std::unique_ptr<Contexts> contexts_;  // zstd's context or LZ4's state, made once
};

// The bytes as given to Encode, from their stored form. IoError naming the codec when the
// stored bytes are not a valid frame of it, or the codec is unknown.
Status DecodePayload(int codec, const void* stored, size_t size, std::string* out);

}  // namespace tidings::daemon
