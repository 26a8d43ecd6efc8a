class Solution {
    static int[] rotateRight(int[] items, int steps) {
        int n = items.length;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[(int) ((i + (long) steps) % n)] = items[i];
        }
        return out;
    }
}
