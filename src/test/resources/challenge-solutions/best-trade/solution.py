def best_profit(prices):
    best = 0
    lowest = None
    for p in prices:
        if lowest is None or p < lowest:
            lowest = p
        best = max(best, p - lowest)
    return best
