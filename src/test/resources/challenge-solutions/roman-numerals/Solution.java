import java.util.Map;

class Solution {
    static int romanToNumber(String numeral) {
        Map<Character, Integer> v = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int here = v.get(numeral.charAt(i));
            boolean before = i + 1 < numeral.length() && v.get(numeral.charAt(i + 1)) > here;
            total += before ? -here : here;
        }
        return total;
    }
}
