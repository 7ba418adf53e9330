#include "core/data/tsv.h"

#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace mizan::data {

std::vector<std::vector<std::string_view>> ReadTsv(std::string_view contents) {
  std::vector<std::vector<std::string_view>> rows;
  // Debian's Abseil has its own string_view type, hence the conversions at this edge.
  for (absl::string_view line :
       absl::StrSplit(absl::string_view(contents.data(), contents.size()), '\n')) {
    line = absl::StripTrailingAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> row;
    for (absl::string_view col : absl::StrSplit(line, '\t')) row.emplace_back(col.data(), col.size());
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace mizan::data
