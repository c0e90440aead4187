import sys, threading, time, io
running = False
def run():
    global running
    running = True
    while running:
        time.sleep(0.01)
    1/0
t = threading.Thread(target=run)
t.start()
while not running:
    time.sleep(0.01)
sys.stderr = None
running = False
t.join()
sys.stderr = sys.__stderr__
buf = io.StringIO()
sys.stderr = buf
t = threading.Thread(target=lambda: [][1], name='idx'); t.start(); t.join()
sys.stderr = sys.__stderr__
print(buf.getvalue().splitlines()[0], buf.getvalue().splitlines()[-1])
