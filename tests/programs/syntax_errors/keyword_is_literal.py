f(1="one")
