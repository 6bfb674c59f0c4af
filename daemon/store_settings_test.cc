#include "daemon/store_settings.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tidings::daemon {
namespace {

bool Has(const std::vector<std::string>& argv, const std::string& arg) {
  return std::find(argv.begin(), argv.end(), arg) != argv.end();
}

TEST(StoreSettings, SqliteStoreIsTheFileInTheDataDirectory) {
  DaemonConfig config = DefaultDaemonConfig();
  ChildSpec spec;
  AddStoreStageArgs(config, "/var/lib/tidings", &spec);
  EXPECT_EQ(spec.argv, (std::vector<std::string>{"--backend", "sqlite", "--db", "/var/lib/tidings/events.sqlite"}));
  EXPECT_TRUE(spec.env.empty());
  nlohmann::ordered_json j;
  AddStoreToRuntime(config, "/var/lib/tidings", &j);
  EXPECT_EQ(j["store_backend"], "sqlite");
  EXPECT_EQ(j["store"], "/var/lib/tidings/events.sqlite");
  EXPECT_FALSE(j.contains("store_url"));
  EXPECT_FALSE(RuntimeFileIsPrivate(config));
}

TEST(StoreSettings, PostgresUrlTravelsInTheEnvironmentNotOnTheCommandLine) {
  DaemonConfig config = DefaultDaemonConfig();
  config.store_backend = "postgresql";
  config.store_url = "postgresql://tidings:s3cret@db:5432/events";
  ChildSpec spec;
  AddStoreStageArgs(config, "/d", &spec);
  EXPECT_EQ(spec.argv, (std::vector<std::string>{"--backend", "postgresql"}));
  EXPECT_FALSE(Has(spec.argv, config.store_url));
  ASSERT_EQ(spec.env.size(), 1u);
  EXPECT_EQ(spec.env[0].first, "TIDINGS_STORE_URL");
  EXPECT_EQ(spec.env[0].second, config.store_url);
  nlohmann::ordered_json j;
  AddStoreToRuntime(config, "/d", &j);
  EXPECT_EQ(j["store_backend"], "postgresql");
  EXPECT_EQ(j["store_url"], config.store_url);
  EXPECT_TRUE(RuntimeFileIsPrivate(config)) << "the URL may carry a password";
}

}  // namespace
}  // namespace tidings::daemon
