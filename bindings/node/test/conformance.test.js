'use strict';
// Replays tests/conformance: the binding must give exactly what the library gives.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const mizan = require('..');

const dir = path.join(__dirname, '..', '..', '..', 'tests', 'conformance');
const cases = JSON.parse(fs.readFileSync(path.join(dir, 'inputs.json'), 'utf8')).cases;
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')).expected;
const OPTIONS = { dollar_currency: 'dollarCurrency', published: 'published', checks: 'checks',
  max_input_bytes: 'maxInputBytes' };
const RENAMED = { nounKey: 'noun_key', lowerInclusive: 'lower_inclusive',
  upperInclusive: 'upper_inclusive', tooLarge: 'too_large', separatorGuessed: 'separator_guessed' };

function textOf(c, key) {
  return c[`${key}_hex`] !== undefined ? Buffer.from(c[`${key}_hex`], 'hex') : c[key];
}

function claimJson(c) {
  const out = {};
  for (const [key, value] of Object.entries(c)) {
    if (['start', 'end', 'byteStart', 'byteEnd', 'side'].includes(key)) continue;
    out[RENAMED[key] || key] = value;
  }
  return { ...out, start: c.byteStart, end: c.byteEnd };
}

function findingJson(f, comparison) {
  const spans = (side) => f.spans.filter((s) => s.side === side)
    .map((s) => ({ start: s.byteStart, end: s.byteEnd }));
  const out = { code: f.code, severity: f.severity, message: f.message, expected: f.expected,
    found: f.found };
  if (comparison) return { ...out, source_spans: spans('source'), target_spans: spans('target') };
  return { ...out, spans: spans('source') };
}

function options(c) {
  const out = {};
  for (const [key, value] of Object.entries(c.options || {})) out[OPTIONS[key]] = value;
  return out;
}

function replay(engine, c) {
  if (c.op === 'extract') return { claims: engine.extract(textOf(c, 'text'), options(c)).map(claimJson) };
  if (c.op === 'check') {
    const raw = c.facts !== undefined ? c.facts : c.facts_raw;
    const facts = raw !== undefined ? new mizan.Facts(engine, raw) : undefined;
    const r = engine.check(textOf(c, 'text'), { ...options(c), facts });
    return { claims: r.claims.map(claimJson), findings: r.findings.map((f) => findingJson(f, false)) };
  }
  const r = engine.compare(textOf(c, 'source'), textOf(c, 'target'), options(c));
  return { source_claims: r.sourceClaims.map(claimJson), target_claims: r.targetClaims.map(claimJson),
    findings: r.findings.map((f) => findingJson(f, true)) };
}

const engine = new mizan.Engine();
for (const c of cases) {
  test(`conformance: ${c.name}`, () => {
    const want = expected[c.name];
    if (want.error) {
      assert.throws(() => replay(engine, c), (e) => e instanceof mizan.MizanError &&
        e.status === want.error.status && e.byteOffset === want.error.offset);
    } else {
      assert.deepStrictEqual(replay(engine, c), want);
    }
  });
}
