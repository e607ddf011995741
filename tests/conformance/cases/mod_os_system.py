# os.system runs /bin/sh -c with the process's own streams and returns the
# wait status.
import os
import sys

print("before")
rc = os.system("echo from shell")
print("rc", rc)
print("exit 3 ->", os.system("sh -c 'exit 3'"))
print("exit 1 ->", os.system("exit 1"))
print("false ->", os.system("false"))
sys.stdout.write("buffered ")
print("then", os.system("printf 'x\\n'"))
print("stderr ->", os.system("echo to-stderr >&2"))
print("stdin ->", os.system("read l; echo got \"$l\""))
print("exit code", os.system("exit 5") >> 8)
print("bytes", os.system(command=b"exit 2"))
for bad in (None, 7):
    try:
        os.system(bad)
    except TypeError as e:
        print("TypeError", e)
print("signal", os.system("kill -TERM $$"))
print("done")
