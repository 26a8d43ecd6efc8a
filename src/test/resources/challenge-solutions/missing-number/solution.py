def missing_number(numbers):
    n = len(numbers)
    return n * (n + 1) // 2 - sum(numbers)
