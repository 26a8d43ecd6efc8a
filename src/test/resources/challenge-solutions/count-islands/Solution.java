class Solution {
    static int countIslands(String[] map) {
        char[][] cells = new char[map.length][];
        for (int r = 0; r < map.length; r++) {
            cells[r] = map[r].toCharArray();
        }
        int islands = 0;
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                if (cells[r][c] == '#') {
                    islands++;
                    sink(cells, r, c);
                }
            }
        }
        return islands;
    }

    private static void sink(char[][] cells, int r, int c) {
        if (r < 0 || r >= cells.length || c < 0 || c >= cells[r].length || cells[r][c] != '#') {
            return;
        }
        cells[r][c] = '.';
        sink(cells, r + 1, c);
        sink(cells, r - 1, c);
        sink(cells, r, c + 1);
        sink(cells, r, c - 1);
    }
}
