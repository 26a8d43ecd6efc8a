function lowestBalance(amounts) {
  let balance = 0;
  let lowest = 0;
  for (const amount of amounts) {
    balance += amount;
    lowest = Math.min(lowest, balance);
  }
  return lowest;
}
