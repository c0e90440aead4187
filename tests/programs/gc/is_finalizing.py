# sys.is_finalizing(): False while the atexit functions run, True for the __del__s of what is left at exit.
import sys, atexit
atexit.register(lambda: print('atexit', sys.is_finalizing()))
class AtExit:
    is_finalizing = sys.is_finalizing
    print = print
    def __del__(self):
        self.print('del', self.is_finalizing(), flush=True)
ref = AtExit()
print('running', sys.is_finalizing())
