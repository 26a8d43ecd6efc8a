function countWays(steps) {
  let [a, b, c] = [1, 0, 0];
  for (let i = 0; i < steps; i++) [a, b, c] = [a + b + c, a, b];
  return a;
}
