function longestUniqueRun(text) {
  const last = new Map();
  let start = 0;
  let best = 0;
  [...text].forEach((c, i) => {
    if (last.has(c) && last.get(c) >= start) start = last.get(c) + 1;
    last.set(c, i);
    best = Math.max(best, i - start + 1);
  });
  return best;
}
