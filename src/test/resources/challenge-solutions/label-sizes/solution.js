function groupSizes(labels) {
  const counts = {};
  for (const label of labels) {
    const key = label.trim().toLowerCase();
    if (key) counts[key] = (counts[key] || 0) + 1;
  }
  return counts;
}
