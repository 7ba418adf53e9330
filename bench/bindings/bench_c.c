/* mizan through its C ABI, one document per call, as the bindings call it: the reference
 * their cost is measured against. bench_c DOCS_FILE [SECONDS] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mizan.h"

static double Now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: bench_c DOCS_FILE [SECONDS]\n");
    return 2;
  }
  FILE* f = fopen(argv[1], "rb");
  if (f == NULL) {
    perror(argv[1]);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  const long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char* text = malloc((size_t)size + 1);
  if (text == NULL || fread(text, 1, (size_t)size, f) != (size_t)size) return 1;
  fclose(f);
  const double seconds = argc > 2 ? atof(argv[2]) : 3.0;
  mizan_engine* engine = NULL;
  if (mizan_engine_new(0, &engine, NULL) != MIZAN_OK) return 1;
  for (int call = 0; call < 2; ++call) {
    long docs = 0, bytes = 0;
    const double start = Now();
    double elapsed = 0;
    do {
      for (const char* line = text; line < text + size;) {
        const char* end = memchr(line, '\n', (size_t)(text + size - line));
        if (end == NULL) end = text + size;
        if (end > line) {
          mizan_result* result = NULL;
          if (call == 0) {
            mizan_extract(engine, line, (size_t)(end - line), NULL, &result, NULL);
          } else {
            mizan_check(engine, line, (size_t)(end - line), NULL, NULL, &result, NULL);
          }
          mizan_result_free(result);
          ++docs;
          bytes += end - line;
        }
        line = end + 1;
      }
      elapsed = Now() - start;
    } while (elapsed < seconds);
    printf("{\"binding\": \"c\", \"call\": \"%s\", \"docs\": %ld, \"bytes\": %ld, \"seconds\": %f}\n",
           call == 0 ? "extract" : "check", docs, bytes, elapsed);
  }
  mizan_engine_free(engine);
  return 0;
}
