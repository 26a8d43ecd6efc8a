class Solution {
    static int bestProfit(int[] prices) {
        int best = 0, lowest = Integer.MAX_VALUE;
        for (int p : prices) {
            lowest = Math.min(lowest, p);
            best = Math.max(best, p - lowest);
        }
        return best;
    }
}
