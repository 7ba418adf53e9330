#include "core/scan/byte_trie.h"

#include <algorithm>
#include <utility>

namespace mizan::scan {
namespace {

// A key beside its index, and its first eight bytes as one number whose order is theirs: most
// keys are told apart by it, without a call to compare their bytes.
struct SortedKey {
  uint64_t prefix = 0;
  std::string_view key;
  uint32_t index = 0;
  SortedKey() = default;
  SortedKey(std::string_view k, uint32_t i) : key(k), index(i) {
    for (size_t at = 0; at < 8; ++at) {
      prefix = prefix << 8 | (at < k.size() ? static_cast<unsigned char>(k[at]) : 0);
    }
  }
  bool operator<(const SortedKey& other) const {
    return prefix != other.prefix ? prefix < other.prefix : key < other.key;
  }
};

}  // namespace

ByteTrie::ByteTrie(const std::vector<std::string_view>& keys, std::vector<uint32_t>* ends)
    : nodes_(1) {
  std::vector<SortedKey> sorted(keys.size());
  for (uint32_t i = 0; i < keys.size(); ++i) sorted[i] = SortedKey(keys[i], i);
  std::sort(sorted.begin(), sorted.end());
  ends->assign(keys.size(), kRoot);
  // As many nodes as the sorted keys have bytes past what each shares with the one before:
  // made room for at once, the arrays are not copied as they grow, which would touch pages.
  size_t count = 1;
  for (size_t i = 0; i < sorted.size(); ++i) {
    const std::string_view key = sorted[i].key;
    const std::string_view before = i > 0 ? sorted[i - 1].key : std::string_view();
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
  std::vector<uint8_t> byte_of(1, 0);  // the byte that leads to each node
  byte_of.reserve(count);
  for (uint32_t node = 0; node < nodes_.size(); ++node) {
    auto lo = static_cast<uint32_t>(nodes_[node].bits >> 32);
    const auto hi = static_cast<uint32_t>(nodes_[node].bits);
    const uint32_t depth = nodes_[node].value;
    nodes_[node].bits = 0;
    nodes_[node].value = 0;
    while (lo < hi && sorted[lo].key.size() == depth) (*ends)[sorted[lo++].index] = node;
    nodes_[node].first = static_cast<uint32_t>(nodes_.size());
    while (lo < hi) {
      const char byte = sorted[lo].key[depth];
      uint32_t end = lo + 1;
      while (end < hi && sorted[end].key[depth] == byte) ++end;
      Node& child = nodes_.emplace_back();
      child.bits = uint64_t{lo} << 32 | end;
      child.value = depth + 1;
      byte_of.push_back(static_cast<uint8_t>(byte));
      lo = end;
    }
    nodes_[node].count = static_cast<uint16_t>(nodes_.size() - nodes_[node].first);
  }
  SetChildBytes(byte_of);
}

void ByteTrie::SetChildBytes(const std::vector<uint8_t>& byte_of) {
  // The tables all at once, once their number is known: a vector that grew would be copied.
  const auto tabled = [](const Node& n) { return n.count > kListed; };
  tables_.assign(std::count_if(nodes_.begin(), nodes_.end(), tabled), Table{});
  uint32_t table = 0;
  for (Node& n : nodes_) {
    if (!tabled(n)) {
      for (uint16_t i = 0; i < n.count; ++i) n.bytes[i] = byte_of[n.first + i];
      continue;
    }
    n.table = table++;
    for (uint16_t i = 0; i < n.count; ++i) tables_[n.table][byte_of[n.first + i]] = static_cast<uint16_t>(i + 1);
  }
}

void ByteTrie::SpreadBitsUp() {
  // A node's children come after it (breadth first), so the deepest are done first.
  for (size_t node = nodes_.size(); node-- > 0;) {
    Node& n = nodes_[node];
    for (uint32_t i = 0; i < n.count; ++i) n.bits |= nodes_[n.first + i].bits;
  }
}

}  // namespace mizan::scan
