f(**kwargs=1)
