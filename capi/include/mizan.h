/*
 * mizan.h: the whole public interface of libmizan.
 *
 * mizan finds the numeric claims in a text (counts, amounts of money, percentages, years,
 * dates, durations; in Arabic and English; in any Unicode digit script or in words) and
 * normalizes each to an exact value with its kind, unit and bounds.
 *
 * USE
 *
 *   mizan_engine* engine = NULL;
 *   mizan_error err;
 *   mizan_error_init(&err);
 *   if (mizan_engine_new(0, &engine, &err) != MIZAN_OK) { puts(err.message); return 1; }
 *
 *   mizan_result* result = NULL;
 *   if (mizan_extract(engine, text, text_length, NULL, &result, &err) == MIZAN_OK) {
 *     for (size_t i = 0; i < mizan_result_claim_count(result); ++i) {
 *       mizan_claim claim;
 *       mizan_claim_init(&claim);
 *       mizan_result_claim(result, i, &claim, NULL);
 *       printf("%s %s\n", mizan_kind_name(claim.kind), claim.value ? claim.value : "?");
 *     }
 *   }
 *   mizan_result_free(result);
 *   mizan_engine_free(engine);
 *
 * THE CONTRACT
 *
 * Stability. What is not in this header is not public. Functions are never removed and their
 * meaning never changes; new behaviour comes as new functions or new flag bits. The library's
 * SONAME is libmizan.so.1.
 *
 * Structs. Every struct that crosses the boundary starts with `uint32_t struct_size`, set by
 * its *_init() function to the size the caller was compiled with. Structs only ever grow at
 * the end. The library reads and writes only the first struct_size bytes, so a program built
 * against an older, smaller struct keeps working with a newer library. A struct larger than
 * the library knows is accepted when the bytes it does not know are all zero (a newer caller
 * that does not use the newer fields), and refused with MIZAN_ERROR_UNSUPPORTED_STRUCT
 * otherwise. Unknown flag bits are refused with MIZAN_ERROR_UNKNOWN_FLAGS, so a caller can
 * probe for a feature.
 *
 * Errors. Every fallible function returns an int32_t status, MIZAN_OK (0) on success. It
 * also fills an optional caller-owned mizan_error (pass NULL to ignore) with the status, the
 * byte offset of the problem in the caller's input where there is one, and a message. There
 * is no "last error" state. No C++ exception ever leaves the library; running out of memory
 * is MIZAN_ERROR_OUT_OF_MEMORY.
 *
 * Text. Input is UTF-8 of explicit length; embedded NUL bytes are allowed. Invalid UTF-8
 * (overlong forms, surrogates, truncated sequences, bytes 0xF5..0xFF, stray continuation
 * bytes) is refused with MIZAN_ERROR_INVALID_UTF8 and the offset of the first bad byte.
 * Every span is a pair of UTF-8 byte offsets [start, end) into the caller's input.
 *
 * Strings out. Every string the library returns is NUL-terminated UTF-8 owned by the library:
 * either static, or owned by the result it came from and valid until that result is freed.
 * Never free them yourself.
 *
 * Threads. An engine is immutable once created: any number of threads may use one engine
 * at the same time. A result belongs to one thread at a time. All free functions accept NULL.
 */
#ifndef MIZAN_H
#define MIZAN_H

#include <stddef.h>
#include <stdint.h>

#if defined(MIZAN_BUILDING_LIBRARY) && defined(__GNUC__)
#define MIZAN_API __attribute__((visibility("default")))
#else
#define MIZAN_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Versions -------------------------------------------------------------------------- */

#define MIZAN_VERSION_MAJOR 1
#define MIZAN_VERSION_MINOR 0
#define MIZAN_VERSION_PATCH 0
/* MAJOR * 10000 + MINOR * 100 + PATCH, as mizan_version_number() returns it. */
#define MIZAN_VERSION_NUMBER \
  (MIZAN_VERSION_MAJOR * 10000 + MIZAN_VERSION_MINOR * 100 + MIZAN_VERSION_PATCH)
#define MIZAN_VERSION_STRING "1.0.0"

/* The version of the library actually loaded; compare with MIZAN_VERSION_NUMBER to detect a
 * header that does not match the library. */
MIZAN_API uint32_t mizan_version_number(void);
MIZAN_API const char* mizan_version_string(void);

/* ---- Status codes ---------------------------------------------------------------------- */

#define MIZAN_OK 0
#define MIZAN_ERROR_INVALID_ARGUMENT 1   /* a NULL pointer where one is required, and such */
#define MIZAN_ERROR_INVALID_UTF8 2       /* offset: the first byte that is not UTF-8 */
#define MIZAN_ERROR_INPUT_TOO_LARGE 3    /* longer than mizan_options.max_input_bytes */
#define MIZAN_ERROR_OUT_OF_MEMORY 4
#define MIZAN_ERROR_UNSUPPORTED_STRUCT 5 /* struct_size too small, or unknown fields set */
#define MIZAN_ERROR_UNKNOWN_FLAGS 6      /* a flag bit this library does not know */
#define MIZAN_ERROR_OUT_OF_RANGE 7       /* an index past the end */
#define MIZAN_ERROR_INTERNAL 8           /* a bug in mizan; please report it */
#define MIZAN_ERROR_BAD_FACTS 9          /* offset: where the facts JSON goes wrong */

/* A short static description of a status ("invalid UTF-8"); "unknown status" otherwise. */
MIZAN_API const char* mizan_status_string(int32_t status);

/* No byte offset applies to the error. */
#define MIZAN_NO_OFFSET UINT64_MAX

typedef struct mizan_error {
  uint32_t struct_size;
  int32_t code;         /* the status the call returned */
  uint64_t offset;      /* byte offset of the problem in the input, or MIZAN_NO_OFFSET */
  char message[256];    /* NUL-terminated, possibly shortened */
} mizan_error;

/* Sets struct_size and clears the rest. */
MIZAN_API void mizan_error_init(mizan_error* error);

/* ---- Engine ---------------------------------------------------------------------------- */

/* Everything built once: compiled scanners and lexicons. Immutable; share it between
 * threads. Creating one takes milliseconds: create it once per process, not per call. */
typedef struct mizan_engine mizan_engine;

/* flags: must be 0 in this version. */
MIZAN_API int32_t mizan_engine_new(uint32_t flags, mizan_engine** engine, mizan_error* error);
MIZAN_API void mizan_engine_free(mizan_engine* engine);

/* ---- Options --------------------------------------------------------------------------- */

typedef struct mizan_options {
  uint32_t struct_size;
  uint32_t flags;            /* no flag is defined yet: must be 0 */
  uint64_t max_input_bytes;  /* longer inputs are refused; 0 = the default, 1 GiB */
  const char* dollar_currency; /* ISO 4217 code of a bare "$" or "دولار"; NULL = "USD" */
  const char* published;     /* publication date "YYYY-MM-DD" for the time checks, and for
                                compare's years back to a year; NULL = the document's
                                dateline, if it has one (check) */
  const char* checks;        /* which checks run and how severe they are, e.g.
                                "compare.extra=off, style.*=off, arith.percent_sum=error";
                                NULL = the defaults (README.md, "Checks") */
} mizan_options;

/* Sets struct_size and the defaults. Passing NULL options to a function means defaults. */
MIZAN_API void mizan_options_init(mizan_options* options);

/* ---- Extraction ------------------------------------------------------------------------ */

typedef struct mizan_result mizan_result;

/* Finds every claim in text[0, length). On success *result receives a new result, to be
 * freed with mizan_result_free(); on failure *result is set to NULL. `text` may be NULL only
 * when length is 0. */
MIZAN_API int32_t mizan_extract(const mizan_engine* engine, const char* text, size_t length,
                                const mizan_options* options, mizan_result** result,
                                mizan_error* error);

MIZAN_API void mizan_result_free(mizan_result* result);

/* ---- Checks ---------------------------------------------------------------------------- */

/* Reference facts, loaded once from JSON (README.md, "Facts") and shared by threads. */
typedef struct mizan_facts mizan_facts;

/* Parses a facts file. A malformed file is refused with MIZAN_ERROR_BAD_FACTS, the byte offset
 * of the problem and a message naming it. */
MIZAN_API int32_t mizan_facts_load(const mizan_engine* engine, const char* json, size_t length,
                                   mizan_facts** facts, mizan_error* error);
MIZAN_API void mizan_facts_free(mizan_facts* facts);

/* Extracts the claims of one document and checks them against each other (dates, weekdays,
 * Hijri dates, relative time, arithmetic, conflicting values, style) and against `facts`
 * (may be NULL). The result holds the claims and the findings. */
MIZAN_API int32_t mizan_check(const mizan_engine* engine, const char* text, size_t length,
                              const mizan_options* options, const mizan_facts* facts,
                              mizan_result** result, mizan_error* error);

/* Compares a source text with its translation (Arabic and English in any direction). The
 * result holds the claims of both (mizan_claim.side tells which) and the findings. */
MIZAN_API int32_t mizan_compare(const mizan_engine* engine, const char* source,
                                size_t source_length, const char* target, size_t target_length,
                                const mizan_options* options, mizan_result** result,
                                mizan_error* error);

/* ---- Claims ---------------------------------------------------------------------------- */

/* Claim kinds. */
#define MIZAN_KIND_NUMBER 1   /* a count or another plain number; may carry a counted noun */
#define MIZAN_KIND_MONEY 2    /* unit: ISO 4217 code */
#define MIZAN_KIND_PERCENT 3  /* unit: "percent" or "permille" */
#define MIZAN_KIND_YEAR 4
#define MIZAN_KIND_DATE 5     /* value: ISO "2022-11-18", "2022-11" or "2022" */
#define MIZAN_KIND_DURATION 6 /* unit: "year", "month", "week", "day", "hour", ... */
#define MIZAN_KIND_ORDINAL 7
#define MIZAN_KIND_QUANTITY 8 /* unit: a unit symbol such as "km" or "kg" */

/* "number", "money", ...; "unknown" for a kind this library does not know. Static. */
MIZAN_API const char* mizan_kind_name(uint32_t kind);

/* Claim flags. */
#define MIZAN_CLAIM_LOWER_INCLUSIVE 0x1u   /* the lower bound belongs to the interval */
#define MIZAN_CLAIM_UPPER_INCLUSIVE 0x2u   /* the upper bound belongs to the interval */
#define MIZAN_CLAIM_APPROX 0x4u            /* "about", "nearly": the value is approximate */
#define MIZAN_CLAIM_TOO_LARGE 0x8u         /* the exact value does not fit: value is NULL */
#define MIZAN_CLAIM_SEPARATOR_GUESSED 0x10u /* a ',' or '.' was read by convention: a guess */
#define MIZAN_CLAIM_RATIO 0x20u   /* a count in every so many ("one in five", "واحد من كل خمسة"):
                                     value is the share it names ("0.2") */

/* One numeric claim. Strings are owned by the result; NULL means absent. */
typedef struct mizan_claim {
  uint32_t struct_size;
  uint32_t kind;         /* MIZAN_KIND_* */
  uint32_t flags;        /* MIZAN_CLAIM_* */
  uint32_t sentence;     /* 0-based index of the sentence that holds the claim */
  uint64_t start;        /* span in the input: UTF-8 byte offsets [start, end) */
  uint64_t end;
  const char* text;      /* the input bytes of the span */
  const char* value;     /* exact decimal ("2500000000", "0.5", "-3") or ISO date; NULL if
                            unknown or too large */
  const char* unit;      /* ISO 4217 code, "percent", a time unit, a unit symbol */
  const char* noun;      /* the counted noun as written ("بلدا") */
  const char* noun_key;  /* the counted noun folded for comparison ("بلد"); for money, the
                            family of its currency word ("riyal", "dinar"), if it has one */
  const char* lower;     /* the interval the claim stands for; NULL = unbounded */
  const char* upper;
  const char* qualifier; /* "more-than", "at-least", "less-than", "at-most", "about",
                            "range", "ago", ...; NULL for a plain claim */
  const char* script;    /* digits: "latin", "arabic-indic", "persian", "devanagari", ...,
                            "mixed" when one number mixes scripts; "words" */
  const char* calendar;  /* dates and years: "gregorian" or "islamic"; a solar Hijri year
                            "persian"; NULL otherwise */
  uint32_t weekday;      /* dates: the weekday named with the date, ISO 1 (Monday)..7; 0 if
                            none */
  uint32_t side;         /* MIZAN_SIDE_*: which text of a comparison the claim is in */
} mizan_claim;

/* Sets struct_size and clears the rest. */
MIZAN_API void mizan_claim_init(mizan_claim* claim);

/* The number of claims; 0 for NULL. */
MIZAN_API size_t mizan_result_claim_count(const mizan_result* result);

/* Fills *claim with claim `index` (0-based, in order of position). */
MIZAN_API int32_t mizan_result_claim(const mizan_result* result, size_t index,
                                     mizan_claim* claim, mizan_error* error);

/* ---- Findings -------------------------------------------------------------------------- */

#define MIZAN_SEVERITY_INFO 1
#define MIZAN_SEVERITY_WARNING 2
#define MIZAN_SEVERITY_ERROR 3

/* "info", "warning", "error"; "unknown" otherwise. Static. */
MIZAN_API const char* mizan_severity_name(uint32_t severity);

#define MIZAN_SIDE_SOURCE 0 /* the document, or the source of a comparison */
#define MIZAN_SIDE_TARGET 1 /* the target (translation) of a comparison */

typedef struct mizan_span {
  uint64_t start;  /* UTF-8 byte offsets [start, end) into the text of `side` */
  uint64_t end;
  uint32_t side;   /* MIZAN_SIDE_* */
  uint32_t reserved;
} mizan_span;

/* One inconsistency. Strings and the span array are owned by the result. */
typedef struct mizan_finding {
  uint32_t struct_size;
  uint32_t severity;        /* MIZAN_SEVERITY_* */
  const char* code;         /* "compare.value_mismatch", "date.weekday_mismatch", ... */
  const char* message;      /* a sentence for people, in English */
  const char* expected;     /* what the check expected, where it applies; else NULL */
  const char* found;        /* what the text says, where it applies; else NULL */
  const mizan_span* spans;  /* every claim involved */
  size_t span_count;
} mizan_finding;

/* Sets struct_size and clears the rest. */
MIZAN_API void mizan_finding_init(mizan_finding* finding);

/* The number of findings; 0 for NULL and for results of mizan_extract(). */
MIZAN_API size_t mizan_result_finding_count(const mizan_result* result);

/* Fills *finding with finding `index` (0-based, in order of position). */
MIZAN_API int32_t mizan_result_finding(const mizan_result* result, size_t index,
                                       mizan_finding* finding, mizan_error* error);

/* ---- JSON ------------------------------------------------------------------------------ */

/* JSON export flags. Without either, one object: {"claims":[...]}, and for checks and
 * comparisons also "findings" (comparisons name them "source_claims" and "target_claims"). */
#define MIZAN_JSON_LINES 0x1u          /* one claim object per line */
#define MIZAN_JSON_FINDING_LINES 0x2u  /* one finding object per line (not with JSON_LINES) */

/* The result as UTF-8 JSON, owned by the result (valid until it is freed). The fields of a
 * claim are documented in README.md, "JSON output". *length (if not NULL) receives the length
 * in bytes, without the terminating NUL. */
MIZAN_API int32_t mizan_result_json(mizan_result* result, uint32_t flags, const char** json,
                                    size_t* length, mizan_error* error);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* MIZAN_H */
