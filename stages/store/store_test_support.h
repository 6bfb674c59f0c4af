// Test helpers of the store library: events and articles to store, and a fixture that gives each
// test a fresh, empty store on either backend (an SQLite file, or a new schema in the shared
// throwaway PostgreSQL server of tests/postgres_cluster.h).
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "postgres_cluster.h"
#include "store/event_store.h"

namespace tidings::store::testing {

inline v1::Event MakeEvent(const std::string& article_id, uint32_t sentence, int n, const std::string& source,
                           const std::string& target, const std::string& code, const std::string& date) {
  v1::Event e;
  e.set_id(article_id + ":" + std::to_string(sentence) + ":" + std::to_string(n));
  e.set_article_id(article_id);
  e.set_sentence_index(sentence);
  e.mutable_source()->set_code(source);
  e.mutable_source()->set_text(source + " text");
  e.mutable_source()->set_country(source.substr(0, 3));
  e.mutable_target()->set_code(target);
  e.mutable_target()->set_text(target + " text");
  e.mutable_target()->set_country(target.substr(0, 3));
  e.set_code(code);
  e.set_root(code.substr(0, 2));
  e.set_quad_class(1);
  e.set_goldstein(3.5);
  e.set_date(date);
  e.set_sentence("A sentence about " + source + " and " + target + ".");
  e.set_url("https://news.example/" + article_id);
  e.set_publisher("Example News");
  return e;
}

inline v1::CodedArticle MakeArticle(const std::string& id, std::vector<v1::Event> events) {
  v1::CodedArticle coded;
  v1::CleanArticle* a = coded.mutable_article();
  a->set_id(id);
  a->set_url("https://news.example/" + id);
  a->set_title("Title of " + id);
  a->set_source("Example News");
  a->set_published("2021-11-11T08:00:00Z");
  a->set_language("en");
  a->set_text("Body text.");
  for (auto& e : events) *coded.add_events() = std::move(e);
  return coded;
}

// An article with one event at Borno (a Nigerian state) of the given kind.
inline v1::CodedArticle ArticleAtBorno(const std::string& id, v1::Location::Kind kind) {
  v1::Event e = MakeEvent(id, 0, 0, "NGAMIL", "NGAREB", "190", "2024-03-01");
  e.mutable_location()->set_name("Borno");
  e.mutable_location()->set_country("NGA");
  e.mutable_location()->set_kind(kind);
  return MakeArticle(id, {e});
}

// After a schema 2 store holding ArticleAtBorno("old", ...) was upgraded: stores
// ArticleAtBorno("new", PROVINCE) and checks that the old event reads with no kind, the new one
// with its kind.
inline void ExpectOldEventsWithoutAndNewWithAPlaceKind(EventStore& store) {
  v1::CodedArticle fresh = ArticleAtBorno("new", v1::Location::PROVINCE);
  bool already = false;
  ASSERT_TRUE(store.StoreCodedArticle(&fresh, 1, &already).ok());
  std::vector<v1::Event> read;
  ASSERT_TRUE(store.QueryEvents({}, [&](const v1::Event& e) {
    read.push_back(e);
    return true;
  }).ok());
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(read[0].location().name(), "Borno");
  EXPECT_EQ(read[0].location().kind(), v1::Location::KIND_UNSPECIFIED);
  EXPECT_EQ(read[1].location().kind(), v1::Location::PROVINCE);
}

// Parameter: the backend. Test names end in /sqlite or /postgresql.
class StoreBackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    location_.backend = GetParam();
    if (GetParam() == Backend::kPostgresql) {
      TIDINGS_POSTGRES_OR_SKIP(cluster);
      static int schemas = 0;
      cluster_ = cluster;
      schema_ = "store_test_" + std::to_string(++schemas);
      location_.url = cluster->CreateSchema(schema_);
      ASSERT_FALSE(location_.url.empty()) << cluster->last_error();
      return;
    }
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = info->name();
    for (char& c : name) {
      if (c == '/') c = '_';
    }
    dir_ = std::filesystem::temp_directory_path() /
           ("tidings-store-test-" + std::to_string(getpid()) + "-" + name);
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    location_.path = (dir_ / "events.sqlite").string();
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  std::unique_ptr<EventStore> OpenOrDie(bool read_only = false) {
    std::unique_ptr<EventStore> store;
    OpenOptions options;
    options.read_only = read_only;
    Status s = EventStore::Open(location_, options, &store);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return store;
  }

  std::vector<v1::Event> Query(EventStore& store, const EventQuery& q) {
    std::vector<v1::Event> out;
    Status s = store.QueryEvents(q, [&](const v1::Event& e) {
      out.push_back(e);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  }

  std::vector<std::string> QueryIds(EventStore& store, const EventQuery& q) {
    std::vector<std::string> ids;
    for (const auto& e : Query(store, q)) ids.push_back(e.id());
    return ids;
  }

  // Runs SQL on the store directly (what only a test may do); false on failure.
  bool RunSql(const std::string& sql) {
    if (cluster_ != nullptr) return cluster_->Exec("postgres", "SET search_path = " + schema_ + "; " + sql);
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(location_.path.c_str(), &db) == SQLITE_OK &&
              sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
  }

  StoreLocation location_;
  std::filesystem::path dir_;
  ::tidings::testing::PostgresCluster* cluster_ = nullptr;
  std::string schema_;
};

inline std::string BackendTestName(const ::testing::TestParamInfo<Backend>& info) {
  return BackendName(info.param);
}

}  // namespace tidings::store::testing

// Runs the TEST_P tests of `fixture` on both backends.
#define TIDINGS_ON_BOTH_BACKENDS(fixture)                                                   \
  INSTANTIATE_TEST_SUITE_P(Backends, fixture,                                               \
                           ::testing::Values(::tidings::store::Backend::kSqlite,            \
                                             ::tidings::store::Backend::kPostgresql),       \
                           ::tidings::store::testing::BackendTestName)
