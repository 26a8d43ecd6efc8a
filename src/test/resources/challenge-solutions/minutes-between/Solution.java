import java.time.Duration;
import java.time.LocalTime;

class Solution {
    static int minutesBetween(String start, String end) {
        long minutes = Duration.between(LocalTime.parse(start), LocalTime.parse(end)).toMinutes();
        return (int) Math.floorMod(minutes, 24 * 60);
    }
}
