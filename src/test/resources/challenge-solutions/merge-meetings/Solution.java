import java.util.*;

class Solution {
    int[][] mergeMeetings(int[][] meetings) {
        int[][] sorted = meetings.clone();
        Arrays.sort(sorted, Comparator.comparingInt(m -> m[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] m : sorted) {
            if (!merged.isEmpty() && m[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], m[1]);
            } else {
                merged.add(new int[] {m[0], m[1]});
            }
        }
        return merged.toArray(new int[0][]);
    }
}
