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
//
// Built with AddChild and Mark, then frozen: Freeze() packs every node into eight bytes and
// the children a node lists next to each other, so that a walk touches few cache lines (the
// tries of every phrase list are read around every number). Node numbers do not change.
class ByteTrie {
 public:
  static constexpr uint32_t kRoot = 0;

  ByteTrie() : building_(1) {}

  uint32_t Child(uint32_t node, unsigned char byte) const {
    if (!frozen()) return BuildingChild(node, byte);
    const Packed& n = packed_[node];
    if (n.table) return tables_[n.first][byte];
    const unsigned char* bytes = edge_bytes_.data() + n.first;
    for (uint32_t i = 0; i < n.count; ++i) {
      if (bytes[i] == byte) return edge_nodes_[n.first + i];
    }
    return 0;
  }

  // The child of `node` for `byte`, made if there is none. Only before Freeze().
  uint32_t AddChild(uint32_t node, unsigned char byte) {
    if (const uint32_t child = BuildingChild(node, byte)) return child;
    const auto child = static_cast<uint32_t>(building_.size());
    building_.emplace_back();
    Node& n = building_[node];
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

  size_t size() const { return frozen() ? packed_.size() : building_.size(); }

  // One flag per node for the user ("a phrase ends here"), kept in the node a walk loads
  // anyway rather than in an array of its own that would cost a cache line more per step.
  void Mark(uint32_t node) { building_[node].marked = true; }
  bool Marked(uint32_t node) const {
    return frozen() ? packed_[node].marked : building_[node].marked;
  }

  void Freeze() {
    packed_.resize(building_.size());
    for (size_t i = 0; i < building_.size(); ++i) {
      const Node& n = building_[i];
      Packed& p = packed_[i];
      p.marked = n.marked;
      if (n.table >= 0) {
        p.table = true;
        p.first = static_cast<uint32_t>(n.table);
        continue;
      }
      p.first = static_cast<uint32_t>(edge_bytes_.size());
      p.count = static_cast<uint16_t>(n.next.size());
      for (const auto& [b, c] : n.next) {
        edge_bytes_.push_back(b);
        edge_nodes_.push_back(c);
      }
    }
    building_ = {};
  }

 private:
  static constexpr size_t kListed = 4;
  struct Node {
    absl::InlinedVector<std::pair<unsigned char, uint32_t>, 2> next;
    int32_t table = -1;  // index into tables_, or -1
    bool marked = false;
  };
  struct Packed {
    uint32_t first = 0;  // the first of its children in edge_bytes_/edge_nodes_, or its table
    uint16_t count = 0;
    bool table = false;
    bool marked = false;
  };

  bool frozen() const { return !packed_.empty(); }

  uint32_t BuildingChild(uint32_t node, unsigned char byte) const {
    const Node& n = building_[node];
    if (n.table >= 0) return tables_[static_cast<size_t>(n.table)][byte];
    for (const auto& [b, child] : n.next) {
      if (b == byte) return child;
    }
    return 0;
  }

  std::vector<Node> building_;  // until Freeze()
  std::vector<Packed> packed_;  // after it
  std::vector<unsigned char> edge_bytes_;
  std::vector<uint32_t> edge_nodes_;
  std::vector<std::array<uint32_t, 256>> tables_;
};

}  // namespace mizan::scan

#endif  // MIZAN_CORE_SCAN_BYTE_TRIE_H_
