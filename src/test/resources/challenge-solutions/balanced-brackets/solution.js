function isBalanced(text) {
  const open = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const c of text) {
    if ('([{'.includes(c)) stack.push(c);
    else if (open[c] && stack.pop() !== open[c]) return false;
  }
  return stack.length === 0;
}
