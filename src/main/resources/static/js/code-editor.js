// A coding-challenge editor: the prompt, a language picker, Monaco (from the monaco-editor WebJar, loaded with its
// AMD loader, no build step) with the starter code, a "Run tests" button that calls the sandbox API, and results
// in a live region. Used by the practice page and by the interview page.
//
//   import { openCodeEditor } from '/js/code-editor.js';
//   const editor = openCodeEditor(container, {
//     challenge,              // {id, title, difficulty, prompt, starterCode: {python, javascript, java}}
//                             // (or starterCode as one string, for the given language only)
//     language: 'python',     // initial language
//     onChange({challengeId, language, code}) {},   // debounced (500 ms): stream edits to the server
//     onRun(result, {language, code}) {},           // after each test run, with the API's RunResult
//     onIntegrityFlag({type, detail}) {},           // 'large-paste' | 'tab-hidden' | 'tab-returned'; informative only
//   });
//   await editor.ready; editor.getCode(); editor.getLanguage(); editor.dispose();

const MONACO_BASE = '/webjars/monaco-editor/min/vs';
const LANGUAGE_NAMES = { python: 'Python', javascript: 'JavaScript', java: 'Java' };
const CHANGE_DEBOUNCE_MS = 500;
const LARGE_PASTE_CHARS = 200;

let monacoPromise;

/** Loads Monaco once per page through its AMD loader; resolves to the global monaco namespace. */
export function loadMonaco() {
  if (!monacoPromise) {
    monacoPromise = new Promise((resolve, reject) => {
      // Workers come from the same origin (CSP: worker-src 'self' blob:).
      window.MonacoEnvironment = {
        getWorkerUrl: () => `${MONACO_BASE}/base/worker/workerMain.js`,
      };
      const script = document.createElement('script');
      script.src = `${MONACO_BASE}/loader.js`;
      script.onload = () => {
        window.require.config({ paths: { vs: MONACO_BASE } });
        window.require(['vs/editor/editor.main'], () => resolve(window.monaco), reject);
      };
      script.onerror = () => reject(new Error('The code editor could not be loaded.'));
      document.head.appendChild(script);
    });
  }
  return monacoPromise;
}

function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]')?.content;
  const header = document.querySelector('meta[name="_csrf_header"]')?.content;
  return token && header ? { [header]: token } : {};
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

let instances = 0;

export function openCodeEditor(container, {
  challenge,
  language,
  onChange = () => {},
  onRun = () => {},
  onIntegrityFlag = () => {},
  runUrl = '/api/v1/coding/run',
  showPrompt = true,
} = {}) {
  const id = `code-editor-${++instances}`;
  // The interview's code.challenge message carries the starter code of one language as a string.
  const starter = typeof challenge.starterCode === 'string'
    ? { [language || 'python']: challenge.starterCode } : (challenge.starterCode || {});
  const languages = Object.keys(starter).filter((l) => LANGUAGE_NAMES[l]);
  let current = languages.includes(language) ? language : languages[0];
  const drafts = { ...starter };
  let editor;
  let models = {};
  let changeTimer;
  let hiddenAt;
  let disposed = false;
  const disposers = [];

  const select = element('select', { id: `${id}-language`, name: 'language' });
  for (const l of languages) {
    const option = element('option', { value: l, text: LANGUAGE_NAMES[l] });
    if (l === current) option.selected = true;
    select.append(option);
  }
  const runButton = element('button', { type: 'button', className: 'button', text: 'Run tests' });
  const surface = element('div', {
    className: 'code-editor-surface', role: 'group', 'aria-label': `Code editor for ${challenge.title}`,
  });
  const results = element('div', {
    className: 'code-results', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'false', id: `${id}-results`,
  });
  const root = element('section', { className: 'code-editor', 'aria-labelledby': `${id}-title` });
  const heading = element('div', { className: 'code-editor-heading' },
    element('h2', { id: `${id}-title`, text: challenge.title }),
    element('span', { className: `badge badge-${challenge.difficulty}`, text: challenge.difficulty || '' }));
  root.append(heading);
  if (showPrompt) {
    root.append(element('pre', { className: 'code-prompt', text: challenge.prompt || '' }));
  }
  root.append(
    element('div', { className: 'code-toolbar' },
      element('label', { for: `${id}-language`, text: 'Language' }), select, runButton,
      element('span', { className: 'hint', text: 'Ctrl+Enter runs the tests · Ctrl+M toggles Tab moving focus' })),
    surface, results);
  container.replaceChildren(root);

  function code() {
    return editor ? editor.getValue() : (surface.querySelector('textarea')?.value ?? drafts[current] ?? '');
  }

  function changed() {
    clearTimeout(changeTimer);
    changeTimer = setTimeout(() => onChange({ challengeId: challenge.id, language: current, code: code() }),
      CHANGE_DEBOUNCE_MS);
  }

  function flag(type, detail) {
    try {
      onIntegrityFlag({ type, detail });
    } catch (e) {
      console.warn('integrity flag handler failed', e);
    }
  }

  function onVisibility() {
    if (document.visibilityState === 'hidden') {
      hiddenAt = Date.now();
      flag('tab-hidden', { at: new Date(hiddenAt).toISOString() });
    } else if (hiddenAt) {
      flag('tab-returned', { awayMs: Date.now() - hiddenAt });
      hiddenAt = undefined;
    }
  }
  document.addEventListener('visibilitychange', onVisibility);
  disposers.push(() => document.removeEventListener('visibilitychange', onVisibility));

  select.addEventListener('change', () => {
    drafts[current] = code();
    current = select.value;
    if (editor) {
      editor.setModel(models[current]);
    } else {
      const textarea = surface.querySelector('textarea');
      if (textarea) textarea.value = drafts[current] ?? '';
    }
    changed();
  });

  async function runTests() {
    const submitted = { language: current, code: code() };
    runButton.disabled = true;
    runButton.setAttribute('aria-busy', 'true');
    results.replaceChildren(element('p', { className: 'run-summary', text: 'Running the tests…' }));
    let result;
    try {
      const response = await fetch(runUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
        body: JSON.stringify({ challengeId: challenge.id, ...submitted }),
      });
      const body = await response.json().catch(() => ({}));
      result = response.ok ? body : {
        status: 'ERROR', passed: 0, failed: 0, total: 0, cases: [], output: '',
        message: body.detail || `The tests could not be run (HTTP ${response.status}).`,
      };
    } catch (e) {
      result = { status: 'ERROR', passed: 0, failed: 0, total: 0, cases: [], output: '',
        message: 'The server could not be reached.' };
    } finally {
      runButton.disabled = false;
      runButton.removeAttribute('aria-busy');
    }
    renderResult(result);
    onRun(result, submitted);
    return result;
  }
  runButton.addEventListener('click', runTests);

  function renderResult(result) {
    const summary = element('p', {
      className: `run-summary run-${String(result.status).toLowerCase()}`,
      text: result.status === 'PASSED' ? `Passed: ${result.message}`
        : result.status === 'FAILED' ? `Failed: ${result.message}`
          : result.status === 'TIMEOUT' ? `Timed out: ${result.message}`
            : result.status === 'UNAVAILABLE' ? `Unavailable: ${result.message}`
              : `Error: ${result.message}`,
    });
    const nodes = [summary];
    if (result.cases?.length) {
      const list = element('ul', { className: 'case-list', 'aria-label': 'Test cases' });
      for (const c of result.cases) {
        list.append(element('li', { className: c.passed ? 'case-passed' : 'case-failed' },
          element('span', { className: 'case-mark', 'aria-hidden': 'true', text: c.passed ? '✓' : '✗' }),
          element('span', { className: 'visually-hidden', text: c.passed ? 'Passed: ' : 'Failed: ' }),
          element('strong', { text: c.name }),
          c.passed ? '' : element('span', { className: 'case-message', text: ` — ${c.message}` })));
      }
      nodes.push(list);
    }
    if (result.output) {
      const details = element('details', { className: 'run-output' },
        element('summary', { text: 'Output' }), element('pre', { text: result.output }));
      // Errors are explained by the output (a traceback, a compiler message), so show it straight away.
      details.open = result.status === 'ERROR';
      nodes.push(details);
    }
    if (typeof result.durationMs === 'number' && result.durationMs > 0) {
      nodes.push(element('p', { className: 'hint', text: `Ran in ${(result.durationMs / 1000).toFixed(1)} s.` }));
    }
    results.replaceChildren(...nodes);
  }

  function useTextarea(reason) {
    // Without Monaco the challenge stays usable: a plain, labelled text area.
    const textarea = element('textarea', {
      className: 'code-fallback', spellcheck: 'false', 'aria-label': `Code for ${challenge.title}`, rows: '18',
    });
    textarea.value = drafts[current] ?? '';
    textarea.addEventListener('input', changed);
    textarea.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text') ?? '';
      if (text.length > LARGE_PASTE_CHARS) flag('large-paste', { chars: text.length });
    });
    surface.replaceChildren(textarea, element('p', { className: 'hint', text: reason }));
  }

  const ready = loadMonaco().then((monaco) => {
    if (disposed) return;
    models = Object.fromEntries(languages.map((l) => [l, monaco.editor.createModel(drafts[l] ?? '', l)]));
    editor = monaco.editor.create(surface, {
      model: models[current],
      theme: 'vs-dark',
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      tabSize: 4,
      scrollBeyondLastLine: false,
      ariaLabel: `Code for ${challenge.title}. Press Ctrl+M to make Tab move focus out of the editor.`,
    });
    editor.onDidChangeModelContent(changed);
    editor.onDidPaste((event) => {
      const chars = editor.getModel().getValueInRange(event.range).length;
      if (chars > LARGE_PASTE_CHARS) flag('large-paste', { chars, language: current });
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, runTests);
    disposers.push(() => {
      editor.dispose();
      Object.values(models).forEach((m) => m.dispose());
    });
    root.dataset.editorReady = 'true';
  }).catch((error) => {
    useTextarea(`${error.message} A plain text box is shown instead.`);
    root.dataset.editorReady = 'fallback';
  });

  return {
    ready,
    getCode: code,
    getLanguage: () => current,
    runTests,
    dispose() {
      disposed = true;
      clearTimeout(changeTimer);
      disposers.splice(0).forEach((dispose) => dispose());
      container.replaceChildren();
    },
  };
}
