// The extern "C" layer: translates between the C contract of mizan.h and the C++ core.
// Nothing C++ crosses this boundary: every function catches everything, and every struct is
// read and written only up to the struct_size its caller was compiled with.

#include "mizan.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "core/checks/check_config.h"
#include "core/checks/compare.h"
#include "core/checks/document_checks.h"
#include "core/checks/facts.h"
#include "core/checks/finding_json.h"
#include "core/claims/claim_json.h"
#include "core/claims/extractor.h"
#include "core/engine.h"
#include "core/error.h"

struct mizan_engine {
  std::unique_ptr<mizan::Engine> engine;
};

struct mizan_facts {
  mizan::checks::Facts facts;
};

struct mizan_result {
  std::vector<mizan::claims::Claim> claims;  // a comparison: the source's, then the target's
  size_t source_claims = 0;                  // how many of them are the source's
  bool comparison = false;
  bool checked = false;  // made by mizan_check or mizan_compare: its JSON lists findings
  std::vector<mizan::checks::Finding> findings;
  std::vector<std::vector<mizan_span>> finding_spans;  // the C view of each finding's spans
  // JSON exports, made on first request; index = MIZAN_JSON_* flags.
  std::string json[3];
  bool json_ready[3] = {false, false, false};
};

namespace {

using mizan::Error;
using mizan::ErrorCode;

constexpr uint32_t kKnownJsonFlags = MIZAN_JSON_LINES | MIZAN_JSON_FINDING_LINES;

// Copies `message` into the caller's fixed buffer without cutting a UTF-8 sequence in two.
void CopyMessage(std::string_view message, char* out, size_t capacity) {
  size_t n = std::min(message.size(), capacity - 1);
  while (n > 0 && n < message.size() && (static_cast<unsigned char>(message[n]) & 0xC0) == 0x80) {
    --n;
  }
  std::memcpy(out, message.data(), n);
  out[n] = '\0';
}

int32_t Report(mizan_error* error, const Error& e) {
  const int32_t code = static_cast<int32_t>(e.code);
  if (error == nullptr || error->struct_size < sizeof(mizan_error)) return code;
  error->code = code;
  error->offset = e.offset == mizan::kNoOffset ? MIZAN_NO_OFFSET : e.offset;
  CopyMessage(e.message.empty() ? mizan_status_string(code) : e.message, error->message,
              sizeof(error->message));
  return code;
}

int32_t Fail(mizan_error* error, ErrorCode code, std::string message) {
  return Report(error, Error{code, mizan::kNoOffset, std::move(message)});
}

int32_t Succeed(mizan_error* error) { return Report(error, Error{}); }

// Runs `body`, turning every exception into a status.
template <typename Body>
int32_t Guarded(mizan_error* error, Body&& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return Fail(error, ErrorCode::kOutOfMemory, "out of memory");
  } catch (const std::exception& e) {
    return Fail(error, ErrorCode::kInternal, std::string("internal error: ") + e.what());
  } catch (...) {
    return Fail(error, ErrorCode::kInternal, "internal error");
  }
}

// Reads a caller's input struct of any size into the library's version of it (see "Structs"
// in mizan.h): smaller than the first version is refused, unknown trailing bytes must be 0.
template <typename T>
int32_t ReadStruct(const T* in, T* out, mizan_error* error, const char* name) {
  if (in->struct_size < sizeof(T)) {
    return Fail(error, ErrorCode::kUnsupportedStruct,
                std::string(name) + ".struct_size is smaller than any version of it");
  }
  const auto* bytes = reinterpret_cast<const unsigned char*>(in);
  if (!std::all_of(bytes + sizeof(T), bytes + in->struct_size,
                   [](unsigned char b) { return b == 0; })) {
    return Fail(error, ErrorCode::kUnsupportedStruct,
                std::string(name) + " sets fields this library version does not know");
  }
  std::memcpy(out, in, sizeof(T));
  return MIZAN_OK;
}

// Writes item `index` of `count` into a caller's output struct of any size (see "Structs" in
// mizan.h): smaller than the first version is refused; the bytes of fields this version does not
// know are cleared, so that a newer caller reads them as absent. `name` is "claim", "finding".
template <typename T, typename Make>
int32_t WriteStruct(T* out, size_t index, size_t count, const char* name, mizan_error* error,
                    Make make) {
  if (out->struct_size < sizeof(T)) {
    return Fail(error, ErrorCode::kUnsupportedStruct,
                absl::StrCat("mizan_", name, ".struct_size is smaller than any version of it"));
  }
  if (index >= count) {
    return Fail(error, ErrorCode::kOutOfRange, absl::StrCat(name, " index out of range"));
  }
  const uint32_t caller_size = out->struct_size;
  std::memset(reinterpret_cast<unsigned char*>(out) + sizeof(T), 0, caller_size - sizeof(T));
  *out = make();
  out->struct_size = caller_size;
  return Succeed(error);
}

// A caller's text: NULL with length 0 is the empty text (the callers check the other case).
std::string_view TextOf(const char* text, size_t length) { return {text ? text : "", length}; }

const char* OrNull(const std::string& s) { return s.empty() ? nullptr : s.c_str(); }

uint32_t ClaimFlags(const mizan::claims::Claim& c) {
  uint32_t flags = 0;
  if (c.lower && c.lower->inclusive) flags |= MIZAN_CLAIM_LOWER_INCLUSIVE;
  if (c.upper && c.upper->inclusive) flags |= MIZAN_CLAIM_UPPER_INCLUSIVE;
  if (c.approx) flags |= MIZAN_CLAIM_APPROX;
  if (c.too_large) flags |= MIZAN_CLAIM_TOO_LARGE;
  if (c.separator_guessed) flags |= MIZAN_CLAIM_SEPARATOR_GUESSED;
  if (c.ratio) flags |= MIZAN_CLAIM_RATIO;
  return flags;
}

mizan_claim ToC(const mizan::claims::Claim& c) {
  mizan_claim out;
  mizan_claim_init(&out);
  out.kind = static_cast<uint32_t>(c.kind);
  out.flags = ClaimFlags(c);
  out.sentence = c.sentence;
  out.start = c.start;
  out.end = c.end;
  out.text = c.text.c_str();
  out.value = OrNull(c.value);
  out.unit = OrNull(c.unit);
  out.noun = OrNull(c.noun);
  out.noun_key = OrNull(c.noun_key);
  out.lower = c.lower ? c.lower->value.c_str() : nullptr;
  out.upper = c.upper ? c.upper->value.c_str() : nullptr;
  out.qualifier = OrNull(c.qualifier);
  out.script = OrNull(c.script);
  out.calendar = OrNull(c.calendar);
  out.weekday = c.weekday;
  return out;
}

const char* OrNullView(const std::string& s) { return s.empty() ? nullptr : s.c_str(); }

std::string BuildJson(const mizan_result& result, uint32_t flags) {
  using mizan::claims::Claim;
  const std::vector<Claim> source(result.claims.begin(),
                                  result.claims.begin() + static_cast<long>(result.source_claims));
  const std::vector<Claim> target(result.claims.begin() + static_cast<long>(result.source_claims),
                                  result.claims.end());
  std::string out;
  if (flags & MIZAN_JSON_LINES) {
    for (const auto& claim : result.claims) out += mizan::claims::ClaimToJson(claim) + "\n";
    return out;
  }
  if (flags & MIZAN_JSON_FINDING_LINES) {
    for (const auto& f : result.findings) {
      out += mizan::checks::FindingToJson(f, result.comparison) + "\n";
    }
    return out;
  }
  if (!result.checked) return mizan::claims::ClaimsToJson(result.claims);
  return mizan::checks::ResultToJson(result.comparison ? source : result.claims, target,
                                     result.findings, result.comparison);
}

// Reads the options every call shares; a bad field is refused with a status.
int32_t ReadOptions(const mizan_options* options, mizan_options* out, mizan_error* error) {
  mizan_options_init(out);
  if (options != nullptr) {
    if (int32_t s = ReadStruct(options, out, error, "mizan_options")) return s;
  }
  if (out->flags != 0) return Fail(error, ErrorCode::kUnknownFlags, "unknown option flags");
  return MIZAN_OK;
}

mizan::claims::ExtractOptions ExtractOptionsOf(const mizan_options& opts) {
  mizan::claims::ExtractOptions core;
  if (opts.max_input_bytes != 0) {
    core.max_input_bytes =
        static_cast<size_t>(std::min<uint64_t>(opts.max_input_bytes, core.max_input_bytes));
  }
  if (opts.dollar_currency != nullptr) core.dollar_currency = opts.dollar_currency;
  return core;
}

// The check settings and the publication date of the options.
int32_t ReadCheckOptions(const mizan_options& opts, mizan::checks::CheckConfig* config,
                         std::optional<mizan::checks::YearMonthDay>* published,
                         mizan_error* error) {
  if (opts.checks != nullptr) {
    const Error e = config->Apply(opts.checks);
    if (!e.ok()) return Report(error, e);
  }
  if (opts.published != nullptr) {
    *published = mizan::checks::ParseIsoDate(opts.published);
    if (!*published) {
      return Fail(error, ErrorCode::kInvalidArgument,
                  std::string("published must be YYYY-MM-DD, not '") + opts.published + "'");
    }
  }
  return MIZAN_OK;
}

void SetFindings(std::vector<mizan::checks::Finding> findings, mizan_result* result) {
  result->findings = std::move(findings);
  for (const auto& f : result->findings) {
    std::vector<mizan_span> spans;
    for (const auto& s : f.spans) {
      spans.push_back({s.start, s.end, static_cast<uint32_t>(s.side), 0});
    }
    result->finding_spans.push_back(std::move(spans));
  }
}

}  // namespace

extern "C" {

uint32_t mizan_version_number(void) { return MIZAN_VERSION_NUMBER; }

const char* mizan_version_string(void) { return MIZAN_VERSION_STRING; }

const char* mizan_status_string(int32_t status) {
  switch (status) {
    case MIZAN_OK: return "ok";
    case MIZAN_ERROR_INVALID_ARGUMENT: return "invalid argument";
    case MIZAN_ERROR_INVALID_UTF8: return "invalid UTF-8";
    case MIZAN_ERROR_INPUT_TOO_LARGE: return "input too large";
    case MIZAN_ERROR_OUT_OF_MEMORY: return "out of memory";
    case MIZAN_ERROR_UNSUPPORTED_STRUCT: return "unsupported struct size or fields";
    case MIZAN_ERROR_UNKNOWN_FLAGS: return "unknown flags";
    case MIZAN_ERROR_OUT_OF_RANGE: return "index out of range";
    case MIZAN_ERROR_INTERNAL: return "internal error";
    case MIZAN_ERROR_BAD_FACTS: return "bad facts file";
    default: return "unknown status";
  }
}

void mizan_error_init(mizan_error* error) {
  if (error == nullptr) return;
  std::memset(error, 0, sizeof(*error));
  error->struct_size = sizeof(*error);
  error->offset = MIZAN_NO_OFFSET;
}

void mizan_options_init(mizan_options* options) {
  if (options == nullptr) return;
  std::memset(options, 0, sizeof(*options));
  options->struct_size = sizeof(*options);
}

void mizan_finding_init(mizan_finding* finding) {
  if (finding == nullptr) return;
  std::memset(finding, 0, sizeof(*finding));
  finding->struct_size = sizeof(*finding);
}

const char* mizan_severity_name(uint32_t severity) {
  if (severity < MIZAN_SEVERITY_INFO || severity > MIZAN_SEVERITY_ERROR) return "unknown";
  return mizan::checks::SeverityName(static_cast<mizan::checks::Severity>(severity)).data();
}

void mizan_claim_init(mizan_claim* claim) {
  if (claim == nullptr) return;
  std::memset(claim, 0, sizeof(*claim));
  claim->struct_size = sizeof(*claim);
}

int32_t mizan_engine_new(uint32_t flags, mizan_engine** engine, mizan_error* error) {
  return Guarded(error, [&]() -> int32_t {
    if (engine == nullptr) return Fail(error, ErrorCode::kInvalidArgument, "engine is NULL");
    *engine = nullptr;
    if (flags != 0) return Fail(error, ErrorCode::kUnknownFlags, "engine flags must be 0");
    Error e;
    auto created = mizan::Engine::Create(&e);
    if (!created) return Report(error, e);
    *engine = new mizan_engine{std::move(created)};
    return Succeed(error);
  });
}

void mizan_engine_free(mizan_engine* engine) { delete engine; }

int32_t mizan_extract(const mizan_engine* engine, const char* text, size_t length,
                      const mizan_options* options, mizan_result** result, mizan_error* error) {
  return Guarded(error, [&]() -> int32_t {
    if (result == nullptr) return Fail(error, ErrorCode::kInvalidArgument, "result is NULL");
    *result = nullptr;
    if (engine == nullptr) return Fail(error, ErrorCode::kInvalidArgument, "engine is NULL");
    if (text == nullptr && length != 0) {
      return Fail(error, ErrorCode::kInvalidArgument, "text is NULL but length is not 0");
    }
    mizan_options opts;
    if (int32_t s = ReadOptions(options, &opts, error)) return s;
    auto out = std::make_unique<mizan_result>();
    const Error e = mizan::claims::Extract(*engine->engine, TextOf(text, length),
                                           ExtractOptionsOf(opts), &out->claims);
    if (!e.ok()) return Report(error, e);
    *result = out.release();
    return Succeed(error);
  });
}

void mizan_result_free(mizan_result* result) { delete result; }

int32_t mizan_facts_load(const mizan_engine* engine, const char* json, size_t length,
                         mizan_facts** facts, mizan_error* error) {
  return Guarded(error, [&]() -> int32_t {
    if (facts == nullptr) return Fail(error, ErrorCode::kInvalidArgument, "facts is NULL");
    *facts = nullptr;
    if (engine == nullptr) return Fail(error, ErrorCode::kInvalidArgument, "engine is NULL");
    if (json == nullptr && length != 0) {
      return Fail(error, ErrorCode::kInvalidArgument, "json is NULL but length is not 0");
    }
    auto out = std::make_unique<mizan_facts>();
    const Error e = mizan::checks::Facts::Load(std::string_view(json ? json : "", length),
                                               engine->engine->normalizer(), &out->facts);
    if (!e.ok()) return Report(error, e);
    *facts = out.release();
    return Succeed(error);
  });
}

void mizan_facts_free(mizan_facts* facts) { delete facts; }

int32_t mizan_check(const mizan_engine* engine, const char* text, size_t length,
                    const mizan_options* options, const mizan_facts* facts,
                    mizan_result** result, mizan_error* error) {
  return Guarded(error, [&]() -> int32_t {
    if (result == nullptr) return Fail(error, ErrorCode::kInvalidArgument, "result is NULL");
    *result = nullptr;
    if (engine == nullptr) return Fail(error, ErrorCode::kInvalidArgument, "engine is NULL");
    if (text == nullptr && length != 0) {
      return Fail(error, ErrorCode::kInvalidArgument, "text is NULL but length is not 0");
    }
    mizan_options opts;
    if (int32_t s = ReadOptions(options, &opts, error)) return s;
    mizan::checks::CheckConfig config;
    std::optional<mizan::checks::YearMonthDay> published;
    if (int32_t s = ReadCheckOptions(opts, &config, &published, error)) return s;
    auto out = std::make_unique<mizan_result>();
    out->checked = true;
    mizan::text::NormalizedText normalized;
    const std::string_view document = TextOf(text, length);
    const Error e = mizan::claims::Extract(*engine->engine, document, ExtractOptionsOf(opts),
                                           &out->claims, &normalized);
    if (!e.ok()) return Report(error, e);
    out->source_claims = out->claims.size();
    bool dateline = false;  // the document's own, set off as datelines are
    if (!published) published = mizan::checks::DatelineOf(out->claims, document, &dateline);
    mizan::checks::Reporter reporter(config);
    const mizan::checks::DocumentView doc{*engine->engine, normalized, out->claims, published,
                                          dateline};
    mizan::checks::CheckDocument(doc, facts ? &facts->facts : nullptr, &reporter);
    SetFindings(std::move(reporter.findings()), out.get());
    *result = out.release();
    return Succeed(error);
  });
}

int32_t mizan_compare(const mizan_engine* engine, const char* source, size_t source_length,
                      const char* target, size_t target_length, const mizan_options* options,
                      mizan_result** result, mizan_error* error) {
  return Guarded(error, [&]() -> int32_t {
    if (result == nullptr) return Fail(error, ErrorCode::kInvalidArgument, "result is NULL");
    *result = nullptr;
    if (engine == nullptr) return Fail(error, ErrorCode::kInvalidArgument, "engine is NULL");
    if ((source == nullptr && source_length != 0) || (target == nullptr && target_length != 0)) {
      return Fail(error, ErrorCode::kInvalidArgument, "a text is NULL but its length is not 0");
    }
    mizan_options opts;
    if (int32_t s = ReadOptions(options, &opts, error)) return s;
    mizan::checks::CheckConfig config;
    std::optional<mizan::checks::YearMonthDay> published;
    if (int32_t s = ReadCheckOptions(opts, &config, &published, error)) return s;
    auto out = std::make_unique<mizan_result>();
    out->comparison = true;
    out->checked = true;
    std::vector<mizan::claims::Claim> target_claims;
    const auto core = ExtractOptionsOf(opts);
    const std::string_view source_text = TextOf(source, source_length);
    const std::string_view target_text = TextOf(target, target_length);
    mizan::text::NormalizedText source_normalized, target_normalized;
    Error e = mizan::claims::Extract(*engine->engine, source_text, core, &out->claims,
                                     &source_normalized);
    if (!e.ok()) return Report(error, e);
    e = mizan::claims::Extract(*engine->engine, target_text, core, &target_claims,
                               &target_normalized);
    if (!e.ok()) {
      e.message = "target: " + e.message;
      return Report(error, e);
    }
    mizan::checks::Reporter reporter(config);
    mizan::checks::CompareClaims(*engine->engine,
                                 {out->claims, source_text, source_normalized},
                                 {target_claims, target_text, target_normalized}, &reporter,
                                 published);
    out->source_claims = out->claims.size();
    out->claims.reserve(out->claims.size() + target_claims.size());
    out->claims.insert(out->claims.end(), std::make_move_iterator(target_claims.begin()),
                       std::make_move_iterator(target_claims.end()));
    SetFindings(std::move(reporter.findings()), out.get());
    *result = out.release();
    return Succeed(error);
  });
}

size_t mizan_result_finding_count(const mizan_result* result) {
  return result == nullptr ? 0 : result->findings.size();
}

int32_t mizan_result_finding(const mizan_result* result, size_t index, mizan_finding* finding,
                             mizan_error* error) {
  return Guarded(error, [&]() -> int32_t {
    if (result == nullptr || finding == nullptr) {
      return Fail(error, ErrorCode::kInvalidArgument, "result or finding is NULL");
    }
    return WriteStruct(finding, index, result->findings.size(), "finding", error, [&] {
      const auto& f = result->findings[index];
      mizan_finding out;
      mizan_finding_init(&out);
      out.severity = static_cast<uint32_t>(f.severity);
      out.code = f.code.c_str();
      out.message = f.message.c_str();
      out.expected = OrNullView(f.expected);
      out.found = OrNullView(f.found);
      out.spans = result->finding_spans[index].data();
      out.span_count = result->finding_spans[index].size();
      return out;
    });
  });
}

const char* mizan_kind_name(uint32_t kind) {
  if (kind < MIZAN_KIND_NUMBER || kind > MIZAN_KIND_QUANTITY) return "unknown";
  // KindName returns views of string literals, so data() is NUL-terminated and static.
  return mizan::claims::KindName(static_cast<mizan::claims::Kind>(kind)).data();
}

size_t mizan_result_claim_count(const mizan_result* result) {
  return result == nullptr ? 0 : result->claims.size();
}

int32_t mizan_result_claim(const mizan_result* result, size_t index, mizan_claim* claim,
                           mizan_error* error) {
  return Guarded(error, [&]() -> int32_t {
    if (result == nullptr || claim == nullptr) {
      return Fail(error, ErrorCode::kInvalidArgument, "result or claim is NULL");
    }
    return WriteStruct(claim, index, result->claims.size(), "claim", error, [&] {
      mizan_claim out = ToC(result->claims[index]);
      if (result->comparison && index >= result->source_claims) out.side = MIZAN_SIDE_TARGET;
      return out;
    });
  });
}

int32_t mizan_result_json(mizan_result* result, uint32_t flags, const char** json,
                          size_t* length, mizan_error* error) {
  return Guarded(error, [&]() -> int32_t {
    if (result == nullptr || json == nullptr) {
      return Fail(error, ErrorCode::kInvalidArgument, "result or json is NULL");
    }
    *json = nullptr;
    if ((flags & ~kKnownJsonFlags) != 0) {
      return Fail(error, ErrorCode::kUnknownFlags, "unknown JSON flags");
    }
    if ((flags & MIZAN_JSON_LINES) && (flags & MIZAN_JSON_FINDING_LINES)) {
      return Fail(error, ErrorCode::kUnknownFlags, "JSON_LINES and JSON_FINDING_LINES exclude each other");
    }
    if (!result->json_ready[flags]) {
      result->json[flags] = BuildJson(*result, flags);
      result->json_ready[flags] = true;
    }
    *json = result->json[flags].c_str();
    if (length != nullptr) *length = result->json[flags].size();
    return Succeed(error);
  });
}

}  // extern "C"
