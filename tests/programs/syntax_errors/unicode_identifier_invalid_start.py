₿alance = 10
