// Interviewed test harness for Java. It is appended after the candidate's Solution class in one source file run by
// the JDK's source launcher; it uses only fully-qualified names so that it cannot clash with the candidate's imports.
// It calls the named method of Solution (static or not) on each embedded case and prints one summary line prefixed
// with a per-run nonce read from stdin before the candidate's class is initialised.
final class InterviewedTests {

    private static final String SPEC = "__SPEC__";
    private static final java.io.PrintStream OUT = System.out;

    static void run(Class<?> solution) throws Exception {
        String nonce = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8)).readLine();
        nonce = nonce == null ? "" : nonce.trim();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> spec = (java.util.Map<String, Object>) new Json(new String(
                java.util.Base64.getDecoder().decode(SPEC), java.nio.charset.StandardCharsets.UTF_8)).value();
        String name = (String) spec.get("function");
        java.lang.reflect.Method method = null;
        for (java.lang.reflect.Method candidate : solution.getDeclaredMethods()) {
            if (candidate.getName().equals(name)) {
                method = candidate;
            }
        }
        if (method == null) {
            emit(nonce, "{\"error\":" + quote("Define a method named " + name + " in class Solution.") + "}");
            return;
        }
        method.setAccessible(true);
        StringBuilder results = new StringBuilder("{\"cases\":[");
        @SuppressWarnings("unchecked")
        java.util.List<java.util.Map<String, Object>> cases = (java.util.List<java.util.Map<String, Object>>) spec.get("cases");
        boolean first = true;
        for (java.util.Map<String, Object> testCase : cases) {
            @SuppressWarnings("unchecked")
            java.util.List<Object> args = (java.util.List<Object>) testCase.get("args");
            Object expected = testCase.get("expected");
            StringBuilder call = new StringBuilder(name).append('(');
            for (int i = 0; i < args.size(); i++) {
                call.append(i == 0 ? "" : ", ").append(show(args.get(i)));
            }
            call.append(')');
            boolean passed = false;
            String message;
            try {
                if (method.getParameterCount() != args.size()) {
                    throw new IllegalArgumentException(name + " must take " + args.size() + " parameters");
                }
                java.lang.reflect.Type[] types = method.getGenericParameterTypes();
                Object[] values = new Object[args.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = convert(args.get(i), types[i]);
                }
                Object target = java.lang.reflect.Modifier.isStatic(method.getModifiers()) ? null : instance(solution);
                Object actual = canonical(method.invoke(target, values));
                passed = same(actual, expected);
                message = passed ? "" : call + " returned " + show(actual) + ", expected " + show(expected);
            } catch (java.lang.reflect.InvocationTargetException e) {
                Throwable cause = e.getCause();
                message = call + " threw " + cause.getClass().getName() + ": " + cause.getMessage();
            } catch (Throwable e) {
                message = call + " could not be called: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            results.append(first ? "" : ",").append("{\"name\":").append(quote((String) testCase.get("name")))
                    .append(",\"passed\":").append(passed).append(",\"message\":").append(quote(message)).append('}');
            first = false;
        }
        emit(nonce, results.append("]}").toString());
    }

    private static Object instance(Class<?> solution) throws Exception {
        java.lang.reflect.Constructor<?> constructor = solution.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static void emit(String nonce, String json) {
        System.out.flush();
        System.err.flush();
        OUT.print("\n" + nonce + json + "\n");
        OUT.flush();
    }

    /** JSON value (Long, Double, String, Boolean, List, Map, null) to the parameter's Java type. */
    private static Object convert(Object value, java.lang.reflect.Type type) {
        if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            java.lang.reflect.Type[] arguments = parameterized.getActualTypeArguments();
            if (java.util.Map.class.isAssignableFrom(raw)) {
                java.util.Map<Object, Object> map = new java.util.LinkedHashMap<>();
                ((java.util.Map<?, ?>) value).forEach((k, v) -> map.put(k, convert(v, arguments[1])));
                return map;
            }
            java.util.List<Object> list = new java.util.ArrayList<>();
            for (Object item : (java.util.List<?>) value) {
                list.add(convert(item, arguments[0]));
            }
            return list;
        }
        Class<?> target = (Class<?>) type;
        if (value == null) {
            return null;
        }
        if (target == int.class || target == Integer.class) {
            return ((Number) value).intValue();
        }
        if (target == long.class || target == Long.class) {
            return ((Number) value).longValue();
        }
        if (target == double.class || target == Double.class) {
            return ((Number) value).doubleValue();
        }
        if (target == boolean.class || target == Boolean.class || target == String.class || target == Object.class) {
            return value;
        }
        if (target == char.class || target == Character.class) {
            return ((String) value).charAt(0);
        }
        if (target.isArray()) {
            java.util.List<?> list = (java.util.List<?>) value;
            Object array = java.lang.reflect.Array.newInstance(target.getComponentType(), list.size());
            for (int i = 0; i < list.size(); i++) {
                java.lang.reflect.Array.set(array, i, convert(list.get(i), target.getComponentType()));
            }
            return array;
        }
        if (java.util.List.class.isAssignableFrom(target) || java.util.Map.class.isAssignableFrom(target)) {
            return value;
        }
        throw new IllegalArgumentException("unsupported parameter type " + target.getName());
    }

    /** A returned Java value in the shapes the JSON parser produces, for comparison and display. */
    private static Object canonical(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Character c) {
            return String.valueOf(c);
        }
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value.getClass().isArray()) {
            java.util.List<Object> list = new java.util.ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                list.add(canonical(java.lang.reflect.Array.get(value, i)));
            }
            return list;
        }
        if (value instanceof java.util.Collection<?> collection) {
            java.util.List<Object> list = new java.util.ArrayList<>();
            for (Object item : collection) {
                list.add(canonical(item));
            }
            return list;
        }
        if (value instanceof java.util.Map<?, ?> map) {
            java.util.Map<String, Object> result = new java.util.TreeMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), canonical(v)));
            return result;
        }
        return value.toString();
    }

    private static boolean same(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number e) {
            if (a instanceof Long && e instanceof Long) {
                return a.longValue() == e.longValue();
            }
            return Math.abs(a.doubleValue() - e.doubleValue()) <= 1e-6 * Math.max(1, Math.abs(e.doubleValue()));
        }
        if (actual instanceof java.util.List<?> a && expected instanceof java.util.List<?> e) {
            if (a.size() != e.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), e.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (actual instanceof java.util.Map<?, ?> a && expected instanceof java.util.Map<?, ?> e) {
            if (!a.keySet().equals(e.keySet())) {
                return false;
            }
            for (Object key : e.keySet()) {
                if (!same(a.get(key), e.get(key))) {
                    return false;
                }
            }
            return true;
        }
        return java.util.Objects.equals(actual, expected);
    }

    private static String show(Object value) {
        String text = json(value);
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof java.util.List<?> list) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                text.append(i == 0 ? "" : ",").append(json(list.get(i)));
            }
            return text.append(']').toString();
        }
        if (value instanceof java.util.Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            boolean first = true;
            for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
                text.append(first ? "" : ",").append(quote(String.valueOf(entry.getKey()))).append(':')
                        .append(json(entry.getValue()));
                first = false;
            }
            return text.append('}').toString();
        }
        return String.valueOf(value);
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    /** A minimal JSON reader for the embedded cases: objects, arrays, strings, numbers, booleans, null. */
    private static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skip();
            char c = text.charAt(at);
            if (c == '{') {
                java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
                at++;
                skip();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    at++; // ':'
                    map.put(key, value());
                    skip();
                    if (text.charAt(at++) == '}') {
                        return map;
                    }
                }
            }
            if (c == '[') {
                java.util.List<Object> list = new java.util.ArrayList<>();
                at++;
                skip();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    if (text.charAt(at++) == ']') {
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (text.startsWith("true", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("false", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            if (text.startsWith("null", at)) {
                at += 4;
                return null;
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String number = text.substring(start, at);
            return number.contains(".") || number.contains("e") || number.contains("E")
                    ? (Object) Double.parseDouble(number) : (Object) Long.parseLong(number);
        }

        private String string() {
            StringBuilder s = new StringBuilder();
            at++; // opening quote
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return s.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> s.append('\n');
                        case 't' -> s.append('\t');
                        case 'r' -> s.append('\r');
                        case 'b' -> s.append('\b');
                        case 'f' -> s.append('\f');
                        case 'u' -> {
                            s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> s.append(e);
                    }
                } else {
                    s.append(c);
                }
            }
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
