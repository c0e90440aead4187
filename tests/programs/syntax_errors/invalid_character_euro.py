price = 10 € 
print(price)
