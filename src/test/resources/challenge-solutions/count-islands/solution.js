function countIslands(map) {
  const rows = map.map((row) => [...row]);
  let islands = 0;
  const sink = (r, c) => {
    if (r < 0 || r >= rows.length || c < 0 || c >= rows[r].length || rows[r][c] !== '#') return;
    rows[r][c] = '.';
    sink(r + 1, c); sink(r - 1, c); sink(r, c + 1); sink(r, c - 1);
  };
  rows.forEach((row, r) => row.forEach((cell, c) => {
    if (cell === '#') { islands++; sink(r, c); }
  }));
  return islands;
}
