#include "core/scan/byte_trie.h"

#include <algorithm>
#include <utility>

namespace mizan::scan {

ByteTrie::ByteTrie(const std::vector<std::string_view>& keys, std::vector<uint32_t>* ends)
    : nodes_(1) {
  // Each key beside its index, sorted.
  std::vector<std::pair<std::string_view, uint32_t>> sorted(keys.size());
  for (uint32_t i = 0; i < keys.size(); ++i) sorted[i] = {keys[i], i};
  std::sort(sorted.begin(), sorted.end());
  ends->assign(keys.size(), kRoot);
  // As many nodes as the sorted keys have bytes past what each shares with the one before:
  // made room for at once, the arrays are not copied as they grow, which would touch pages.
  size_t count = 1;
  for (size_t i = 0; i < sorted.size(); ++i) {
    const std::string_view key = sorted[i].first;
    const std::string_view before = i > 0 ? sorted[i - 1].first : std::string_view();
    const size_t limit = std::min(key.size(), before.size());
    size_t shared = 0;
    while (shared < limit && key[shared] == before[shared]) ++shared;
    count += key.size() - shared;
  }
  nodes_.reserve(count);
  // Nodes are given their children in the order they were made, so breadth first. Till then
  // the user's fields of a node say which keys lead to it: those of sorted[lo, hi) in `bits`,
  // which share their first `value` bytes.
  nodes_[kRoot].bits = keys.size();
  std::vector<uint8_t> bytes;
  for (uint32_t node = 0; node < nodes_.size(); ++node) {
    auto lo = static_cast<uint32_t>(nodes_[node].bits >> 32);
    const auto hi = static_cast<uint32_t>(nodes_[node].bits);
    const uint32_t depth = nodes_[node].value;
    nodes_[node].bits = 0;
    nodes_[node].value = 0;
    while (lo < hi && sorted[lo].first.size() == depth) (*ends)[sorted[lo++].second] = node;
    const auto first = static_cast<uint32_t>(nodes_.size());
    bytes.clear();
    while (lo < hi) {
      const char byte = sorted[lo].first[depth];
      uint32_t end = lo + 1;
      while (end < hi && sorted[end].first[depth] == byte) ++end;
      Node& child = nodes_.emplace_back();
      child.bits = uint64_t{lo} << 32 | end;
      child.value = depth + 1;
      bytes.push_back(static_cast<uint8_t>(byte));
      lo = end;
    }
    SetChildren(node, first, bytes);
  }
}

void ByteTrie::SetChildren(uint32_t node, uint32_t first, const std::vector<uint8_t>& bytes) {
  Node& n = nodes_[node];
  n.first = first;
  n.count = static_cast<uint16_t>(bytes.size());
  if (bytes.size() <= kListed) {
    std::copy(bytes.begin(), bytes.end(), n.bytes.begin());
    return;
  }
  n.table = static_cast<uint32_t>(tables_.size());
  Table& table = tables_.emplace_back();
  table.fill(0);
  for (size_t i = 0; i < bytes.size(); ++i) table[bytes[i]] = static_cast<uint16_t>(i + 1);
}

}  // namespace mizan::scan
