#include "article_reader.h"

#include <fmt/format.h>
#include <google/protobuf/stubs/common.h>

#include <iterator>
#include <nlohmann/json.hpp>

namespace tidings::cli {

namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool LooksLikeMarkup(std::string_view content) {
  size_t i = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (i == std::string_view::npos || content[i] != '<') return false;
  std::string head(content.substr(i, 200));
  for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return head.find("<!doctype") == 0 || head.find("<html") != std::string::npos ||
         head.find("<head") != std::string::npos || head.find("<body") != std::string::npos ||
         head.find("<p") != std::string::npos || head.find("<div") != std::string::npos ||
         head.find("<?xml") == 0;
}

std::string FirstNonSpace(std::istream& in) {
  int c;
  while ((c = in.peek()) != EOF && std::isspace(c)) in.get();
  return c == EOF ? "" : std::string(1, static_cast<char>(c));
}

}  // namespace

Status ArticleFromJson(const std::string& line, v1::Article* a) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidInput("not valid JSON");
  if (!j.is_object()) return Status::InvalidInput("a JSON line must be an object");
  for (const auto& item : j.items()) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture those in a lambda.
    const std::string& key = item.key();
    const nlohmann::json& value = item.value();
    if (value.is_null()) continue;
    auto str = [&]() -> std::string {
      if (value.is_string()) return value.get<std::string>();
      return value.dump();
    };
    if (key == "id") a->set_id(str());
    else if (key == "url") a->set_url(str());
    else if (key == "html") a->set_html(str());
    else if (key == "text") a->set_text(str());
    else if (key == "title") a->set_title(str());
    else if (key == "source" || key == "publisher") a->set_source(str());
    else if (key == "published" || key == "date") a->set_published(str());
    else if (key == "language" || key == "lang") a->set_language_hint(str());
    else if (key == "content_type") a->set_content_type(str());
    else if (key == "labels" && value.is_object()) {
      for (auto& [lk, lv] : value.items()) {
        (*a->mutable_labels())[lk] = lv.is_string() ? lv.get<std::string>() : lv.dump();
      }
    } else if (value.is_string()) {
      (*a->mutable_labels())[key] = value.get<std::string>();
    }
  }
  return Status::Ok();
}

void ReadArticles(const std::string& path, std::istream& in,
                  const std::function<void(v1::Article&, const std::string&)>& each,
                  const std::function<void(const std::string&, const Status&)>& on_error) {
  const bool json_lines = EndsWith(path, ".jsonl") || EndsWith(path, ".json") ||
                          EndsWith(path, ".ndjson") || (path == "-" && FirstNonSpace(in) == "{");
  if (json_lines) {
    std::string line;
    size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      v1::Article article;
      Status s = ArticleFromJson(line, &article);
      std::string origin = fmt::format("{}:{}", path, number);
      if (!s.ok()) {
        on_error(origin, s);
        continue;
      }
      each(article, origin);
    }
    return;
  }
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  v1::Article article;
  // `text` is a proto3 string: bytes that are not UTF-8 (a Latin-1 .txt file) would make the
  // daemon's parse fail, so they travel as `html` bytes, which the clean stage decodes (charset
  // detection) and treats as plain text when there is no markup. Protobuf's own check is the
  // rule its parser applies.
  const bool utf8 = content.size() < (1u << 30) &&
                    google::protobuf::internal::IsStructurallyValidUTF8(content.data(),
                                                                       static_cast<int>(content.size()));
  if (EndsWith(path, ".html") || EndsWith(path, ".htm") || !utf8 || LooksLikeMarkup(content)) {
    article.set_html(std::move(content));
  } else {
    article.set_text(std::move(content));
  }
  each(article, path);
}

}  // namespace tidings::cli
