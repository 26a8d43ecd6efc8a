def spiral_order(grid):
    result = []
    rows = [list(r) for r in grid]
    while rows:
        result += rows.pop(0)
        rows = [list(r) for r in zip(*rows)][::-1]
    return result
