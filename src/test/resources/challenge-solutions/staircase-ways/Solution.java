class Solution {
    static long countWays(int steps) {
        long a = 1, b = 0, c = 0;
        for (int i = 0; i < steps; i++) {
            long next = a + b + c;
            c = b;
            b = a;
            a = next;
        }
        return a;
    }
}
