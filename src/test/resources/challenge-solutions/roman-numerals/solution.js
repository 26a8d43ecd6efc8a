function romanToNumber(numeral) {
  const v = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const here = v[numeral[i]];
    total += i + 1 < numeral.length && v[numeral[i + 1]] > here ? -here : here;
  }
  return total;
}
