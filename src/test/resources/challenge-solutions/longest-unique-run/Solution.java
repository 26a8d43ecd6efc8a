import java.util.HashMap;
import java.util.Map;

class Solution {
    static int longestUniqueRun(String text) {
        Map<Character, Integer> last = new HashMap<>();
        int start = 0, best = 0;
        for (int i = 0; i < text.length(); i++) {
            Integer seen = last.put(text.charAt(i), i);
            if (seen != null && seen >= start) {
                start = seen + 1;
            }
            best = Math.max(best, i - start + 1);
        }
        return best;
    }
}
