def count_ways(steps):
    ways = [1, 0, 0]  # ways to reach n, n-1, n-2
    for _ in range(steps):
        ways = [sum(ways), ways[0], ways[1]]
    return ways[0]
