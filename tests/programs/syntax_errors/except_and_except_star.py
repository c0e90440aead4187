try:
    run()
except KeyError:
    pass
except* OSError:
    pass
