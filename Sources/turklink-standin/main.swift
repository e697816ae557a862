print("turklink-standin: not built yet")
