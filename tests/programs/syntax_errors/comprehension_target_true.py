flags = {f for True in options}
