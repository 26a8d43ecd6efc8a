// Microphone capture and interviewer playback for the interview room.

export class Microphone {
  constructor(context, onFrame) {
    this.context = context;
    this.onFrame = onFrame;
    this.muted = false;
  }

  /** Asks for the microphone; throws a DOMException (NotAllowedError, NotFoundError…) the caller explains. */
  async start() {
    this.stream = await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
    await this.context.audioWorklet.addModule('/js/mic-processor.js');
    this.source = this.context.createMediaStreamSource(this.stream);
    this.node = new AudioWorkletNode(this.context, 'mic-processor');
    this.node.port.onmessage = (event) => {
      if (!this.muted) {
        this.onFrame(event.data);
      }
    };
    this.source.connect(this.node);
    // The worklet must be pulled by the graph to run; a silent gain keeps the microphone out of the speakers.
    const silent = this.context.createGain();
    silent.gain.value = 0;
    this.node.connect(silent).connect(this.context.destination);
  }

  /** Lets go of the microphone (the browser's indicator goes off); start() may be called again later. */
  stop() {
    this.stream?.getTracks().forEach((track) => track.stop());
    this.source?.disconnect();
    this.node?.disconnect();
    this.stream = null;
  }

  setMuted(muted) {
    this.muted = muted;
    this.stream?.getAudioTracks().forEach((track) => { track.enabled = !muted; });
  }
}

/** Plays the interviewer's PCM16 chunks back to back; stop() silences everything at once (barge-in). */
export class Player {
  constructor(context) {
    this.context = context;
    this.sources = new Set();
    this.nextTime = 0;
    this.sampleRate = 16000;
    this.accepting = false;
    this.chunksPlayed = 0;
    this.onIdle = () => {};
  }

  begin(sampleRate) {
    this.sampleRate = sampleRate || 16000;
    this.accepting = true;
  }

  push(arrayBuffer) {
    if (!this.accepting) {
      return; // frames of an utterance the candidate interrupted
    }
    const pcm = new Int16Array(arrayBuffer);
    const buffer = this.context.createBuffer(1, pcm.length, this.sampleRate);
    const data = buffer.getChannelData(0);
    for (let i = 0; i < pcm.length; i++) {
      data[i] = pcm[i] / 0x8000;
    }
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.context.destination);
    const startAt = Math.max(this.context.currentTime + 0.02, this.nextTime);
    source.start(startAt);
    this.nextTime = startAt + buffer.duration;
    this.sources.add(source);
    this.chunksPlayed++;
    source.onended = () => {
      this.sources.delete(source);
      if (this.sources.size === 0) {
        this.onIdle();
      }
    };
  }

  end() {
    this.accepting = false;
  }

  get playing() {
    return this.sources.size > 0;
  }

  stop() {
    this.accepting = false;
    for (const source of this.sources) {
      try { source.stop(); } catch (e) { /* already stopped */ }
    }
    this.sources.clear();
    this.nextTime = 0;
    this.onIdle();
  }
}
