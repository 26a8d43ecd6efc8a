// AudioWorklet: turns the microphone (at the audio context's rate, often 48 or 44.1 kHz) into 16 kHz PCM16 mono
// frames of 40 ms, posted to the main thread as ArrayBuffers.
//
// Resampling low-passes *before* decimating: each output sample is a windowed-sinc (Blackman) interpolation of
// the input around its position, with the cutoff at 7.2 kHz (0.45 of the output rate), so what lies above 8 kHz in
// the capture (hiss, fans, fricatives) is removed instead of folding back into the speech band. Interpolating first
// and filtering after, as this used to do, aliases: at 48 kHz it simply kept every third sample. The kernel is
// tabulated once (fine phase steps, linearly interpolated) and normalised per sample so that DC passes unchanged.
// Figures: docs/speech.md, "Browser capture resampling".
const TARGET_RATE = 16000;
const FRAME_SAMPLES = 640;
/** Cutoff as a share of the output rate: below its Nyquist (0.5), leaving room for the transition band. */
const CUTOFF = 0.45;
/** Half the kernel, in output sample periods: sets the transition width (about 1.8 kHz here). */
const HALF_WIDTH_OUTPUT_SAMPLES = 24;
const PHASES = 256;

export class Resampler {
  constructor(inputRate, outputRate) {
    this.step = inputRate / outputRate;
    this.passThrough = inputRate === outputRate;
    // Twice the cutoff in cycles per input sample (the sinc's zero crossings are 1/bandwidth apart); when
    // upsampling, the input's own Nyquist limits it.
    const bandwidth = 2 * CUTOFF * Math.min(1, outputRate / inputRate);
    this.half = Math.ceil(HALF_WIDTH_OUTPUT_SAMPLES * Math.max(1, this.step));
    this.table = new Float32Array(2 * this.half * PHASES + 2);
    for (let i = 0; i < this.table.length; i++) {
      const x = i / PHASES - this.half;
      const sinc = x === 0 ? 1 : Math.sin(Math.PI * bandwidth * x) / (Math.PI * bandwidth * x);
      const w = Math.abs(x) >= this.half ? 0
        : 0.42 + 0.5 * Math.cos(Math.PI * x / this.half) + 0.08 * Math.cos(2 * Math.PI * x / this.half);
      this.table[i] = bandwidth * sinc * w;
    }
    // Input samples kept: buffer[0] is the input sample with absolute index `start`; history starts as silence.
    this.buffer = new Float32Array(4096);
    this.start = -this.half;
    this.length = this.half;
    this.next = 0;
  }

  /** Appends input samples and calls emit(value) for each output sample that can now be computed. */
  push(samples, emit) {
    if (this.passThrough) {
      for (let i = 0; i < samples.length; i++) {
        emit(samples[i]);
      }
      return;
    }
    this.append(samples);
    const half = this.half;
    const end = this.start + this.length;
    while (Math.floor(this.next) + half < end) {
      const center = Math.floor(this.next);
      const fraction = this.next - center;
      let sum = 0;
      let weights = 0;
      for (let j = 1 - half; j <= half; j++) {
        const position = (fraction - j + half) * PHASES;
        const index = Math.floor(position);
        const t = position - index;
        const weight = this.table[index] + (this.table[index + 1] - this.table[index]) * t;
        sum += this.buffer[center + j - this.start] * weight;
        weights += weight;
      }
      emit(sum / weights);
      this.next += this.step;
    }
    // Drop what no later output sample needs.
    const keepFrom = Math.floor(this.next) - half + 1;
    const drop = Math.min(this.length, Math.max(0, keepFrom - this.start));
    if (drop > 0) {
      this.buffer.copyWithin(0, drop, this.length);
      this.length -= drop;
      this.start += drop;
    }
  }

  append(samples) {
    if (this.length + samples.length > this.buffer.length) {
      const larger = new Float32Array(2 * (this.length + samples.length));
      larger.set(this.buffer.subarray(0, this.length));
      this.buffer = larger;
    }
    this.buffer.set(samples, this.length);
    this.length += samples.length;
  }
}

// The worklet itself; outside an AudioWorkletGlobalScope (the resampling benchmark runs this file in node) there is
// nothing to register.
if (typeof registerProcessor === 'function') {
  class MicProcessor extends AudioWorkletProcessor {
    constructor() {
      super();
      this.resampler = new Resampler(sampleRate, TARGET_RATE);
      this.frame = new Int16Array(FRAME_SAMPLES);
      this.filled = 0;
      this.emit = (value) => {
        const clipped = Math.max(-1, Math.min(1, value));
        this.frame[this.filled++] = clipped < 0 ? clipped * 0x8000 : clipped * 0x7fff;
        if (this.filled === FRAME_SAMPLES) {
          this.port.postMessage(this.frame.buffer, [this.frame.buffer]);
          this.frame = new Int16Array(FRAME_SAMPLES);
          this.filled = 0;
        }
      };
    }

    process(inputs) {
      const channel = inputs[0] && inputs[0][0];
      if (channel) {
        this.resampler.push(channel, this.emit);
      }
      return true;
    }
  }

  registerProcessor('mic-processor', MicProcessor);
}
