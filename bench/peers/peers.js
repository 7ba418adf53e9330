// Times the npm peers on the samples that run.sh prepared, one document (line) per call, as a
// CMS would call them. Prints one JSON object per tool and corpus.
//   node peers.js SCRATCH SAMPLE...
'use strict';
const path = require('path');
const fs = require('fs');

const [scratch, ...samples] = process.argv.slice(2);
const load = (name) => require(path.join(scratch, 'node_modules', name));
const R = load('@microsoft/recognizers-text-suite');
const chrono = load('chrono-node');

const tools = {
  'recognizers-text number': (line) => R.recognizeNumber(line, R.Culture.English).length,
  'recognizers-text currency': (line) => R.recognizeCurrency(line, R.Culture.English).length,
  'recognizers-text datetime': (line) => R.recognizeDateTime(line, R.Culture.English).length,
  'chrono-node': (line) => chrono.parse(line).length,
};

const budgetSeconds = Number(process.env.PEERS_BUDGET || 20);
for (const sample of samples) {
  const lines = fs.readFileSync(sample, 'utf8').split('\n').filter((l) => l.length > 0);
  for (const [tool, run] of Object.entries(tools)) {
    run(lines[0]);  // load lazily built models before timing
    let bytes = 0, found = 0;
    const start = process.hrtime.bigint();
    let seconds = 0;
    for (const line of lines) {
      found += run(line);
      bytes += Buffer.byteLength(line, 'utf8') + 1;
      seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (seconds > budgetSeconds) break;  // a slow tool is timed on the part it got through
    }
    console.log(JSON.stringify({tool, corpus: path.basename(sample), bytes, seconds, found}));
  }
}
