#ifndef MIZAN_CORE_DATA_TSV_H_
#define MIZAN_CORE_DATA_TSV_H_

#include <string_view>
#include <vector>

namespace mizan::data {

// The rows of a data file: lines split at tabs, trailing spaces removed; blank lines and
// lines starting with '#' skipped.
std::vector<std::vector<std::string_view>> ReadTsv(std::string_view contents);

}  // namespace mizan::data

#endif  // MIZAN_CORE_DATA_TSV_H_
