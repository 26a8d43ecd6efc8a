// AudioWorklet: turns the microphone (at the audio context's rate, often 48 kHz) into 16 kHz PCM16 mono frames
// of 40 ms, posted to the main thread as ArrayBuffers.
const TARGET_RATE = 16000;
const FRAME_SAMPLES = 640;

class MicProcessor extends AudioWorkletProcessor {
  constructor() {
    super();
    this.ratio = sampleRate / TARGET_RATE;
    this.position = 0;
    this.frame = new Int16Array(FRAME_SAMPLES);
    this.filled = 0;
    this.previous = 0;
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (!channel) {
      return true;
    }
    // Linear interpolation with a light one-pole low-pass: good enough for speech recognition at 16 kHz.
    while (this.position < channel.length) {
      const index = Math.floor(this.position);
      const fraction = this.position - index;
      const a = channel[index];
      const b = index + 1 < channel.length ? channel[index + 1] : a;
      let value = a + (b - a) * fraction;
      value = 0.6 * value + 0.4 * this.previous;
      this.previous = value;
      const clipped = Math.max(-1, Math.min(1, value));
      this.frame[this.filled++] = clipped < 0 ? clipped * 0x8000 : clipped * 0x7fff;
      if (this.filled === FRAME_SAMPLES) {
        this.port.postMessage(this.frame.buffer, [this.frame.buffer]);
        this.frame = new Int16Array(FRAME_SAMPLES);
        this.filled = 0;
      }
      this.position += this.ratio;
    }
    this.position -= channel.length;
    return true;
  }
}

registerProcessor('mic-processor', MicProcessor);
