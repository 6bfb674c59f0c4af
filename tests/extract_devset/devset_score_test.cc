// The devset's scorer and readers on small hand-made inputs.
#include <gtest/gtest.h>

#include "devset_reader.h"
#include "devset_score.h"
#include "extract/test_support.h"

namespace tidings::devset {
namespace {

using extract::testing::WriteTemp;

Triple T(const std::string& text) {
  Triple t;
  EXPECT_TRUE(ParseTriple(text, &t).ok()) << text;
  return t;
}

TEST(DevsetScore, ActorRootIsTheCountryOrTheOrganisation) {
  EXPECT_EQ(ActorRoot("TURGOV"), "TUR");
  EXPECT_EQ(ActorRoot("TUR"), "TUR");
  EXPECT_EQ(ActorRoot("IGOUNOWFP"), "IGOUNO");
  EXPECT_EQ(ActorRoot("IGOEUREEC"), "IGOEUR");
  EXPECT_EQ(ActorRoot("NGOHRIAMN"), "NGOHRI");
  EXPECT_EQ(ActorRoot("---MIL"), "---");
  EXPECT_EQ(ActorRoot(""), "");
}

TEST(DevsetScore, LooseMatchComparesActorRootsAndEventRoot) {
  EXPECT_EQ(MatchKey(T("TURGOV 1124 ISR"), Match::kLoose), MatchKey(T("TUR 111 ISRMIL"), Match::kLoose));
  EXPECT_NE(MatchKey(T("TURGOV 1124 ISR"), Match::kExact), MatchKey(T("TUR 111 ISRMIL"), Match::kExact));
  EXPECT_NE(MatchKey(T("TUR 111 ISR"), Match::kLoose), MatchKey(T("ISR 111 TUR"), Match::kLoose));
  EXPECT_NE(MatchKey(T("IGOUNO 020 SDN"), Match::kLoose), MatchKey(T("IGOEUREEC 020 SDN"), Match::kLoose));
}

TEST(DevsetScore, SentenceCountsTruePositivesFalsePositivesAndMisses) {
  std::vector<Triple> want = {T("RUS 129 IGOUNO"), T("CHN 129 IGOUNO")};
  std::vector<Triple> got = {T("RUS 129 IGOUNO"), T("RUS 129 IGOUNO"), T("CHN 111 IGOUNO"), T("RUS 190 IGOUNO")};
  SentenceScore s = ScoreSentence(want, got);
  EXPECT_EQ(s.loose.expected, 2);
  EXPECT_EQ(s.loose.produced, 3);  // the duplicate counts once
  EXPECT_EQ(s.loose.true_positives, 1);
  EXPECT_EQ(s.loose.false_positives, 2);
  EXPECT_EQ(s.loose.false_negatives, 1);
  EXPECT_EQ(s.loose.off_root, 2);  // 11 and 19: no expected event has those roots
  EXPECT_EQ(s.produced_right_loose, (std::vector<bool>{true, true, false, false}));
  EXPECT_EQ(s.expected_found_loose, (std::vector<bool>{true, false}));
}

TEST(DevsetScore, ExactLevelNeedsTheFullCodes) {
  SentenceScore s = ScoreSentence({T("TURGOV 111 ISRGOV")}, {T("TUR 111 ISRGOV")});
  EXPECT_EQ(s.loose.true_positives, 1);
  EXPECT_EQ(s.exact.true_positives, 0);
  EXPECT_EQ(s.exact.false_positives, 1);
  EXPECT_EQ(s.exact.false_negatives, 1);
}

TEST(DevsetScore, NegativeSentenceOnlyCountsFalsePositives) {
  Scoreboard board;
  board.Add("negative", {}, {T("ESP 190 ITA")});
  board.Add("negative", {}, {});
  Tally t = board.Find("negative", Match::kLoose);
  EXPECT_EQ(t.sentences, 2);
  EXPECT_EQ(t.false_positives, 1);
  EXPECT_EQ(t.off_root, 1);
  EXPECT_EQ(t.Precision(), 0.0);
  EXPECT_FALSE(t.Recall().has_value());
  EXPECT_FALSE(t.F1().has_value());
}

TEST(DevsetScore, BoardSumsCategoriesIntoOverallAndRoots) {
  Scoreboard board;
  board.Add("root11", {T("GRCGOV 111 TUR")}, {T("GRC 111 TUR")});
  board.Add("modality", {T("IRN 138 ISR")}, {T("IRN 190 ISR")});
  Tally all = board.Find("overall", Match::kLoose);
  EXPECT_EQ(all.sentences, 2);
  EXPECT_EQ(all.true_positives, 1);
  EXPECT_EQ(all.false_positives, 1);
  EXPECT_EQ(all.false_negatives, 1);
  EXPECT_DOUBLE_EQ(*all.F1(), 0.5);
  EXPECT_EQ(board.categories(), (std::vector<std::string>{"root11", "modality"}));
  std::string roots = board.RootTable();
  EXPECT_NE(roots.find("13        1     0     0     0     1"), std::string::npos) << roots;
  EXPECT_NE(roots.find("19        0     1     0     1     0"), std::string::npos) << roots;
  EXPECT_NE(board.CategoryTable().find("modality"), std::string::npos);
}

TEST(DevsetScore, UnknownScopeIsAnEmptyTally) {
  Scoreboard board;
  EXPECT_EQ(board.Find("nothing", Match::kLoose).sentences, 0);
}

TEST(DevsetReader, TripleNeedsThreeFieldsAndANumericCode) {
  Triple t;
  EXPECT_TRUE(ParseTriple("KENPOL 173 -", &t).ok());
  EXPECT_EQ(t.target, "");
  Status s = ParseTriple("KEN 173", &t);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("'KEN 173'"), std::string::npos) << s.message();
  EXPECT_FALSE(ParseTriple("KEN ARREST UGA", &t).ok());
  EXPECT_FALSE(ParseTriple("KEN 17345 UGA", &t).ok());
}

TEST(DevsetReader, ReadsRecordsAndDefaultsTheArticleToTheId) {
  std::string path = WriteTemp("ok.jsonl",
                               "# comment\n"
                               "{\"id\":\"a\",\"category\":\"root01\",\"date\":\"2024-01-02\",\"text\":\"X.\",\"events\":[\"TUR 010 -\"]}\n"
                               "\n"
                               "{\"id\":\"b\",\"category\":\"negative\",\"article\":\"art\",\"date\":\"2024-01-03\",\"text\":\"Y.\",\"events\":[]}\n");
  std::vector<Record> records;
  Status s = ReadDevset(path, &records);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].article, "a");
  EXPECT_EQ(records[0].line, 2);
  EXPECT_EQ(records[1].article, "art");
  EXPECT_TRUE(records[1].events.empty());
}

TEST(DevsetReader, MalformedRecordNamesFileLineAndProblem) {
  struct Case {
    std::string line, message;
  } cases[] = {
      {"not json", "not a JSON object"},
      {"{\"id\":\"a\",\"category\":\"c\",\"date\":\"2024-01-02\",\"events\":[]}", "\"text\""},
      {"{\"id\":\"a\",\"category\":\"c\",\"date\":\"2 Jan\",\"text\":\"X\",\"events\":[]}", "not YYYY-MM-DD"},
      {"{\"id\":\"a\",\"category\":\"c\",\"date\":\"2024-01-02\",\"text\":\"X\"}", "\"events\""},
      {"{\"id\":\"a\",\"category\":\"c\",\"date\":\"2024-01-02\",\"text\":\"X\",\"events\":[\"TUR 01\"]}", "'TUR 01'"},
  };
  for (const Case& c : cases) {
    std::string path = WriteTemp("bad.jsonl", "{\"id\":\"z\",\"category\":\"c\",\"date\":\"2024-01-02\",\"text\":\"X\",\"events\":[]}\n" + c.line + "\n");
    std::vector<Record> records = {Record{}};
    Status s = ReadDevset(path, &records);
    EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << c.line;
    EXPECT_NE(s.message().find(path + ":2: "), std::string::npos) << s.message();
    EXPECT_NE(s.message().find(c.message), std::string::npos) << s.message();
    EXPECT_EQ(records.size(), 1u) << "left unchanged on failure";
  }
}

TEST(DevsetReader, DuplicateIdsAndArticleDatesThatDisagreeAreRefused) {
  std::string rec = "{\"id\":\"a\",\"category\":\"c\",\"date\":\"2024-01-02\",\"text\":\"X\",\"events\":[]}\n";
  std::vector<Record> records;
  Status s = ReadDevset(WriteTemp("dup.jsonl", rec + rec), &records);
  EXPECT_NE(s.message().find("duplicate id 'a'"), std::string::npos) << s.message();
  s = ReadDevset(WriteTemp("dates.jsonl",
                           "{\"id\":\"a\",\"article\":\"p\",\"category\":\"c\",\"date\":\"2024-01-02\",\"text\":\"X\",\"events\":[]}\n"
                           "{\"id\":\"b\",\"article\":\"p\",\"category\":\"c\",\"date\":\"2024-01-03\",\"text\":\"X\",\"events\":[]}\n"),
                 &records);
  EXPECT_NE(s.message().find("article 'p' dated 2024-01-02"), std::string::npos) << s.message();
  EXPECT_EQ(ReadDevset("/nonexistent/devset.jsonl", &records).code(), Status::Code::kIoError);
}

TEST(DevsetReader, FloorsReadLimitsAndDashes) {
  std::string path = WriteTemp("floors.tsv",
                               "# floors\n"
                               "dictionaries\tscope\tmatch\tmin_precision\tmin_recall\tmin_f1\tmax_false_positives\n"
                               "builtin\toverall\tloose\t0.5\t-\t0.4\t-\n"
                               "oeda\tnegative\tloose\t-\t-\t-\t12\n");
  std::vector<Floor> floors;
  Status s = ReadFloors(path, &floors);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(floors.size(), 2u);
  EXPECT_EQ(floors[0].min_precision, 0.5);
  EXPECT_FALSE(floors[0].min_recall.has_value());
  EXPECT_EQ(floors[1].max_false_positives, 12);
  EXPECT_EQ(floors[1].line, 4);
  std::string bad = WriteTemp("bad_floors.tsv", "header\nbuiltin\toverall\tfuzzy\t-\t-\t-\t-\n");
  s = ReadFloors(bad, &floors);
  EXPECT_NE(s.message().find(":2: match must be 'loose' or 'exact'"), std::string::npos) << s.message();
}

TEST(DevsetReader, FloorsNameEveryHeldOutSetAndNothingElse) {
  std::string path = WriteTemp("held_out_floors.tsv",
                               "header\n"
                               "builtin-blind10\toverall\tloose\t0.8\t-\t-\t-\n"
                               "oeda-blind10\tnegative\tloose\t-\t-\t-\t3\n"
                               "builtin-blind11\toverall\tloose\t0.7\t-\t-\t-\n"
                               "oeda-blind11\tnegative\tloose\t-\t-\t-\t2\n"
                               "builtin-blind12\toverall\tloose\t0.7\t-\t-\t-\n"
                               "oeda-blind12\tnegative\tloose\t-\t-\t-\t2\n"
                               "builtin-blind13\toverall\tloose\t0.7\t-\t-\t-\n"
                               "oeda-blind13\tnegative\tloose\t-\t-\t-\t2\n");
  std::vector<Floor> floors;
  Status s = ReadFloors(path, &floors);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(floors.size(), 8u);
  EXPECT_EQ(floors[0].dictionaries, "builtin-blind10");
  EXPECT_EQ(floors[1].dictionaries, "oeda-blind10");
  EXPECT_EQ(floors[2].dictionaries, "builtin-blind11");
  EXPECT_EQ(floors[3].dictionaries, "oeda-blind11");
  EXPECT_EQ(floors[4].dictionaries, "builtin-blind12");
  EXPECT_EQ(floors[5].dictionaries, "oeda-blind12");
  EXPECT_EQ(floors[6].dictionaries, "builtin-blind13");
  EXPECT_EQ(floors[7].dictionaries, "oeda-blind13");
  for (const char* name : {"builtin-blindx", "builtin-blind1", "builtin-blind07", "spacy-blind3", "oeda-blind-2"}) {
    std::string bad = WriteTemp("unknown_set_floors.tsv", std::string("header\n") + name + "\toverall\tloose\t-\t-\t-\t-\n");
    s = ReadFloors(bad, &floors);
    EXPECT_NE(s.message().find(":2: dictionaries must be"), std::string::npos) << name << ": " << s.message();
  }
  std::string good = WriteTemp("new_set_floors.tsv", "header\noeda-blind31\toverall\tloose\t-\t-\t-\t-\n");
  EXPECT_TRUE(ReadFloors(good, &floors).ok());
}

}  // namespace
}  // namespace tidings::devset
