import java.util.ArrayList;
import java.util.List;

class Solution {
    static List<Integer> spiralOrder(int[][] grid) {
        List<Integer> out = new ArrayList<>();
        if (grid.length == 0) {
            return out;
        }
        int top = 0, bottom = grid.length - 1, left = 0, right = grid[0].length - 1;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) out.add(grid[top][c]);
            for (int r = top + 1; r <= bottom; r++) out.add(grid[r][right]);
            if (top < bottom) for (int c = right - 1; c >= left; c--) out.add(grid[bottom][c]);
            if (left < right) for (int r = bottom - 1; r > top; r--) out.add(grid[r][left]);
            top++; bottom--; left++; right--;
        }
        return out;
    }
}
