class Solution {
    static int digitalRoot(long number) {
        while (number >= 10) {
            long sum = 0;
            for (long n = number; n > 0; n /= 10) {
                sum += n % 10;
            }
            number = sum;
        }
        return (int) number;
    }
}
