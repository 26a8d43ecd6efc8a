class Solution {
    static int missingNumber(int[] numbers) {
        int missing = numbers.length;
        for (int i = 0; i < numbers.length; i++) {
            missing ^= i ^ numbers[i];
        }
        return missing;
    }
}
