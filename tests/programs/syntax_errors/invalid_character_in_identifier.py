café€ = 3
