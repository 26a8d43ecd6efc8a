function compressRuns(text) {
  return text.replace(/(.)\1*/gs, (run, c) => (run.length > 1 ? c + run.length : c));
}
