#ifndef MIZAN_CORE_SCAN_BYTE_TRIE_H_
#define MIZAN_CORE_SCAN_BYTE_TRIE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace mizan::scan {

// The shape of a trie of bytes, built once from all its keys, with a few fields per node for
// its users. Node 0 is the root, and a child of 0 means "none" (the root is no one's child).
//
// Built breadth first from the sorted keys, so that a node's children are consecutive nodes
// and the whole trie is two arrays: no allocation per node, which an engine's thousands of
// phrases and word forms would pay for in time and in pages touched. A node with a few
// children keeps their bytes; one with more (the letters after a first letter) has a table of
// all 256 bytes, so that a walk takes one step per byte.
class ByteTrie {
 public:
  static constexpr uint32_t kRoot = 0;

  ByteTrie() : nodes_(1) {}  // the root alone

  // The trie of `keys`; (*ends)[i] is the node where keys[i] ends (kRoot for an empty key).
  ByteTrie(const std::vector<std::string_view>& keys, std::vector<uint32_t>* ends);

  uint32_t Child(uint32_t node, unsigned char byte) const {
    const Node& n = nodes_[node];
    if (n.count > kListed) {
      const uint16_t offset = tables_[n.table][byte];
      return offset == 0 ? 0 : n.first + offset - 1;
    }
    for (uint32_t i = 0; i < n.count; ++i) {
      if (n.bytes[i] == byte) return n.first + i;
    }
    return 0;
  }

  size_t size() const { return nodes_.size(); }

  // What the user keeps in a node, there rather than in arrays of their own that would cost
  // a walk a cache line more per step: eight bits of marks ("a phrase ends here", "a form of
  // kind 3 ends here"), sixty-four bits of what may be found at or below the node (so that a
  // walk for none of it stops early), and a number (where the node's own data starts).
  void Mark(uint32_t node, uint8_t marks = 1) { nodes_[node].marks |= marks; }
  uint8_t Marks(uint32_t node) const { return nodes_[node].marks; }
  bool Marked(uint32_t node) const { return nodes_[node].marks != 0; }
  void AddBits(uint32_t node, uint64_t bits) { nodes_[node].bits |= bits; }
  uint64_t Bits(uint32_t node) const { return nodes_[node].bits; }
  // Adds to each node the bits of every node below it, so that bits added where keys end say
  // what lies at or below each node.
  void SpreadBitsUp();
  void SetValue(uint32_t node, uint32_t value) { nodes_[node].value = value; }
  uint32_t Value(uint32_t node) const { return nodes_[node].value; }

 private:
  static constexpr uint32_t kListed = 4;
  struct Node {
    uint64_t bits = 0;
    uint32_t first = 0;  // the first child; the others follow it
    uint32_t value = 0;
    union {
      std::array<uint8_t, kListed> bytes;  // the children's bytes, while count <= kListed
      uint32_t table;                      // else the index into tables_
    };
    uint16_t count = 0;  // children, up to 256
    uint8_t marks = 0;
    Node() : bytes{} {}
  };
  // Per byte, one more than the child's offset from `first`; 0 for none.
  using Table = std::array<uint16_t, 256>;

  // Gives each node its children's bytes, listed or in a table; byte_of[i]: node i's byte.
  void SetChildBytes(const std::vector<uint8_t>& byte_of);

  std::vector<Node> nodes_;
  std::vector<Table> tables_;
};

}  // namespace mizan::scan

#endif  // MIZAN_CORE_SCAN_BYTE_TRIE_H_
