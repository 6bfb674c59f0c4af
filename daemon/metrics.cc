#include "daemon/metrics.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace tidings::daemon {
namespace {

bool ValidName(const std::string& name, bool allow_colon) {
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                       (allow_colon && c == ':');
    const bool digit = c >= '0' && c <= '9';
    if (!alpha && !(digit && i > 0)) return false;
  }
  return true;
}

std::string EscapeLabelValue(const std::string& value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string EscapeHelp(const std::string& help) {
  std::string out;
  out.reserve(help.size());
  for (char c : help) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

// {a="x",b="y"} with an optional extra label (le for buckets); empty string when no labels.
std::string LabelText(const std::vector<std::string>& names, const std::vector<std::string>& values,
                      const char* extra_name = nullptr, const std::string& extra_value = "") {
  if (names.empty() && extra_name == nullptr) return "";
  std::string out = "{";
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += ',';
    out += names[i] + "=\"" + EscapeLabelValue(values[i]) + "\"";
  }
  if (extra_name != nullptr) {
    if (!names.empty()) out += ',';
    out += std::string(extra_name) + "=\"" + extra_value + "\"";
  }
  out += '}';
  return out;
}

}  // namespace

std::string FormatMetricValue(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  if (value == std::trunc(value) && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, end);
}

void Counter::Increment(double delta) {
  if (delta > 0) value_.fetch_add(delta, std::memory_order_relaxed);
}

Histogram::Histogram(std::vector<double> upper_bounds)
    : upper_bounds_(std::move(upper_bounds)), counts_(upper_bounds_.size() + 1, 0) {}

void Histogram::Observe(double value) {
  size_t i = 0;
  while (i < upper_bounds_.size() && value > upper_bounds_[i]) ++i;
  std::lock_guard lock(mu_);
  ++counts_[i];
  sum_ += value;
}

Status Histogram::Check(const BucketCounts& buckets) const {
  if (buckets.upper_bounds != upper_bounds_) {
    return Status::InvalidInput("histogram bucket bounds differ from the registered bounds (" +
                                std::to_string(buckets.upper_bounds.size()) + " vs " +
                                std::to_string(upper_bounds_.size()) + " bounds)");
  }
  if (buckets.counts.size() != upper_bounds_.size() &&
      buckets.counts.size() != upper_bounds_.size() + 1) {
    return Status::InvalidInput("histogram has " + std::to_string(upper_bounds_.size()) +
                                " bounds but " + std::to_string(buckets.counts.size()) +
                                " counts (expected bounds or bounds + 1)");
  }
  return Status::Ok();
}

Status Histogram::SetFromBuckets(const BucketCounts& buckets) {
  if (Status s = Check(buckets); !s.ok()) return s;
  std::lock_guard lock(mu_);
  std::fill(counts_.begin(), counts_.end(), 0);
  for (size_t i = 0; i < buckets.counts.size(); ++i) counts_[i] = buckets.counts[i];
  sum_ = buckets.sum;
  return Status::Ok();
}

Status Histogram::AddBuckets(const BucketCounts& buckets) {
  if (Status s = Check(buckets); !s.ok()) return s;
  std::lock_guard lock(mu_);
  for (size_t i = 0; i < buckets.counts.size(); ++i) counts_[i] += buckets.counts[i];
  sum_ += buckets.sum;
  return Status::Ok();
}

std::vector<uint64_t> Histogram::bucket_counts() const {
  std::lock_guard lock(mu_);
  return counts_;
}

double Histogram::sum() const {
  std::lock_guard lock(mu_);
  return sum_;
}

uint64_t Histogram::count() const {
  std::lock_guard lock(mu_);
  uint64_t total = 0;
  for (uint64_t c : counts_) total += c;
  return total;
}

MetricsRegistry::Family& MetricsRegistry::FamilyFor(const std::string& name,
                                                    const std::string& help, Type type,
                                                    const Labels& labels,
                                                    const std::vector<double>& upper_bounds) {
  if (!ValidName(name, /*allow_colon=*/true)) {
    throw std::logic_error("invalid metric name '" + name + "'");
  }
  std::vector<std::string> label_names;
  for (const auto& [label, value] : labels) {
    if (!ValidName(label, /*allow_colon=*/false) || label.rfind("__", 0) == 0 ||
        (type == Type::kHistogram && label == "le")) {
      throw std::logic_error("invalid label name '" + label + "' on metric " + name);
    }
    label_names.push_back(label);
  }
  auto [it, inserted] = families_.try_emplace(name);
  Family& family = it->second;
  if (inserted) {
    family.type = type;
    family.help = help;
    family.label_names = std::move(label_names);
    family.upper_bounds = upper_bounds;
    for (size_t i = 1; i < upper_bounds.size(); ++i) {
      if (!(upper_bounds[i - 1] < upper_bounds[i])) {
        families_.erase(it);
        throw std::logic_error("histogram " + name + " bounds must be strictly increasing");
      }
    }
    return family;
  }
  if (family.type != type || family.help != help || family.label_names != label_names ||
      family.upper_bounds != upper_bounds) {
    throw std::logic_error("metric " + name +
                           " registered again with a different type, help, labels or buckets");
  }
  return family;
}

namespace {
std::vector<std::string> ValuesOf(const Labels& labels) {
  std::vector<std::string> values;
  for (const auto& [name, value] : labels) values.push_back(value);
  return values;
}
}  // namespace

Counter& MetricsRegistry::GetCounter(const std::string& name, const std::string& help,
                                     const Labels& labels) {
  std::lock_guard lock(mu_);
  Family& family = FamilyFor(name, help, Type::kCounter, labels, {});
  auto& slot = family.counters[ValuesOf(labels)];
  if (!slot) slot = std::make_unique<Counter>();
  return *slot;
}

Gauge& MetricsRegistry::GetGauge(const std::string& name, const std::string& help,
                                 const Labels& labels) {
  std::lock_guard lock(mu_);
  Family& family = FamilyFor(name, help, Type::kGauge, labels, {});
  auto& slot = family.gauges[ValuesOf(labels)];
  if (!slot) slot = std::make_unique<Gauge>();
  return *slot;
}

Histogram& MetricsRegistry::GetHistogram(const std::string& name, const std::string& help,
                                         const std::vector<double>& upper_bounds,
                                         const Labels& labels) {
  std::lock_guard lock(mu_);
  Family& family = FamilyFor(name, help, Type::kHistogram, labels, upper_bounds);
  auto& slot = family.histograms[ValuesOf(labels)];
  if (!slot) slot = std::make_unique<Histogram>(upper_bounds);
  return *slot;
}

Status MetricsRegistry::SetHistogramFromBuckets(const std::string& name, const std::string& help,
                                               const Labels& labels,
                                               const BucketCounts& buckets) {
  Histogram* histogram = nullptr;
  try {
    histogram = &GetHistogram(name, help, buckets.upper_bounds, labels);
  } catch (const std::logic_error& e) {
    return Status::InvalidInput(std::string("cannot record histogram: ") + e.what());
  }
  return histogram->SetFromBuckets(buckets);
}

void MetricsRegistry::AddScrapeHook(std::function<void()> hook) {
  std::lock_guard lock(mu_);
  hooks_.push_back(std::move(hook));
}

std::string MetricsRegistry::RenderText() const {
  std::vector<std::function<void()>> hooks;
  {
    std::lock_guard lock(mu_);
    hooks = hooks_;
  }
  for (const auto& hook : hooks) hook();  // without the lock: hooks update metrics

  std::lock_guard lock(mu_);
  std::string out;
  for (const auto& [name, family] : families_) {
    const char* type = family.type == Type::kCounter ? "counter"
                       : family.type == Type::kGauge ? "gauge"
                                                     : "histogram";
    out += "# HELP " + name + " " + EscapeHelp(family.help) + "\n";
    out += "# TYPE " + name + " " + type + "\n";
    for (const auto& [values, counter] : family.counters) {
      out += name + LabelText(family.label_names, values) + " " +
             FormatMetricValue(counter->value()) + "\n";
    }
    for (const auto& [values, gauge] : family.gauges) {
      out += name + LabelText(family.label_names, values) + " " +
             FormatMetricValue(gauge->value()) + "\n";
    }
    for (const auto& [values, histogram] : family.histograms) {
      const std::vector<uint64_t> counts = histogram->bucket_counts();
      const double sum = histogram->sum();
      uint64_t cumulative = 0;
      for (size_t i = 0; i < counts.size(); ++i) {
        cumulative += counts[i];
        const std::string le = i < family.upper_bounds.size()
                                   ? FormatMetricValue(family.upper_bounds[i])
                                   : std::string("+Inf");
        out += name + "_bucket" + LabelText(family.label_names, values, "le", le) + " " +
               std::to_string(cumulative) + "\n";
      }
      out += name + "_sum" + LabelText(family.label_names, values) + " " +
             FormatMetricValue(sum) + "\n";
      out += name + "_count" + LabelText(family.label_names, values) + " " +
             std::to_string(cumulative) + "\n";
    }
  }
  return out;
}

}  // namespace tidings::daemon
