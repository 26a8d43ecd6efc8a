function findPair(numbers, target) {
  const seen = new Map();
  for (let i = 0; i < numbers.length; i++) {
    if (seen.has(target - numbers[i])) return [seen.get(target - numbers[i]), i];
    if (!seen.has(numbers[i])) seen.set(numbers[i], i);
  }
  return [];
}
