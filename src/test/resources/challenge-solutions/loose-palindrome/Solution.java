class Solution {
    static boolean isLoosePalindrome(String text) {
        int i = 0, j = text.length() - 1;
        while (i < j) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            } else if (!Character.isLetterOrDigit(text.charAt(j))) {
                j--;
            } else if (Character.toLowerCase(text.charAt(i++)) != Character.toLowerCase(text.charAt(j--))) {
                return false;
            }
        }
        return true;
    }
}
