try:
    run()
except* OSError:
pass
