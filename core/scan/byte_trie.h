#ifndef MIZAN_CORE_SCAN_BYTE_TRIE_H_
#define MIZAN_CORE_SCAN_BYTE_TRIE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/container/inlined_vector.h"

namespace mizan::scan {

// The shape of a trie of bytes, without what its nodes hold: the users keep that in their own
// arrays, indexed by node. Node 0 is the root, and a child of 0 means "none" (the root is no
// one's child). A node with a few children lists them; one with more (the letters after a
// first letter) has a table of all 256 bytes, so that a walk takes one step per byte.
class ByteTrie {
 public:
  static constexpr uint32_t kRoot = 0;

  ByteTrie() : nodes_(1) {}

  uint32_t Child(uint32_t node, unsigned char byte) const {
    const Node& n = nodes_[node];
    if (n.table >= 0) return tables_[static_cast<size_t>(n.table)][byte];
    for (const auto& [b, child] : n.next) {
      if (b == byte) return child;
    }
    return 0;
  }

  // The child of `node` for `byte`, made if there is none.
  uint32_t AddChild(uint32_t node, unsigned char byte) {
    if (const uint32_t child = Child(node, byte)) return child;
    const auto child = static_cast<uint32_t>(nodes_.size());
    nodes_.emplace_back();
    Node& n = nodes_[node];
    n.next.emplace_back(byte, child);
    if (n.table >= 0) {
      tables_[static_cast<size_t>(n.table)][byte] = child;
    } else if (n.next.size() > kListed) {
      n.table = static_cast<int32_t>(tables_.size());
      tables_.emplace_back().fill(0);
      for (const auto& [b, c] : n.next) tables_.back()[b] = c;
    }
    return child;
  }

  size_t size() const { return nodes_.size(); }

  // One flag per node for the user ("a phrase ends here"), kept in the node a walk loads
  // anyway rather than in an array of its own that would cost a cache line more per step.
  void Mark(uint32_t node) { nodes_[node].marked = true; }
  bool Marked(uint32_t node) const { return nodes_[node].marked; }

  // Sixty-four more bits per node for the user, kept beside the flag for the same reason:
  // what may be found at or below the node, so that a walk for none of it stops early.
  void AddBits(uint32_t node, uint64_t bits) { nodes_[node].bits |= bits; }
  uint64_t Bits(uint32_t node) const { return nodes_[node].bits; }

 private:
  static constexpr size_t kListed = 4;
  struct Node {
    absl::InlinedVector<std::pair<unsigned char, uint32_t>, 2> next;
    int32_t table = -1;  // index into tables_, or -1
    bool marked = false;
    uint64_t bits = 0;
  };
  std::vector<Node> nodes_;
  std::vector<std::array<uint32_t, 256>> tables_;
};

}  // namespace mizan::scan

#endif  // MIZAN_CORE_SCAN_BYTE_TRIE_H_
