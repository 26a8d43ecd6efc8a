class Solution {
    static int lowestBalance(int[] amounts) {
        int balance = 0, lowest = 0;
        for (int amount : amounts) {
            balance += amount;
            lowest = Math.min(lowest, balance);
        }
        return lowest;
    }
}
