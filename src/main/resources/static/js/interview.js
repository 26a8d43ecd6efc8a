// The interview room: one WebSocket to /ws/interviews/{id} (see docs/websocket-protocol.md), the microphone,
// interviewer playback, the live transcript (correctable), typed answers, and the coding panel.
import { Microphone, Player } from './audio.js';

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
let retries = 0;
let pendingFrames = [];
let codeEditor;
let currentChallenge;

$('join')?.addEventListener('click', join);

async function join() {
  $('join-panel').hidden = true;
  answerForm.hidden = false;
  audioContext = new AudioContext();
  await audioContext.resume();
  player = new Player(audioContext);
  player.onIdle = () => markSpeaking(null);
  connect();
  startMicrophone();
}

async function startMicrophone() {
  if (!navigator.mediaDevices?.getUserMedia) {
    setMic('No microphone access in this browser — type your answers below.', 'warn');
    return;
  }
  microphone = new Microphone(audioContext, sendFrame);
  try {
    await microphone.start();
    setMic('Microphone on — speak whenever you like', 'ok');
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

function sendFrame(buffer) {
  if (socket?.readyState === WebSocket.OPEN) {
    socket.send(buffer);
    debug.framesSent++;
  } else if (!ended) {
    // Keep up to 5 s while reconnecting, so what was said in the gap still reaches the interviewer.
    pendingFrames.push(buffer);
    if (pendingFrames.length > 125) {
      pendingFrames.shift();
    }
  }
}

function connect() {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  socket = new WebSocket(`${scheme}://${location.host}/ws/interviews/${interviewId}`);
  socket.binaryType = 'arraybuffer';
  setConnection(retries ? 'Reconnecting…' : 'Connecting…', 'warn');
  socket.onopen = () => {
    retries = 0;
    setConnection('Connected', 'ok');
    for (const frame of pendingFrames) {
      socket.send(frame);
    }
    pendingFrames = [];
  };
  socket.onmessage = (message) => {
    if (typeof message.data === 'string') {
      handle(JSON.parse(message.data));
    } else {
      player.push(message.data);
      debug.audioChunksPlayed = player.chunksPlayed;
    }
  };
  socket.onclose = () => {
    if (ended) {
      setConnection('Interview ended', 'ok');
      return;
    }
    const delay = Math.min(10000, 500 * 2 ** retries++);
    setConnection(`Connection lost — reconnecting in ${Math.round(delay / 1000)} s`, 'warn');
    setTimeout(connect, delay);
  };
}

function handle(event) {
  debug.events.push(event.type);
  switch (event.type) {
    case 'session.ready':
      speakers = event.speakers;
      renderSpeakers();
      event.transcript.forEach((line) => upsertTurn(line.messageId, line.role, line.speaker, line.text, line.status));
      if (!event.audio) {
        setMic('Speech recognition is not available on this server — type your answers below.', 'warn');
      }
      break;
    case 'transcript.partial':
      upsertTurn(event.messageId, event.role, event.speaker, event.text, 'PENDING');
      break;
    case 'transcript.final':
      upsertTurn(event.messageId, event.role, event.speaker, event.text, event.status);
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
      if (event.code === 'replaced') {
        ended = true;
        setConnection('Opened in another window', 'warn');
      } else {
        setConnection(event.message, 'warn');
      }
      break;
    default:
      break;
  }
}

function upsertTurn(messageId, role, speaker, text, status) {
  let item = document.getElementById('turn-' + messageId);
  if (!item) {
    item = document.createElement('li');
    item.id = 'turn-' + messageId;
    item.dataset.messageId = messageId;
    item.innerHTML = '<div class="who"><span class="name"></span><span class="tag" hidden></span></div><p class="text"></p>';
    transcript.append(item);
  }
  item.className = `turn ${role}` + (status === 'PENDING' ? ' pending' : '');
  item.dataset.status = status || '';
  item.querySelector('.name').textContent = speaker;
  item.querySelector('.text').textContent = text;
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

function startEdit(item) {
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

$('mute').addEventListener('click', (event) => {
  const muted = event.currentTarget.getAttribute('aria-pressed') !== 'true';
  event.currentTarget.setAttribute('aria-pressed', String(muted));
  event.currentTarget.textContent = muted ? 'Unmute' : 'Mute';
  microphone?.setMuted(muted);
  if (microphone) {
    setMic(muted ? 'Muted — the interviewer cannot hear you' : 'Microphone on — speak whenever you like', muted ? 'warn' : 'ok');
  }
});

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
  if (socket?.readyState === WebSocket.OPEN) {
    socket.send(JSON.stringify(message));
  } else {
    setConnection('Not connected — your message was not sent; reconnecting…', 'warn');
  }
}

function finish(event) {
  ended = true;
  player?.stop();
  microphone?.setMuted(true);
  answerForm.hidden = true;
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
      challenge: { id: event.challengeId, title: event.title, prompt: event.prompt, starterCode: event.starterCodes },
      language: event.language,
      runUrl: `/api/v1/interviews/${interviewId}/code/run`,
      onChange: ({ challengeId, language, code }) => send({ type: 'code.update', challengeId, language, code }),
      onIntegrityFlag,
    });
    await codeEditor.ready;
  } catch (error) {
    // The rich editor is unavailable: a plain text area still lets the candidate write and share code.
    codeEditor = null;
    const onChange = debounce((code) => send({
      type: 'code.update', challengeId: event.challengeId, language: event.language, code,
    }), 500);
    const heading = document.createElement('h3');
    heading.textContent = event.title;
    const prompt = document.createElement('p');
    prompt.textContent = event.prompt;
    const area = document.createElement('textarea');
    area.className = 'code-fallback';
    area.setAttribute('aria-label', 'Your code');
    area.value = event.starterCode || '';
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
