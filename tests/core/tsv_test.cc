#include "core/data/tsv.h"

#include <string_view>
#include <vector>

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

}  // namespace
}  // namespace mizan::data
