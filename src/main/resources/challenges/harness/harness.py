# Interviewed test harness for Python. Runs the candidate's function from solution.py against the embedded
# cases and prints one summary line prefixed with a per-run nonce (read from stdin before the candidate's code
# is imported), so that the candidate's own output cannot be mistaken for the summary.
import base64, copy, json, math, os, sys, traceback

NONCE = sys.stdin.readline().strip()
SPEC = json.loads(base64.b64decode("__SPEC__").decode("utf-8"))


def emit(summary):
    sys.stdout.flush()
    sys.stderr.flush()
    sys.__stdout__.write("\n" + NONCE + json.dumps(summary) + "\n")
    sys.__stdout__.flush()


def normalize(value):
    if isinstance(value, (list, tuple)):
        return [normalize(v) for v in value]
    if isinstance(value, dict):
        return {str(k): normalize(v) for k, v in value.items()}
    return value


def same(actual, expected):
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(actual) is type(expected) and actual == expected
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        if isinstance(expected, float) or isinstance(actual, float):
            return math.isclose(actual, expected, rel_tol=1e-6, abs_tol=1e-6)
        return actual == expected
    if isinstance(expected, list) and isinstance(actual, list):
        return len(actual) == len(expected) and all(same(a, e) for a, e in zip(actual, expected))
    if isinstance(expected, dict) and isinstance(actual, dict):
        return actual.keys() == expected.keys() and all(same(actual[k], expected[k]) for k in expected)
    return type(actual) is type(expected) and actual == expected


def show(value):
    try:
        text = json.dumps(normalize(value))
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 200 else text[:200] + "…"


def main():
    name = SPEC["function"]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    try:
        import solution
    except BaseException as error:
        traceback.print_exc()
        emit({"error": "Your code could not be loaded: %s: %s" % (type(error).__name__, error)})
        return
    function = getattr(solution, name, None)
    if not callable(function):
        emit({"error": "Define a function named %s." % name})
        return
    results = []
    for case in SPEC["cases"]:
        call = "%s(%s)" % (name, ", ".join(show(arg) for arg in case["args"]))
        try:
            actual = function(*copy.deepcopy(case["args"]))
        except BaseException as error:
            results.append({"name": case["name"], "passed": False,
                            "message": "%s raised %s: %s" % (call, type(error).__name__, error)})
            continue
        passed = same(normalize(actual), case["expected"])
        results.append({"name": case["name"], "passed": passed,
                        "message": "" if passed else "%s returned %s, expected %s"
                        % (call, show(actual), show(case["expected"]))})
    emit({"cases": results})


main()
