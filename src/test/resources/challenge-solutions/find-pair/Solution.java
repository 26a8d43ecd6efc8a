import java.util.HashMap;
import java.util.Map;

public class Solution {
    public static int[] findPair(int[] numbers, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < numbers.length; i++) {
            Integer j = seen.get(target - numbers[i]);
            if (j != null) {
                return new int[] {j, i};
            }
            seen.putIfAbsent(numbers[i], i);
        }
        return new int[0];
    }
}
