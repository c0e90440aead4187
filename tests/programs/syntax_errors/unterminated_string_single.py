name = input("Your name: ")
greeting = 'Hello, + name
print(greeting)
