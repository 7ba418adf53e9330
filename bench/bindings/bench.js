// mizan through its Node binding, one document per call: node bench.js DOCS_FILE [SECONDS].
'use strict';
const fs = require('fs');
const path = require('path');
const mizan = require(path.join(__dirname, '..', '..', 'bindings', 'node'));

const docs = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim());
const seconds = Number(process.argv[3] || 3);
const engine = new mizan.Engine();
const size = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
for (const call of ['extract', 'check']) {
  engine[call](docs[0]);
  let rounds = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    for (const d of docs) engine[call](d);
    rounds += 1;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < seconds);
  console.log(JSON.stringify({binding: 'node', call, docs: rounds * docs.length,
                              bytes: rounds * size, seconds: elapsed}));
}
engine.close();
