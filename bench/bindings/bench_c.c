/* mizan through its C ABI, one document per call, as the bindings call it: the reference
 * their cost is measured against. bench_c DOCS_FILE [SECONDS] */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mizan.h"
#include "read_whole_file.h"

static double Now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Resident memory of the process now, in bytes (Linux). */
static double ResidentBytes(void) {
  long pages = 0, resident = 0;
  FILE* statm = fopen("/proc/self/statm", "r");
  if (statm == NULL) return 0;
  if (fscanf(statm, "%ld %ld", &pages, &resident) != 2) resident = 0;
  fclose(statm);
  return (double)resident * (double)sysconf(_SC_PAGESIZE);
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: bench_c DOCS_FILE [SECONDS]\n");
    return 2;
  }
  size_t size = 0;
  char* text = ReadWholeFile(argv[1], &size);
  if (text == NULL) return 1;
  const double seconds = argc > 2 ? atof(argv[2]) : 3.0;
  const double resident = ResidentBytes();
  const double start = Now();
  mizan_engine* engine = NULL;
  if (mizan_engine_new(0, &engine, NULL) != MIZAN_OK) return 1;
  /* The engine's cost in a fresh process: time to build and memory it keeps resident. */
  fprintf(stderr, "engine: %.1f ms to build, %.1f MB resident\n", (Now() - start) * 1e3,
          (ResidentBytes() - resident) / 1e6);
  for (int call = 0; call < 2; ++call) {
    long docs = 0, bytes = 0;
    const double begin = Now();
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
      elapsed = Now() - begin;
    } while (elapsed < seconds);
    printf("{\"binding\": \"c\", \"call\": \"%s\", \"docs\": %ld, \"bytes\": %ld, \"seconds\": %f}\n",
           call == 0 ? "extract" : "check", docs, bytes, elapsed);
  }
  mizan_engine_free(engine);
  return 0;
}
