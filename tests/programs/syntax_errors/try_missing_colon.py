try
    run()
except:
    pass
