// Interviewed test harness for JavaScript (Node). Loads solution.js as a function body (so line numbers in stack
// traces match the candidate's editor), runs the named function against the embedded cases and prints one summary
// line prefixed with a per-run nonce read from stdin before the candidate's code runs.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const NONCE = fs.readFileSync(0, 'utf8').split('\n')[0].trim();
const SPEC = JSON.parse(Buffer.from('__SPEC__', 'base64').toString('utf8'));
const write = process.stdout.write.bind(process.stdout);

function emit(summary) {
  write('\n' + NONCE + JSON.stringify(summary) + '\n');
}

function same(actual, expected) {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Number.isInteger(expected) && Number.isInteger(actual)
      ? actual === expected
      : Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length
      && expected.every((e, i) => same(actual[i], e));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const keys = Object.keys(expected);
    return keys.length === Object.keys(actual).length && keys.every((k) => same(actual[k], expected[k]));
  }
  return actual === expected;
}

function show(value) {
  let text;
  try {
    text = value === undefined ? 'undefined' : JSON.stringify(value);
  } catch (e) {
    text = String(value);
  }
  return text.length <= 200 ? text : text.slice(0, 200) + '…';
}

function main() {
  const name = SPEC.function;
  const file = path.join(__dirname, 'solution.js');
  let fn;
  try {
    const source = fs.readFileSync(file, 'utf8');
    const body = source + '\n;return typeof ' + name + " === 'function' ? " + name
      + ' : (module.exports && module.exports.' + name + ');';
    const load = vm.compileFunction(body, ['require', 'module', 'exports'], { filename: file });
    const mod = { exports: {} };
    fn = load(require, mod, mod.exports);
  } catch (error) {
    console.error(error && error.stack ? error.stack : String(error));
    emit({ error: 'Your code could not be loaded: ' + (error && error.name) + ': ' + (error && error.message) });
    return;
  }
  if (typeof fn !== 'function') {
    emit({ error: 'Define a function named ' + name + '.' });
    return;
  }
  const results = [];
  for (const testCase of SPEC.cases) {
    const call = name + '(' + testCase.args.map(show).join(', ') + ')';
    let actual;
    try {
      actual = fn(...JSON.parse(JSON.stringify(testCase.args)));
    } catch (error) {
      results.push({ name: testCase.name, passed: false,
        message: call + ' threw ' + (error && error.name) + ': ' + (error && error.message) });
      continue;
    }
    const passed = same(actual, testCase.expected);
    results.push({ name: testCase.name, passed,
      message: passed ? '' : call + ' returned ' + show(actual) + ', expected ' + show(testCase.expected) });
  }
  emit({ cases: results });
}

main();
