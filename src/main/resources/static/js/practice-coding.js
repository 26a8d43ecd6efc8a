// The coding practice page: opens the challenge named in ?challenge= in the shared editor.
import { openCodeEditor } from './code-editor.js';

const container = document.getElementById('code-editor-container');
const notes = document.querySelector('.integrity-notes');
const noteList = document.getElementById('integrity-list');
let editor;

function describe({ type, detail }) {
  if (type === 'large-paste') return `Pasted ${detail.chars} characters at once.`;
  if (type === 'tab-hidden') return 'Left the tab.';
  if (type === 'tab-returned') return `Came back after ${Math.round(detail.awayMs / 1000)} s.`;
  return type;
}

async function open(challengeId) {
  const response = await fetch(`/api/v1/coding/challenges/${encodeURIComponent(challengeId)}`,
    { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    container.replaceChildren(Object.assign(document.createElement('p'),
      { className: 'error-box', textContent: 'That challenge does not exist.' }));
    return;
  }
  const challenge = await response.json();
  document.querySelectorAll('.challenge-list a').forEach((a) => {
    if (a.dataset.challengeId === challengeId) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  editor?.dispose();
  noteList.replaceChildren();
  editor = openCodeEditor(container, {
    challenge,
    language: localStorage.getItem('interviewed.codeLanguage') || 'python',
    onChange: ({ language }) => localStorage.setItem('interviewed.codeLanguage', language),
    onIntegrityFlag: (flag) => {
      notes.hidden = false;
      noteList.append(Object.assign(document.createElement('li'), { textContent: describe(flag) }));
    },
  });
  document.title = `${challenge.title} · Coding practice · Interviewed`;
}

const selected = new URLSearchParams(location.search).get('challenge');
if (selected) {
  open(selected);
}
