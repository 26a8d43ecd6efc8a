def lowest_balance(amounts):
    balance = lowest = 0
    for amount in amounts:
        balance += amount
        lowest = min(lowest, balance)
    return lowest
