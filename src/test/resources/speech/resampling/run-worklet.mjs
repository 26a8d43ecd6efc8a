// Runs a mic-processor AudioWorklet file in node, as the browser would: float32 input at the given context rate
// in render quanta of 128 samples; writes the PCM16 frames it posts. Used by MicResamplerBenchmark.
// Usage: node run-worklet.mjs <worklet.js> <contextRate> <input.f32le> <output.s16le>
import { readFileSync, writeFileSync } from 'node:fs';

const [worklet, rate, inputPath, outputPath] = process.argv.slice(2);
const frames = [];
let Processor = null;
globalThis.sampleRate = Number(rate);
globalThis.AudioWorkletProcessor = class {
  constructor() {
    this.port = { postMessage: (buffer) => frames.push(new Int16Array(buffer.slice(0))) };
  }
};
globalThis.registerProcessor = (name, cls) => { Processor = cls; };
const source = readFileSync(worklet, 'utf8');
await import('data:text/javascript;base64,' + Buffer.from(source).toString('base64'));

const bytes = readFileSync(inputPath);
const input = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
const processor = new Processor();
const started = process.hrtime.bigint();
for (let offset = 0; offset < input.length; offset += 128) {
  const quantum = new Float32Array(128);
  quantum.set(input.subarray(offset, Math.min(input.length, offset + 128)));
  processor.process([[quantum]], [[new Float32Array(128)]], {});
}
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
const total = frames.reduce((n, f) => n + f.length, 0);
const out = new Int16Array(total);
let at = 0;
for (const f of frames) {
  out.set(f, at);
  at += f.length;
}
writeFileSync(outputPath, Buffer.from(out.buffer));
console.log(JSON.stringify({ samples: total, ms: elapsedMs }));
