class Solution {
    static double[] movingAverage(int[] values, int window) {
        if (values.length < window) {
            return new double[0];
        }
        double[] out = new double[values.length - window + 1];
        long total = 0;
        for (int i = 0; i < values.length; i++) {
            total += values[i];
            if (i >= window) {
                total -= values[i - window];
            }
            if (i >= window - 1) {
                out[i - window + 1] = (double) total / window;
            }
        }
        return out;
    }
}
