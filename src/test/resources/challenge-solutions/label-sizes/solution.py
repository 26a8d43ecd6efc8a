def group_sizes(labels):
    counts = {}
    for label in labels:
        key = label.strip().lower()
        if key:
            counts[key] = counts.get(key, 0) + 1
    return counts
