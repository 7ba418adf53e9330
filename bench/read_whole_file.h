/* The whole of a file in memory, for the C drivers of the benchmarks. */
#ifndef MIZAN_BENCH_READ_WHOLE_FILE_H_
#define MIZAN_BENCH_READ_WHOLE_FILE_H_

#include <stdio.h>
#include <stdlib.h>

/* The bytes of `path` (NUL-terminated after *size bytes), or NULL with a message on stderr.
 * The caller frees them. */
static inline char* ReadWholeFile(const char* path, size_t* size) {
  FILE* f = fopen(path, "rb");
  if (f == NULL) {
    perror(path);
    return NULL;
  }
  fseek(f, 0, SEEK_END);
  const long length = ftell(f);
  fseek(f, 0, SEEK_SET);
  char* text = length >= 0 ? malloc((size_t)length + 1) : NULL;
  if (text == NULL || fread(text, 1, (size_t)length, f) != (size_t)length) {
    fprintf(stderr, "%s: cannot read\n", path);
    free(text);
    fclose(f);
    return NULL;
  }
  fclose(f);
  text[length] = '\0';
  *size = (size_t)length;
  return text;
}

#endif /* MIZAN_BENCH_READ_WHOLE_FILE_H_ */
