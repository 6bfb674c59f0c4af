// An event as a row of the Phoenix data set's daily files (events.full.YYYYMMDD.txt): 26
// tab-separated columns, no header.
#pragma once

#include <string>

#include "tidings/v1/tidings.pb.h"

namespace tidings::store {

constexpr int kPhoenixColumns = 26;

// EventID (seq), Date (YYYYMMDD), Year, Month, Day (zero-padded), SourceActorFull,
// SourceActorEntity, SourceActorRole, SourceActorAttribute, TargetActorFull, TargetActorEntity,
// TargetActorRole, TargetActorAttribute (cameo_actor.h), EventCode, EventRootCode, QuadClass
// (Phoenix's 0-4 class of the root: 0 statements and appeals 01-02, 1 verbal cooperation
// 03-05, 2 material cooperation 06-08, 3 verbal conflict 09-13 and 16, 4 material conflict 14-15
// and 17-20), GoldsteinScore, Issues ("ISSUE,count;..."), Lat, Lon, LocationName, StateName
// (empty: we do not know the division), CountryCode (ISO alpha-3 of the place), SentenceID
// ("<article_id>_<sentence_index>"), URLs, NewsSources. No trailing newline.
std::string PhoenixEventRow(const v1::Event& event);

// Phoenix's class of a CAMEO root ("05" -> 1); -1 for an unknown root.
int PhoenixClass(const std::string& root);

}  // namespace tidings::store
