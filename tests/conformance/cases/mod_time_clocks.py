import time
a = time.monotonic(); b = time.perf_counter(); c = time.time(); n = time.time_ns()
time.sleep(0.01)
print(time.monotonic() > a, time.perf_counter() - b >= 0.005, abs(c - n / 1e9) < 1)
print(type(n), type(c), time.time() > 1600000000)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
