def longest_unique_run(text):
    last = {}
    start = best = 0
    for i, c in enumerate(text):
        if last.get(c, -1) >= start:
            start = last[c] + 1
        last[c] = i
        best = max(best, i - start + 1)
    return best
