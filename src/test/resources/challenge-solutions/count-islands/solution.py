def count_islands(map):
    seen = set()
    islands = 0
    for r, row in enumerate(map):
        for c, cell in enumerate(row):
            if cell == "#" and (r, c) not in seen:
                islands += 1
                stack = [(r, c)]
                seen.add((r, c))
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < len(map) and 0 <= nx < len(map[ny]) and map[ny][nx] == "#" and (ny, nx) not in seen:
                            seen.add((ny, nx))
                            stack.append((ny, nx))
    return islands
