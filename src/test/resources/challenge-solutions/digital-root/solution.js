function digitalRoot(number) {
  while (number >= 10) {
    number = String(number).split('').reduce((sum, d) => sum + Number(d), 0);
  }
  return number;
}
