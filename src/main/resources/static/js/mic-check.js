// Microphone check on the invite page: asks for the microphone, shows a live level meter for a few seconds,
// then releases the device. When there is no microphone (or permission is refused) it says so plainly:
// candidates can type their answers instead.
const button = document.getElementById('mic-check');
const meter = document.getElementById('mic-level');
const status = document.getElementById('mic-status');

const say = (text) => { status.textContent = text; };

async function check() {
  if (!navigator.mediaDevices?.getUserMedia || !window.AudioContext) {
    say('This browser cannot use a microphone here. That is fine: you can type your answers.');
    return;
  }
  button.disabled = true;
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    say(error?.name === 'NotAllowedError'
      ? 'Microphone access was refused. You can allow it in your browser settings, or type your answers.'
      : 'No microphone is available. That is fine: you can type your answers.');
    button.disabled = false;
    return;
  }
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let loudest = 0;
  say('Listening… say a few words.');
  const stopAt = performance.now() + 6000;
  const tick = () => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const s of samples) sum += s * s;
    const level = Math.min(1, Math.sqrt(sum / samples.length) * 4);
    loudest = Math.max(loudest, level);
    meter.value = level;
    if (performance.now() < stopAt) {
      requestAnimationFrame(tick);
    } else {
      stream.getTracks().forEach((track) => track.stop());
      context.close();
      meter.value = 0;
      button.disabled = false;
      say(loudest > 0.05 ? 'Your microphone works.'
        : 'We heard nothing. Check that the right microphone is selected and not muted, or type your answers.');
    }
  };
  tick();
}

button?.addEventListener('click', check);
