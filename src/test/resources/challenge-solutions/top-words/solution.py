import re
from collections import Counter


def top_words(text, count):
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    return [w for w, _ in sorted(counts.items(), key=lambda e: (-e[1], e[0]))[:count]]
