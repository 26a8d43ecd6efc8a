// Recognised answers word by word: the words the recogniser was unsure of (docs/websocket-protocol.md, `words` on
// transcript.final) become buttons marked with a wavy underline and a "?" (not colour alone) that open the
// correction with that word selected. A corrected or typed line has no words, so its marks go.

/**
 * Shows `text` in `element`, marking the unsure `words` when they are the words of `text`. `onPick(start, end)`
 * gets the character range of a clicked word within `text`. Returns whether any word was marked.
 */
export function renderWords(element, text, words, onPick) {
  element.replaceChildren();
  const marked = Array.isArray(words) && words.some((w) => w.unsure)
    && words.map((w) => w.word).join(' ') === text;
  if (!marked) {
    element.textContent = text;
    return false;
  }
  let offset = 0;
  words.forEach((w, i) => {
    if (i > 0) {
      element.append(' ');
      offset += 1;
    }
    const start = offset;
    offset += w.word.length;
    if (!w.unsure) {
      element.append(w.word);
      return;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'unsure-word';
    button.textContent = w.word;
    button.dataset.confidence = String(w.confidence);
    button.setAttribute('aria-label', `${w.word} (unsure, ${Math.round(w.confidence * 100)}% confidence): correct it`);
    button.title = 'I may have misheard this word: click to correct it';
    button.addEventListener('click', () => onPick(start, start + w.word.length));
    element.append(button);
  });
  return true;
}
