function movingAverage(values, window) {
  if (values.length < window) return [];
  let total = values.slice(0, window).reduce((a, b) => a + b, 0);
  const out = [total / window];
  for (let i = window; i < values.length; i++) {
    total += values[i] - values[i - window];
    out.push(total / window);
  }
  return out;
}
