/* The declarations of capi/include/mizan.h that PHP's FFI reads (it takes no preprocessor
 * directives but these two, which FFI::load() and opcache preloading use). Keep in step with
 * mizan.h: the tests call every function declared here. */
#define FFI_SCOPE "mizan"
#define FFI_LIB "libmizan.so.1"

typedef struct mizan_error {
  uint32_t struct_size;
  int32_t code;
  uint64_t offset;
  char message[256];
} mizan_error;

typedef struct mizan_engine mizan_engine;
typedef struct mizan_result mizan_result;
typedef struct mizan_facts mizan_facts;

typedef struct mizan_options {
  uint32_t struct_size;
  uint32_t flags;
  uint64_t max_input_bytes;
  const char* dollar_currency;
  const char* published;
  const char* checks;
} mizan_options;

uint32_t mizan_version_number(void);
const char* mizan_version_string(void);
const char* mizan_status_string(int32_t status);
void mizan_error_init(mizan_error* error);
int32_t mizan_engine_new(uint32_t flags, mizan_engine** engine, mizan_error* error);
void mizan_engine_free(mizan_engine* engine);
void mizan_options_init(mizan_options* options);
int32_t mizan_extract(const mizan_engine* engine, const char* text, size_t length,
                      const mizan_options* options, mizan_result** result, mizan_error* error);
void mizan_result_free(mizan_result* result);
int32_t mizan_facts_load(const mizan_engine* engine, const char* json, size_t length,
                         mizan_facts** facts, mizan_error* error);
void mizan_facts_free(mizan_facts* facts);
int32_t mizan_check(const mizan_engine* engine, const char* text, size_t length,
                    const mizan_options* options, const mizan_facts* facts,
                    mizan_result** result, mizan_error* error);
int32_t mizan_compare(const mizan_engine* engine, const char* source, size_t source_length,
                      const char* target, size_t target_length, const mizan_options* options,
                      mizan_result** result, mizan_error* error);
int32_t mizan_result_json(mizan_result* result, uint32_t flags, const char** json,
                          size_t* length, mizan_error* error);
