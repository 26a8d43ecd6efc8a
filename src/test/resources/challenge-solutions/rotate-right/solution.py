def rotate_right(items, steps):
    if not items:
        return []
    k = steps % len(items)
    return items[-k:] + items[:-k] if k else list(items)
