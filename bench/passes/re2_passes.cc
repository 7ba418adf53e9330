// The floor of issue 7's ratio, counted like extract_passes: one RE2 pass finding every run of
// digits in any of the three common scripts (the pattern of extract_bench's baseline).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "re2/re2.h"

// Not inlined, so that callgrind can count it alone (--toggle-collect=DigitPass*).
__attribute__((noinline)) long DigitPass(const std::string& text) {
  static const RE2 digits("([0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}]+)");
  re2::StringPiece input(text), run;
  long runs = 0;
  while (RE2::FindAndConsume(&input, digits, &run)) ++runs;
  return runs;
}

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s FILE PASSES\n", argv[0]);
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  if (!file) {
    std::fprintf(stderr, "%s: cannot read\n", argv[1]);
    return 1;
  }
  std::stringstream buffer;
  buffer << file.rdbuf();
  const std::string text = buffer.str();
  long runs = 0;
  for (int i = 0, passes = std::atoi(argv[2]); i < passes; ++i) runs += DigitPass(text);
  std::printf("%ld runs of digits\n", runs);
  return 0;
}
