// What only the PostgreSQL backend has: a server that may be unreachable or restart, URLs with
// passwords, a schema shared with other applications, `tidings migrate`. These tests share one
// throwaway server (tests/postgres_cluster.h); one of them restarts it.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "store/event_store.h"
#include "store/store_test_support.h"

namespace tidings::store {
namespace {

using testing::MakeArticle;
using testing::MakeEvent;
using Clock = std::chrono::steady_clock;

class PostgresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    TIDINGS_POSTGRES_OR_SKIP(cluster);
    cluster_ = cluster;
    static int schemas = 0;
    schema_ = "postgres_only_" + std::to_string(++schemas);
    location_.backend = Backend::kPostgresql;
    location_.url = cluster_->CreateSchema(schema_);
    ASSERT_FALSE(location_.url.empty()) << cluster_->last_error();
  }
  Status Open(bool read_only, std::unique_ptr<EventStore>* store) {
    OpenOptions options;
    options.read_only = read_only;
    return EventStore::Open(location_, options, store);
  }
  bool Sql(const std::string& sql) {
    return cluster_->Exec("postgres", "SET search_path = " + schema_ + "; " + sql);
  }
  ::tidings::testing::PostgresCluster* cluster_ = nullptr;
  std::string schema_;
  StoreLocation location_;
};

TEST_F(PostgresStoreTest, MigrateCreatesTheSchemaAndIsIdempotent) {
  int from = -1, to = -1;
  Status s = EventStore::Migrate(location_, &from, &to);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(from, 0);
  EXPECT_EQ(to, EventStore::kSchemaVersion);
  ASSERT_TRUE(EventStore::Migrate(location_, &from, &to).ok());
  EXPECT_EQ(from, EventStore::kSchemaVersion) << "a second run finds the schema current";
  std::unique_ptr<EventStore> reader;
  ASSERT_TRUE(Open(/*read_only=*/true, &reader).ok());
  StoreCounts counts;
  ASSERT_TRUE(reader->Counts(&counts).ok());
  EXPECT_EQ(counts.articles, 0u);
  EXPECT_EQ(counts.max_seq, 0u);
}

TEST_F(PostgresStoreTest, AVersion2SchemaIsUpgradedAndItsOldEventsHaveNoPlaceKind) {
  {
    std::unique_ptr<EventStore> store;
    ASSERT_TRUE(Open(/*read_only=*/false, &store).ok());
    v1::CodedArticle old = testing::ArticleAtBorno("old", v1::Location::PROVINCE);
    bool already = false;
    ASSERT_TRUE(store->StoreCodedArticle(&old, 1, &already).ok());
  }
  ASSERT_TRUE(Sql("ALTER TABLE events DROP COLUMN location_kind; "
                  "UPDATE tidings_meta SET value = '2' WHERE key = 'schema_version'"));
  int from = -1, to = -1;
  Status s = EventStore::Migrate(location_, &from, &to);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(from, 2);
  EXPECT_EQ(to, 3);
  std::unique_ptr<EventStore> store;
  ASSERT_TRUE(Open(/*read_only=*/false, &store).ok());
  testing::ExpectOldEventsWithoutAndNewWithAPlaceKind(*store);
}

TEST_F(PostgresStoreTest, AReaderOfADatabaseWithoutTheSchemaIsToldToMigrate) {
  std::unique_ptr<EventStore> reader;
  Status s = Open(/*read_only=*/true, &reader);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("tidings migrate"), std::string::npos) << s.ToString();
  EXPECT_EQ(reader, nullptr);
}

TEST_F(PostgresStoreTest, ANewerSchemaIsRefused) {
  ASSERT_TRUE(EventStore::Migrate(location_).ok());
  ASSERT_TRUE(Sql("UPDATE tidings_meta SET value = '99' WHERE key = 'schema_version'"));
  std::unique_ptr<EventStore> store;
  for (bool read_only : {false, true}) {
    Status s = Open(read_only, &store);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), Status::Code::kConfig);
    EXPECT_NE(s.message().find("schema version 99"), std::string::npos) << s.ToString();
  }
  Status s = EventStore::Migrate(location_);
  EXPECT_EQ(s.code(), Status::Code::kConfig) << "migrate never downgrades";
}

TEST_F(PostgresStoreTest, TablesOfAnotherApplicationAreLeftAlone) {
  ASSERT_TRUE(Sql("CREATE TABLE events (name TEXT)"));
  std::unique_ptr<EventStore> store;
  Status s = Open(false, &store);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_NE(s.message().find("did not create"), std::string::npos) << s.ToString();
  EXPECT_TRUE(Sql("SELECT name FROM events")) << "the other table is untouched";
}

TEST_F(PostgresStoreTest, AMissingDatabaseIsAConfigErrorThatHidesThePassword) {
  StoreLocation where;
  where.backend = Backend::kPostgresql;
  where.url = "postgresql://postgres:s3cret%21pw@127.0.0.1:" + std::to_string(cluster_->port()) + "/no_such_db";
  std::unique_ptr<EventStore> store;
  Status s = EventStore::Open(where, {}, &store);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_NE(s.message().find("no_such_db"), std::string::npos) << s.ToString();
  EXPECT_EQ(s.message().find("s3cret"), std::string::npos) << s.ToString();
  EXPECT_NE(s.message().find("***"), std::string::npos) << s.ToString();
}

TEST_F(PostgresStoreTest, AnUnreachableServerIsBusyAndALazyWriterWaitsForIt) {
  StoreLocation where;
  where.backend = Backend::kPostgresql;
  where.url = "postgresql://postgres@127.0.0.1:9/tidings";  // nothing listens on port 9
  std::unique_ptr<EventStore> store;
  Status s = EventStore::Open(where, {}, &store);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kBusy) << s.ToString();
  EXPECT_NE(s.message().find("cannot connect"), std::string::npos) << s.ToString();

  OpenOptions lazy;
  lazy.connect_lazily = true;
  lazy.statement_timeout_ms = 2000;
  ASSERT_TRUE(EventStore::Open(where, lazy, &store).ok());
  v1::CodedArticle coded = MakeArticle("waits", {MakeEvent("waits", 0, 0, "TUR", "AZE", "057", "2021-11-11")});
  const auto start = Clock::now();
  s = store->StoreCodedArticle(&coded, 1, nullptr);
  EXPECT_EQ(s.code(), Status::Code::kBusy) << s.ToString();
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(2)) << "a refused connection fails fast";
  EXPECT_EQ(coded.events(0).seq(), 0u);
}

TEST_F(PostgresStoreTest, AWriterReconnectsAfterTheServerRestartsAndLosesNothing) {
  OpenOptions options;
  options.statement_timeout_ms = 2000;
  std::unique_ptr<EventStore> store;
  ASSERT_TRUE(EventStore::Open(location_, options, &store).ok());
  v1::CodedArticle before = MakeArticle("before", {MakeEvent("before", 0, 0, "TUR", "AZE", "057", "2021-11-11")});
  ASSERT_TRUE(store->StoreCodedArticle(&before, 1, nullptr).ok());

  ASSERT_TRUE(cluster_->Stop()) << cluster_->last_error();
  v1::CodedArticle during = MakeArticle("during", {MakeEvent("during", 0, 0, "RUS", "UKR", "190", "2021-11-12")});
  const v1::CodedArticle unchanged = during;
  Status s = store->StoreCodedArticle(&during, 1, nullptr);
  EXPECT_EQ(s.code(), Status::Code::kBusy) << s.ToString();
  EXPECT_EQ(during.SerializeAsString(), unchanged.SerializeAsString()) << "nothing half-written";
  EXPECT_FALSE(store->IsCompleted("before"));  // unknown while the server is away

  ASSERT_TRUE(cluster_->StartAgain()) << cluster_->last_error();
  s = store->StoreCodedArticle(&during, 1, nullptr);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(during.events(0).seq(), before.events(0).seq());
  EXPECT_TRUE(store->IsCompleted("before"));
  StoreCounts counts;
  ASSERT_TRUE(store->Counts(&counts).ok());
  EXPECT_EQ(counts.stored_articles, 2u);
  EXPECT_EQ(counts.events, 2u);
}

}  // namespace
}  // namespace tidings::store
