import os, threading, time, select
r, w = os.pipe()
def writer():
    time.sleep(0.01)
    os.write(w, b'hello')
    time.sleep(0.01)
    os.write(w, b'world')
    os.close(w)
t = threading.Thread(target=writer); t.start()
print(os.read(r, 100))
print(select.select([r], [], [], 5)[0] == [r])
print(os.read(r, 100))
print(os.read(r, 100))
t.join()
os.close(r)


import sys
ev = threading.Event()
def f():
    try:
        raise KeyError(3)
    except KeyError:
        ev.wait()
t = threading.Thread(target=f); t.start()
time.sleep(0.01)
frames = sys._current_frames()
print(len(frames), sorted(fr.f_code.co_name for fr in frames.values()))
print(sorted(str(v[0]) for v in sys._current_exceptions().values()))
ev.set(); t.join()
print(threading.active_count())
