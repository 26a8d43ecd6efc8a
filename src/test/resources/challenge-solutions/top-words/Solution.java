import java.util.*;
import java.util.regex.*;

class Solution {
    static String[] topWords(String text, int count) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile("[a-z]+").matcher(text.toLowerCase());
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count)
                .map(Map.Entry::getKey)
                .toArray(String[]::new);
    }
}
