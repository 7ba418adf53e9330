'use strict';
// The C ABI of libmizan (capi/include/mizan.h) as koffi sees it, and finding the library.
const fs = require('node:fs');
const path = require('node:path');
const koffi = require('koffi');

const MAJOR = 1;

const Error_ = koffi.struct('mizan_error', {
  struct_size: 'uint32_t',
  code: 'int32_t',
  offset: 'uint64_t',
  message: koffi.array('char', 256, 'String'),
});

const Options = koffi.struct('mizan_options', {
  struct_size: 'uint32_t',
  flags: 'uint32_t',
  max_input_bytes: 'uint64_t',
  dollar_currency: 'const char *',
  published: 'const char *',
  checks: 'const char *',
});

koffi.opaque('mizan_engine');
koffi.opaque('mizan_result');
koffi.opaque('mizan_facts');

function candidates() {
  const out = [];
  if (process.env.MIZAN_LIBRARY) out.push(process.env.MIZAN_LIBRARY);
  const bundled = path.join(__dirname, 'libmizan.so.1');
  if (fs.existsSync(bundled)) out.push(bundled);
  out.push('libmizan.so.1');
  return out;
}

function open() {
  const failures = [];
  for (const file of candidates()) {
    try {
      return koffi.load(file);
    } catch (e) {
      failures.push(`${file}: ${e.message}`);
    }
  }
  throw new Error(`libmizan not found; set MIZAN_LIBRARY to its path (${failures.join('; ')})`);
}

const lib = open();

const api = {
  version_number: lib.func('uint32_t mizan_version_number(void)'),
  version_string: lib.func('const char *mizan_version_string(void)'),
  status_string: lib.func('const char *mizan_status_string(int32_t status)'),
  engine_new: lib.func('int32_t mizan_engine_new(uint32_t flags, _Out_ mizan_engine **engine, _Inout_ mizan_error *error)'),
  engine_free: lib.func('void mizan_engine_free(mizan_engine *engine)'),
  extract: lib.func('int32_t mizan_extract(const mizan_engine *engine, const uint8_t *text, size_t length, const mizan_options *options, _Out_ mizan_result **result, _Inout_ mizan_error *error)'),
  check: lib.func('int32_t mizan_check(const mizan_engine *engine, const uint8_t *text, size_t length, const mizan_options *options, const mizan_facts *facts, _Out_ mizan_result **result, _Inout_ mizan_error *error)'),
  compare: lib.func('int32_t mizan_compare(const mizan_engine *engine, const uint8_t *source, size_t source_length, const uint8_t *target, size_t target_length, const mizan_options *options, _Out_ mizan_result **result, _Inout_ mizan_error *error)'),
  facts_load: lib.func('int32_t mizan_facts_load(const mizan_engine *engine, const uint8_t *json, size_t length, _Out_ mizan_facts **facts, _Inout_ mizan_error *error)'),
  facts_free: lib.func('void mizan_facts_free(mizan_facts *facts)'),
  result_free: lib.func('void mizan_result_free(mizan_result *result)'),
  result_json: lib.func('int32_t mizan_result_json(mizan_result *result, uint32_t flags, _Out_ const char **json, _Out_ size_t *length, _Inout_ mizan_error *error)'),
};

const found = api.version_number();
if (Math.floor(found / 10000) !== MAJOR) {
  throw new Error(`libmizan ${Math.floor(found / 10000)}.x is loaded; this module needs ${MAJOR}.x`);
}

module.exports = {
  api,
  errorSize: koffi.sizeof(Error_),
  optionsSize: koffi.sizeof(Options),
};
