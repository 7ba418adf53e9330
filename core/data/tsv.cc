#include "core/data/tsv.h"

#include <algorithm>

#include "absl/strings/ascii.h"

namespace mizan::data {
namespace {

// The pieces of `line` between tabs, in a vector made the size it needs at once: an engine
// reads some ten thousand rows, and a vector grown a column at a time costs each of them
// allocations.
std::vector<std::string_view> Columns(std::string_view line) {
  std::vector<std::string_view> cols;
  cols.reserve(std::count(line.begin(), line.end(), '\t') + 1);
  for (size_t from = 0;;) {
    const size_t tab = line.find('\t', from);
    cols.push_back(line.substr(from, tab - from));
    if (tab == std::string_view::npos) return cols;
    from = tab + 1;
  }
}

}  // namespace

std::vector<std::vector<std::string_view>> ReadTsv(std::string_view contents) {
  std::vector<std::vector<std::string_view>> rows;
  rows.reserve(std::count(contents.begin(), contents.end(), '\n') + 1);
  for (size_t from = 0; from < contents.size();) {
    size_t end = contents.find('\n', from);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(from, end - from);
    from = end + 1;
    while (!line.empty() && absl::ascii_isspace(static_cast<unsigned char>(line.back()))) {
      line.remove_suffix(1);
    }
    if (!line.empty() && line[0] != '#') rows.push_back(Columns(line));
  }
  return rows;
}

}  // namespace mizan::data
