'use strict';
// mizan for Node: find the numeric claims in Arabic and English text and check them.
//
//   const mizan = require('mizan');
//   const engine = new mizan.Engine();          // build once, share everywhere
//   engine.extract('بلغ 68 بلدا');               // [{kind: 'number', value: '68', ...}]
//   await engine.checkAsync(article, {published: '2022-11-18'});
//
// Offsets (start, end) are UTF-16 indices into the JavaScript string, as String.slice takes
// them; byteStart and byteEnd are the UTF-8 byte offsets the library reports. The *Async
// methods run the library on libuv's worker threads, all sharing one engine.
const { api, errorSize, optionsSize } = require('./native');

const NO_OFFSET = 2n ** 64n - 1n;
const INVALID_UTF8 = 2;

class MizanError extends Error {
  // status: a MIZAN_ERROR_* code; byteOffset and offset (UTF-16): where, or null.
  constructor(status, message, byteOffset = null, offset = null) {
    super(message);
    this.name = 'MizanError';
    this.status = status;
    this.byteOffset = byteOffset;
    this.offset = offset;
  }
}

// UTF-8 bytes of a text and the map from their offsets back to UTF-16 indices. A Buffer goes
// as it is (the library validates it) and its offsets are its own.
class Text {
  constructor(text) {
    if (Buffer.isBuffer(text) || text instanceof Uint8Array) {
      this.bytes = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
      this.string = null;
    } else if (typeof text === 'string') {
      rejectLoneSurrogate(text);
      this.bytes = Buffer.from(text, 'utf8');
      this.string = text;
    } else {
      throw new TypeError('text must be a string or a Buffer');
    }
    this.map = null;
  }

  index(byteOffset) {
    if (this.string === null) return Math.min(byteOffset, this.bytes.length);
    if (this.map === null) this.map = utf16Map(this.string, this.bytes.length);
    return this.map[Math.min(byteOffset, this.bytes.length)];
  }
}

function rejectLoneSurrogate(text) {
  if (text.isWellFormed === undefined || text.isWellFormed()) return;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length &&
      text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    if (pair) { i++; continue; }
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const byteOffset = Buffer.byteLength(text.slice(0, i), 'utf8');
      throw new MizanError(INVALID_UTF8, 'text is not valid UTF-8 (a lone surrogate)', byteOffset, i);
    }
  }
}

function utf16Map(string, byteLength) {
  const map = new Uint32Array(byteLength + 1);
  let byte = 0;
  let unit = 0;
  for (const ch of string) {
    const cp = ch.codePointAt(0);
    const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    map.fill(unit, byte, byte + width);
    byte += width;
    unit += ch.length;
  }
  map[byte] = unit;
  return map;
}

function newError() {
  return { struct_size: errorSize, code: 0, offset: 0, message: '' };
}

function fail(status, error, text) {
  const raw = error.offset;
  const byteOffset = raw === undefined || BigInt(raw) === NO_OFFSET ? null : Number(raw);
  const offset = byteOffset !== null && text ? text.index(byteOffset) : null;
  const message = error.message || api.status_string(status);
  return new MizanError(status, message, byteOffset, offset);
}

const CLAIM_FIELDS = {
  noun_key: 'nounKey', lower_inclusive: 'lowerInclusive', upper_inclusive: 'upperInclusive',
  too_large: 'tooLarge', separator_guessed: 'separatorGuessed',
};

function claim(raw, text, side) {
  const out = { start: text.index(raw.start), end: text.index(raw.end),
    byteStart: raw.start, byteEnd: raw.end };
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'start' && key !== 'end') out[CLAIM_FIELDS[key] || key] = value;
  }
  out.side = side;
  return out;
}

function spans(list, text, side) {
  return (list || []).map((s) => ({ start: text.index(s.start), end: text.index(s.end),
    byteStart: s.start, byteEnd: s.end, side }));
}

function finding(raw, source, target) {
  const all = raw.spans ? spans(raw.spans, source, 'source')
    : spans(raw.source_spans, source, 'source').concat(spans(raw.target_spans, target, 'target'));
  return { code: raw.code, severity: raw.severity, message: raw.message, spans: all,
    expected: raw.expected, found: raw.found };
}

// Reads a result handle into plain objects and frees it.
function collect(handle, source, target) {
  try {
    const json = [null];
    const length = [0];
    const error = newError();
    const status = api.result_json(handle, 0, json, length, error);
    if (status !== 0) throw fail(status, error, null);
    const raw = JSON.parse(json[0]);
    const findings = (raw.findings || []).map((f) => finding(f, source, target));
    if (raw.source_claims) {
      return { sourceClaims: raw.source_claims.map((c) => claim(c, source, 'source')),
        targetClaims: raw.target_claims.map((c) => claim(c, target, 'target')), findings };
    }
    return { claims: raw.claims.map((c) => claim(c, source, 'source')), findings };
  } finally {
    api.result_free(handle);
  }
}

// Calls fn synchronously, or on a worker thread when async is set; both end in finish().
function call(fn, args, async, finish) {
  if (!async) return finish(fn(...args));
  return new Promise((resolve, reject) => {
    fn.async(...args, (err, status) => {
      if (err) { reject(err); return; }
      try { resolve(finish(status)); } catch (e) { reject(e); }
    });
  });
}

const engines = new FinalizationRegistry((handle) => api.engine_free(handle));
const factsRegistry = new FinalizationRegistry((handle) => api.facts_free(handle));

// Frees an owner's handle now rather than at garbage collection, once.
function release(owner, registry, free) {
  if (owner.handle === null) return;
  registry.unregister(owner);
  free(owner.handle);
  owner.handle = null;
}

class Facts {
  // Reference facts (README.md, "Facts") from a JSON string, a Buffer, or an object.
  constructor(engine, source) {
    const text = new Text(typeof source === 'string' || Buffer.isBuffer(source)
      ? source : JSON.stringify(source));
    const out = [null];
    const error = newError();
    const status = api.facts_load(engine.handle, text.bytes, text.bytes.length, out, error);
    if (status !== 0) throw fail(status, error, text);
    this.handle = out[0];
    factsRegistry.register(this, this.handle, this);
  }

  close() { release(this, factsRegistry, api.facts_free); }
}

class Engine {
  // defaults: {dollarCurrency, published, checks, maxInputBytes}, applied to every call; the
  // same keys given to a call override them for that call.
  constructor(defaults = {}) {
    const out = [null];
    const error = newError();
    const status = api.engine_new(0, out, error);
    if (status !== 0) throw fail(status, error, null);
    this.handle = out[0];
    this.defaults = { ...defaults };
    engines.register(this, this.handle, this);
  }

  // Frees the engine now instead of at garbage collection. No call may be in flight.
  close() { release(this, engines, api.engine_free); }

  options(overrides) {
    const o = { ...this.defaults, ...overrides };
    return { struct_size: optionsSize, flags: 0, max_input_bytes: o.maxInputBytes || 0,
      dollar_currency: o.dollarCurrency || null, published: o.published || null,
      checks: o.checks || null };
  }

  live() {
    if (this.handle === null) throw new MizanError(1, 'the engine is closed');
    return this.handle;
  }

  run(async, fn, args, source, target) {
    const out = [null];
    const error = newError();
    return call(fn, [...args, out, error], async, (status) => {
      if (status !== 0) throw fail(status, error, error.message.startsWith('target') ? target : source);
      return collect(out[0], source, target);
    });
  }

  extractRun(text, options, async) {
    const t = new Text(text);
    const args = [this.live(), t.bytes, t.bytes.length, this.options(options)];
    return this.run(async, api.extract, args, t, t);
  }

  checkRun(text, options, async) {
    const t = new Text(text);
    const facts = options.facts ? options.facts.handle : null;
    const args = [this.live(), t.bytes, t.bytes.length, this.options(options), facts];
    return this.run(async, api.check, args, t, t);
  }

  compareRun(source, target, options, async) {
    const s = new Text(source);
    const t = new Text(target);
    const args = [this.live(), s.bytes, s.bytes.length, t.bytes, t.bytes.length, this.options(options)];
    return this.run(async, api.compare, args, s, t);
  }

  // Every numeric claim of text, in order.
  extract(text, options = {}) { return this.extractRun(text, options, false).claims; }

  // {claims, findings}: the document's own inconsistencies, and against options.facts.
  check(text, options = {}) { return this.checkRun(text, options, false); }

  // {sourceClaims, targetClaims, findings}: what differs between a text and its translation.
  compare(source, target, options = {}) { return this.compareRun(source, target, options, false); }

  async extractAsync(text, options = {}) { return (await this.extractRun(text, options, true)).claims; }

  checkAsync(text, options = {}) { return this.checkRun(text, options, true); }

  compareAsync(source, target, options = {}) { return this.compareRun(source, target, options, true); }
}

function version() { return api.version_string(); }

module.exports = { Engine, Facts, MizanError, version };
