import java.util.HashMap;
import java.util.Map;

class Solution {
    static Map<String, Integer> groupSizes(String[] labels) {
        Map<String, Integer> counts = new HashMap<>();
        for (String label : labels) {
            String key = label.trim().toLowerCase();
            if (!key.isEmpty()) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }
}
