/* A C99 program using mizan.h: compiled with -std=c99 -pedantic -Werror, it proves the
   header is plain C and the library links and runs from C. */
#include <stdio.h>
#include <string.h>

#include "mizan.h"

int main(void) {
  const char text[] = "\xd8\xa8\xd9\x84\xd8\xba 68 \xd8\xa8\xd9\x84\xd8\xaf\xd8\xa7 5%";
  mizan_engine* engine = NULL;
  mizan_result* result = NULL;
  mizan_error error;
  mizan_claim claim;
  size_t i, count;
  int failures = 0;

  mizan_error_init(&error);
  if (mizan_version_number() != MIZAN_VERSION_NUMBER) {
    fprintf(stderr, "header %d, library %u\n", MIZAN_VERSION_NUMBER,
            (unsigned)mizan_version_number());
    return 1;
  }
  if (mizan_engine_new(0, &engine, &error) != MIZAN_OK) {
    fprintf(stderr, "engine: %s\n", error.message);
    return 1;
  }
  if (mizan_extract(engine, text, strlen(text), NULL, &result, &error) != MIZAN_OK) {
    fprintf(stderr, "extract: %s\n", error.message);
    return 1;
  }
  count = mizan_result_claim_count(result);
  for (i = 0; i < count; ++i) {
    mizan_claim_init(&claim);
    if (mizan_result_claim(result, i, &claim, &error) != MIZAN_OK) return 1;
    printf("%s %s [%lu, %lu)\n", mizan_kind_name(claim.kind), claim.value,
           (unsigned long)claim.start, (unsigned long)claim.end);
  }
  failures += count != 2;
  mizan_claim_init(&claim);
  mizan_result_claim(result, 1, &claim, NULL);
  failures += claim.kind != MIZAN_KIND_PERCENT || strcmp(claim.value, "5") != 0;
  mizan_result_free(result);

  failures += mizan_extract(engine, "\xc0\xaf", 2, NULL, &result, &error) !=
              MIZAN_ERROR_INVALID_UTF8;
  failures += error.offset != 0 || result != NULL;
  mizan_engine_free(engine);
  printf("%s\n", failures == 0 ? "ok" : "FAILED");
  return failures == 0 ? 0 : 1;
}
