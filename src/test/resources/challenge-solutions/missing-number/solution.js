function missingNumber(numbers) {
  const n = numbers.length;
  return (n * (n + 1)) / 2 - numbers.reduce((a, b) => a + b, 0);
}
