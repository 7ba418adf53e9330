'use strict';
// Tests of the Node binding: every call, errors, UTF-16 offsets, async calls on one engine.
const test = require('node:test');
const assert = require('node:assert/strict');
const mizan = require('..');

const engine = new mizan.Engine();

test('version', () => {
  assert.match(mizan.version(), /^1\./);
});

test('extract gives exact values and UTF-16 offsets', () => {
  const text = 'ارتفع الإنتاج ١٢٫٥٪ إلى 31,000 طن';
  const claims = engine.extract(text);
  assert.deepEqual(claims.map((c) => [c.kind, c.value, c.unit]),
    [['percent', '12.5', 'percent'], ['quantity', '31000', 't']]);
  for (const c of claims) {
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.equal(Buffer.from(text).subarray(c.byteStart, c.byteEnd).toString(), c.text);
  }
  assert.equal(claims[0].script, 'arabic-indic');
  assert.equal(claims[1].lowerInclusive, true);
});

test('offsets after characters outside the BMP', () => {
  const text = '😀😀 بلغ 68 بلدا';
  const c = engine.extract(text)[0];
  assert.equal(text.slice(c.start, c.end), '68 بلدا');
  assert.equal(c.start, 9);   // two surrogate pairs, a space, three letters, a space
  assert.equal(c.byteStart, Buffer.byteLength('😀😀 بلغ '));
});

test('check with facts and a publication date', () => {
  const facts = new mizan.Facts(engine, { facts: [
    { id: 'launch', kind: 'year', value: 2011, cues: ['launched'] }] });
  const text = 'The database was launched 13 years ago.';
  const report = engine.check(text, { facts, published: '2022-11-18' });
  assert.deepEqual(report.findings.map((f) => f.code), ['fact.contradiction']);
  assert.equal(report.findings[0].severity, 'error');
  const span = report.findings[0].spans[0];
  assert.match(text.slice(span.start, span.end), /13 years ago/);
  assert.deepEqual(engine.check(text, { facts }).findings, []);
  facts.close();
});

test('options switch checks off, per call and per engine', () => {
  const text = 'الاثنين 18 نوفمبر 2022';
  assert.deepEqual(engine.check(text).findings.map((f) => f.code), ['date.weekday_mismatch']);
  assert.deepEqual(engine.check(text, { checks: 'date.*=off' }).findings, []);
  const quiet = new mizan.Engine({ checks: 'date.weekday_mismatch=off' });
  assert.deepEqual(quiet.check(text).findings, []);
  quiet.close();
  assert.throws(() => quiet.check(text), { name: 'MizanError', status: 1 });
  assert.equal(engine.extract('paid $40')[0].unit, 'USD');
  assert.equal(engine.extract('paid $40', { dollarCurrency: 'CAD' })[0].unit, 'CAD');
});

test('compare reports spans on both sides', () => {
  const source = 'Revenue was $1,127 on Thursday.';
  const target = 'بلغت الإيرادات 1197 دولارا يوم الثلاثاء.';
  const result = engine.compare(source, target);
  assert.deepEqual(result.findings.map((f) => f.code).sort(),
    ['compare.date_mismatch', 'compare.value_mismatch']);
  const value = result.findings.find((f) => f.code === 'compare.value_mismatch');
  const t = value.spans.find((s) => s.side === 'target');
  assert.match(target.slice(t.start, t.end), /1197/);
  assert.ok(result.targetClaims.every((c) => c.side === 'target'));
  assert.equal(result.sourceClaims[0].value, '1127');
});

test('errors carry the status and the offset', () => {
  assert.throws(() => new mizan.Facts(engine, '{"facts": ['),
    (e) => e instanceof mizan.MizanError && e.status === 9 && e.byteOffset !== null);
  assert.throws(() => engine.check('x', { published: 'yesterday' }), { status: 1 });
  assert.throws(() => engine.check('x', { checks: 'no.such=off' }), /no\.such/);
  assert.throws(() => engine.extract('123', { maxInputBytes: 2 }), { status: 3 });
  assert.throws(() => engine.extract(Buffer.from([0x31, 0x32, 0x20, 0xff])),
    { status: 2, byteOffset: 3, offset: 3 });
  assert.throws(() => engine.extract('بلغ \ud800 68'), { status: 2, byteOffset: 7, offset: 4 });
  assert.throws(() => engine.extract(42), TypeError);
});

test('async calls share one engine on worker threads', async () => {
  const text = 'ارتفع ١٢٫٥٪ إلى 31,000 طن في 2022 يوم الاثنين 18 نوفمبر 2022';
  const expected = engine.check(text);
  const runs = await Promise.all(Array.from({ length: 64 }, () => engine.checkAsync(text)));
  for (const r of runs) assert.deepEqual(r, expected);
  const claims = await engine.extractAsync(text);
  assert.deepEqual(claims, expected.claims);
  const cmp = await engine.compareAsync('64 countries', '46 دولة');
  assert.equal(cmp.findings[0].code, 'compare.value_mismatch');
  await assert.rejects(engine.extractAsync(Buffer.from([0xff])), { status: 2, byteOffset: 0 });
});
