/* Runs mizan_extract PASSES times over one file through the C ABI, as a binding would, for
 * bench/steady_instructions.sh: callgrind counts what each pass costs once the engine is built
 * and RE2's DFA caches are warm (the difference between three passes and one, halved). */
#include <stdio.h>
#include <stdlib.h>

#include "mizan.h"
#include "read_whole_file.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s FILE PASSES\n", argv[0]);
    return 2;
  }
  size_t size = 0;
  char* text = ReadWholeFile(argv[1], &size);
  if (text == NULL) return 1;
  mizan_engine* engine = NULL;
  mizan_error error;
  if (mizan_engine_new(0, &engine, &error) != MIZAN_OK) {
    fprintf(stderr, "%s\n", error.message);
    return 1;
  }
  const int passes = atoi(argv[2]);
  for (int i = 0; i < passes; ++i) {
    mizan_result* result = NULL;
    if (mizan_extract(engine, text, size, NULL, &result, &error) != MIZAN_OK) {
      fprintf(stderr, "%s\n", error.message);
      return 1;
    }
    mizan_result_free(result);
  }
  mizan_engine_free(engine);
  free(text);
  return 0;
}
