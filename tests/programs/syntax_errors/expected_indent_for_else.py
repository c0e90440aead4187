for x in []:
    pass
else:
pass
