// The interview room: one WebSocket to /ws/interviews/{id} (see docs/websocket-protocol.md), the microphone,
// interviewer playback, the live transcript (correctable), typed answers, and the coding panel.
import { Microphone, Player } from './audio.js';
import { renderWords } from './transcript-confidence.js';

const root = document.querySelector('[data-interview-id]');
const interviewId = root.dataset.interviewId;
const $ = (id) => document.getElementById(id);
const transcript = $('transcript');
const connectionStatus = $('connection');
const micStatus = $('mic-status');
const answerForm = $('answer-form');
const answerBox = $('answer');
const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;

// Exposed for tests and for support: what the page has done, never used to drive behaviour.
const debug = (window.__interview = { events: [], audioChunksPlayed: 0, bargeIns: 0, framesSent: 0 });

let socket;
let audioContext;
let microphone;
let player;
let speakers = [];
let ended = false;
let replaced = false;
let retries = 0;
let audioAvailable = true;
let pendingFrames = [];
let pendingMessages = [];
let drafts = {};
let codeEditor;
let currentChallenge;

// Reconnects: a few quick tries, then the candidate decides; never an endless loop.
const MAX_RETRIES = 6;
const CLOSE_REPLACED = 4001;
const CLOSE_POLICY = 1008;
// The tab remembers that it joined and whether it was muted, so a reload resumes without pressing Join.
const joinedKey = `interviewed.joined.${interviewId}`;
const mutedKey = `interviewed.muted.${interviewId}`;
const isEnded = () => root.dataset.status === 'ENDED' || root.dataset.status === 'SCORED';

$('join')?.addEventListener('click', () => join());
$('continue-here')?.addEventListener('click', continueHere);
$('reconnect')?.addEventListener('click', () => {
  $('reconnect-panel').hidden = true;
  retries = 0;
  connect();
});

if (!isEnded() && sessionStorage.getItem(joinedKey) === 'true' && $('join')) {
  join();
} else if (isEnded()) {
  sessionStorage.removeItem(joinedKey);
}

async function join() {
  sessionStorage.setItem(joinedKey, 'true');
  $('join-panel').hidden = true;
  answerForm.hidden = false;
  audioContext = new AudioContext();
  try {
    await audioContext.resume();
  } catch (e) { /* resumed on the next click below */ }
  if (audioContext.state !== 'running') {
    // A reload resumes without a click, and browsers keep audio off until one: ask for it, without blocking.
    const hint = $('audio-hint');
    hint.hidden = false;
    const wake = async () => {
      await audioContext.resume();
      if (audioContext.state === 'running') {
        hint.hidden = true;
        document.removeEventListener('pointerdown', wake);
        document.removeEventListener('keydown', wake);
      }
    };
    document.addEventListener('pointerdown', wake);
    document.addEventListener('keydown', wake);
  }
  player = new Player(audioContext);
  player.onIdle = () => markSpeaking(null);
  applyMuted(sessionStorage.getItem(mutedKey) === 'true');
  connect();
}

async function startMicrophone() {
  if (microphone || replaced || ended) {
    return;
  }
  if (!navigator.mediaDevices?.getUserMedia) {
    setMic('No microphone access in this browser — type your answers below.', 'warn');
    return;
  }
  const mic = new Microphone(audioContext, sendFrame);
  microphone = mic;
  try {
    await mic.start();
    if (microphone !== mic) {
      mic.stop(); // replaced or ended while the browser was asking
      return;
    }
    mic.setMuted(isMuted());
    showMicState();
  } catch (error) {
    microphone = null;
    const message = error.name === 'NotAllowedError'
      ? 'Microphone blocked — allow it in the address bar, or type your answers below.'
      : error.name === 'NotFoundError'
        ? 'No microphone found — type your answers below.'
        : 'The microphone could not start (' + error.name + ') — type your answers below.';
    setMic(message, 'warn');
  }
}

function releaseMicrophone(text) {
  microphone?.stop();
  microphone = null;
  pendingFrames = [];
  debug.microphoneOn = false;
  setMic(text || 'Microphone off', 'warn');
}

function sendFrame(buffer) {
  if (socket?.readyState === WebSocket.OPEN) {
    socket.send(buffer);
    debug.framesSent++;
  } else if (!ended && !replaced) {
    // Keep up to 5 s while reconnecting, so what was said in the gap still reaches the interviewer.
    pendingFrames.push(buffer);
    if (pendingFrames.length > 125) {
      pendingFrames.shift();
    }
  }
}

function connect() {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = new WebSocket(`${scheme}://${location.host}/ws/interviews/${interviewId}`);
  socket = ws;
  ws.binaryType = 'arraybuffer';
  setConnection(retries ? 'Reconnecting…' : 'Connecting…', 'warn');
  ws.onopen = () => {
    setConnection('Connected', 'ok');
  };
  ws.onmessage = (message) => {
    if (socket !== ws) {
      return;
    }
    if (typeof message.data === 'string') {
      handle(JSON.parse(message.data));
    } else {
      player.push(message.data);
      debug.audioChunksPlayed = player.chunksPlayed;
    }
  };
  ws.onclose = (event) => {
    if (socket !== ws) {
      return;
    }
    if (ended) {
      setConnection('Interview ended', 'ok');
    } else if (replaced || event.code === CLOSE_REPLACED) {
      showReplaced();
    } else if (event.code === CLOSE_POLICY || retries >= MAX_RETRIES) {
      offerReconnect(event.code === CLOSE_POLICY
        ? 'The connection was closed: too much data too fast.' : 'The connection to the interview was lost.');
    } else {
      const delay = Math.min(8000, 500 * 2 ** retries++);
      setConnection(`Connection lost — reconnecting in ${Math.max(1, Math.round(delay / 1000))} s`, 'warn');
      setTimeout(() => { if (socket === ws && !replaced && !ended) connect(); }, delay);
    }
  };
}

/** The session is live: flush what waited for it. */
let clockTimer;

/** Elapsed time since the interview started, updated every second until it ends. */
function startClock() {
  const started = Date.parse(root.dataset.startedAt);
  if (Number.isNaN(started)) {
    return;
  }
  $('room-clock').hidden = false;
  const tick = () => {
    const seconds = Math.max(0, Math.floor((Date.now() - started) / 1000));
    const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    $('elapsed').textContent = text;
    $('elapsed').dateTime = `PT${seconds}S`;
  };
  tick();
  clearInterval(clockTimer);
  clockTimer = setInterval(tick, 1000);
}

function stopClock() {
  clearInterval(clockTimer);
}

function showProgress(event) {
  if (event.of > 0 && event.question > 0) {
    $('question-progress').textContent = `Question ${event.question} of ${event.of}`;
    $('question-progress').hidden = false;
  }
  if (event.minutes > 0) {
    $('planned-length').textContent = ` of ${event.minutes} min`;
  }
}

function ready() {
  retries = 0;
  for (const frame of pendingFrames) {
    socket.send(frame);
  }
  pendingFrames = [];
  const messages = pendingMessages;
  pendingMessages = [];
  messages.forEach(send);
  if (pendingMessages.length === 0 && !ended) {
    setConnection('Connected', 'ok');
  }
}

function offerReconnect(text) {
  setConnection(text, 'warn');
  $('reconnect-text').textContent = text;
  $('reconnect-panel').hidden = false;
}

/** Another tab took the interview over: this one lets go of the microphone and waits to be asked back. */
function showReplaced() {
  replaced = true;
  debug.replaced = true;
  player?.stop();
  releaseMicrophone('Microphone off — the interview is open in another tab');
  answerForm.hidden = true;
  $('replaced-panel').hidden = false;
  setConnection('Open in another tab', 'warn');
}

function continueHere() {
  replaced = false;
  debug.replaced = false;
  retries = 0;
  $('replaced-panel').hidden = true;
  answerForm.hidden = false;
  connect();
}

function handle(event) {
  debug.events.push(event.type);
  switch (event.type) {
    case 'session.ready':
      speakers = event.speakers;
      renderSpeakers();
      event.transcript.forEach((line) => upsertTurn(line.messageId, line.role, line.speaker, line.text, line.status,
        line.words));
      drafts = Object.fromEntries((event.drafts || []).map((draft) => [draft.challengeId, draft]));
      // The room's clock counts from the interview's start, so a reload shows the same time; before the first
      // question the interview starts now.
      root.dataset.startedAt = event.startedAt || new Date().toISOString();
      startClock();
      audioAvailable = event.audio;
      if (event.audio) {
        startMicrophone();
      } else {
        releaseMicrophone('Speech is not available right now — type your answers below; the interviewer still speaks.');
        answerBox.focus();
      }
      ready();
      break;
    case 'speech.unavailable':
      setMic(event.message || 'Speech is not available right now — type your answers below.', 'warn');
      break;
    case 'session.replaced':
      replaced = true;
      showReplaced();
      break;
    case 'transcript.partial':
      upsertTurn(event.messageId, event.role, event.speaker, event.text, 'PENDING');
      break;
    case 'transcript.final':
      upsertTurn(event.messageId, event.role, event.speaker, event.text, event.status, event.words);
      break;
    case 'audio.start':
      player.begin(event.sampleRate);
      markSpeaking(event.speaker);
      break;
    case 'audio.end':
      player.end();
      break;
    case 'barge_in':
      debug.bargeIns++;
      player.stop();
      break;
    case 'interview.progress':
      showProgress(event);
      break;
    case 'panel.handoff':
      markSpeaking(event.to);
      break;
    case 'code.challenge':
      openChallenge(event);
      break;
    case 'interview.ended':
      finish(event);
      break;
    case 'error':
      setConnection(event.message, 'warn');
      break;
    default:
      break;
  }
}

function upsertTurn(messageId, role, speaker, text, status, words) {
  let item = document.getElementById('turn-' + messageId);
  if (!item) {
    item = document.createElement('li');
    item.id = 'turn-' + messageId;
    item.dataset.messageId = messageId;
    item.innerHTML = '<div class="who"><span class="name"></span><span class="tag" hidden></span></div><p class="text"></p>'
      + '<p class="unsure-hint" hidden>Words marked ? may be misheard: select one to correct it.</p>';
    transcript.append(item);
  }
  item.className = `turn ${role}` + (status === 'PENDING' ? ' pending' : '');
  item.dataset.status = status || '';
  item.querySelector('.name').textContent = speaker;
  const marked = renderWords(item.querySelector('.text'), text, role === 'candidate' ? words : null,
    (start, end) => startEdit(item, start, end));
  item.querySelector('.unsure-hint').hidden = !marked;
  const tag = item.querySelector('.tag');
  const labels = { INTERRUPTED: 'interrupted', EDITED: 'corrected', TYPED: 'typed', PENDING: 'listening…' };
  tag.hidden = !labels[status];
  tag.textContent = labels[status] || '';
  if (role === 'candidate' && status !== 'PENDING' && !item.querySelector('.edit')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button edit';
    button.textContent = 'Correct';
    button.setAttribute('aria-label', 'Correct this answer');
    button.addEventListener('click', () => startEdit(item));
    item.querySelector('.who').append(button);
  }
  transcript.scrollTop = transcript.scrollHeight;
}

/** Opens the correction of `item`; `start`/`end` select a word the candidate picked as misheard. */
function startEdit(item, start, end) {
  const text = item.querySelector('.text');
  if (item.querySelector('textarea')) {
    return;
  }
  const editor = document.createElement('form');
  editor.innerHTML = '<label class="visually-hidden">Corrected answer</label><textarea rows="3" maxlength="4000"></textarea>'
    + '<div class="answer-actions"><button class="button button-small" type="submit">Save correction</button>'
    + '<button class="link-button" type="button">Cancel</button></div>';
  const area = editor.querySelector('textarea');
  area.value = text.textContent;
  text.hidden = true;
  item.append(editor);
  area.focus();
  if (start !== undefined) {
    area.setSelectionRange(start, end);
  }
  editor.querySelector('[type=button]').addEventListener('click', () => { editor.remove(); text.hidden = false; });
  editor.addEventListener('submit', (event) => {
    event.preventDefault();
    const corrected = area.value.trim();
    if (corrected) {
      send({ type: 'transcript.edit', messageId: item.dataset.messageId, text: corrected });
    }
    editor.remove();
    text.hidden = false;
  });
}

answerForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = answerBox.value.trim();
  if (!text) {
    return;
  }
  player?.stop();
  send({ type: 'text', text });
  answerBox.value = '';
});

answerBox.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    answerForm.requestSubmit();
  }
});

$('mute').addEventListener('click', () => applyMuted(!isMuted()));

function isMuted() {
  return $('mute').getAttribute('aria-pressed') === 'true';
}

function applyMuted(muted) {
  sessionStorage.setItem(mutedKey, String(muted));
  $('mute').setAttribute('aria-pressed', String(muted));
  $('mute').textContent = muted ? 'Unmute' : 'Mute';
  microphone?.setMuted(muted);
  showMicState();
}

function showMicState() {
  if (microphone) {
    debug.microphoneOn = true;
    const muted = isMuted();
    setMic(muted ? 'Muted — the interviewer cannot hear you' : 'Microphone on — speak whenever you like', muted ? 'warn' : 'ok');
  }
}

$('end').addEventListener('click', async () => {
  if (socket?.readyState === WebSocket.OPEN) {
    send({ type: 'end' });
    return;
  }
  const headers = csrfHeader ? { [csrfHeader]: csrfToken } : {};
  await fetch(`/api/v1/interviews/${interviewId}/end`, { method: 'POST', headers });
  finish({ reason: 'ended', evaluationUrl: `/interviews/${interviewId}/report` });
});

function send(message) {
  if (socket?.readyState === WebSocket.OPEN && !replaced) {
    socket.send(JSON.stringify(message));
    return;
  }
  // Held until the session is back (the latest code replaces older code), so nothing typed is lost.
  if (message.type === 'code.update') {
    pendingMessages = pendingMessages.filter((m) => m.type !== 'code.update' || m.challengeId !== message.challengeId);
  }
  pendingMessages.push(message);
  setConnection('Reconnecting — what you sent goes through once connected…', 'warn');
}

function finish(event) {
  ended = true;
  stopClock();
  sessionStorage.removeItem(joinedKey);
  player?.stop();
  releaseMicrophone('Microphone off');
  answerForm.hidden = true;
  $('replaced-panel').hidden = true;
  $('reconnect-panel').hidden = true;
  const note = $('ended');
  note.hidden = false;
  if (root.dataset.invited === 'true') {
    note.textContent = 'The interview has ended. Thank you — the recruiting team will review it; a person makes every decision.';
  } else {
    note.innerHTML = 'The interview has ended. <a></a>';
    const link = note.querySelector('a');
    link.href = event.evaluationUrl;
    link.textContent = 'See your report';
  }
  setConnection('Interview ended', 'ok');
}

async function openChallenge(event) {
  if (currentChallenge?.challengeId === event.challengeId && codeEditor) {
    return; // a reconnect re-announces the open challenge; keep the candidate's draft
  }
  currentChallenge = event;
  // A saved draft (a reload, another tab) replaces the starter code of its language.
  const draft = drafts[event.challengeId];
  const language = draft?.language || event.language;
  const starterCodes = draft ? { ...event.starterCodes, [draft.language]: draft.code } : event.starterCodes;
  $('code-panel').hidden = false;
  document.querySelector('.room-body').classList.add('with-code');
  const container = $('code-editor');
  container.replaceChildren();
  // The detail is a small object ({chars}, {awayMs}): sent as JSON so the recruiter's scorecard can put it in words.
  const onIntegrityFlag = (flag) => send({ type: 'integrity.flag', kind: flag.type,
    detail: typeof flag.detail === 'object' && flag.detail !== null ? JSON.stringify(flag.detail) : String(flag.detail || '') });
  try {
    const module = await import('/js/code-editor.js');
    codeEditor = module.openCodeEditor(container, {
      challenge: { id: event.challengeId, title: event.title, prompt: event.prompt, starterCode: starterCodes },
      language,
      runUrl: `/api/v1/interviews/${interviewId}/code/run`,
      onChange: ({ challengeId, language, code }) => send({ type: 'code.update', challengeId, language, code }),
      onIntegrityFlag,
    });
    await codeEditor.ready;
  } catch (error) {
    // The rich editor is unavailable: a plain text area still lets the candidate write and share code.
    codeEditor = null;
    const onChange = debounce((code) => send({
      type: 'code.update', challengeId: event.challengeId, language, code,
    }), 500);
    const heading = document.createElement('h3');
    heading.textContent = event.title;
    const prompt = document.createElement('p');
    prompt.textContent = event.prompt;
    const area = document.createElement('textarea');
    area.className = 'code-fallback';
    area.setAttribute('aria-label', 'Your code');
    area.value = starterCodes?.[language] ?? event.starterCode ?? '';
    area.addEventListener('input', () => onChange(area.value));
    container.replaceChildren(heading, prompt, area);
  }
}

function debounce(fn, wait) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}

function renderSpeakers() {
  const list = $('speakers');
  list.replaceChildren(...speakers.map((speaker) => {
    const item = document.createElement('li');
    item.className = 'speaker';
    item.dataset.name = speaker.name;
    item.textContent = speaker.role && speaker.role !== 'Interviewer'
      ? `${speaker.name} (${speaker.role.replaceAll('_', ' ').toLowerCase()})`
      : speaker.name;
    return item;
  }));
}

function markSpeaking(name) {
  document.querySelectorAll('.speaker').forEach((item) => item.classList.toggle('speaking', item.dataset.name === name));
}

function setConnection(text, level) {
  connectionStatus.textContent = text;
  connectionStatus.className = 'pill ' + (level || '');
}

function setMic(text, level) {
  micStatus.textContent = text;
  micStatus.className = 'pill ' + (level || '');
}
