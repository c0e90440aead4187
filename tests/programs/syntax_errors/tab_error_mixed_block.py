for i in range(2):
        a = i
	b = i
