#include "core/data/tsv.h"

#include <set>
#include <string_view>
#include <vector>

#include "core/data/embedded.h"
#include "gtest/gtest.h"

namespace mizan::data {
namespace {

using Rows = std::vector<std::vector<std::string_view>>;

TEST(ReadTsv, SplitsLinesAtTabsSkippingCommentsAndBlanks) {
  EXPECT_EQ(ReadTsv("# a comment\na\tb\n\n  \nc\t\td \t \r\ne"),
            (Rows{{"a", "b"}, {"c", "", "d"}, {"e"}}));
  EXPECT_EQ(ReadTsv(" x\t#y\n#z\tw"), (Rows{{" x", "#y"}}));  // only a first '#' comments
  EXPECT_TRUE(ReadTsv("").empty());
  EXPECT_TRUE(ReadTsv("\n\n").empty());
}

// A line said twice in a list is a slip of editing (a block pasted again): it changes no
// reading, and hides which of two copies a later edit should change.
TEST(EmbeddedData, HoldsNoLineTwice) {
  ASSERT_FALSE(Names().empty());
  for (const std::string_view name : Names()) {
    std::set<std::vector<std::string_view>> seen;
    for (const auto& row : ReadTsv(Find(name))) {
      EXPECT_TRUE(seen.insert(row).second) << name << ": " << row[0];
    }
  }
}

}  // namespace
}  // namespace mizan::data
