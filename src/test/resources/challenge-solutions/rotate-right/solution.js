function rotateRight(items, steps) {
  if (items.length === 0) return [];
  const k = steps % items.length;
  return items.slice(items.length - k).concat(items.slice(0, items.length - k));
}
