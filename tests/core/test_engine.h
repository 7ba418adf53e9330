// The engine the core tests share: built once per test binary, as a program would.
#ifndef MIZAN_TESTS_CORE_TEST_ENGINE_H_
#define MIZAN_TESTS_CORE_TEST_ENGINE_H_

#include <cstdio>
#include <cstdlib>

#include "core/engine.h"

namespace mizan::test_support {

inline const Engine& TestEngine() {
  static const Engine* engine = [] {
    Error error;
    Engine* made = Engine::Create(&error).release();
    if (made == nullptr) {
      std::fprintf(stderr, "cannot build the engine: %s\n", error.message.c_str());
      std::abort();
    }
    return made;
  }();
  return *engine;
}

}  // namespace mizan::test_support

#endif  // MIZAN_TESTS_CORE_TEST_ENGINE_H_
