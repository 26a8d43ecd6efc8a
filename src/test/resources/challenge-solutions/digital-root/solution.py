def digital_root(number):
    while number >= 10:
        number = sum(int(d) for d in str(number))
    return number
