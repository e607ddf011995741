import subprocess, sys
r = subprocess.run(['echo', 'hello'], capture_output=True, text=True)
print(r)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run('echo a; echo b >&2; exit 3', shell=True, capture_output=True)
print(r)
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print('CPE', e, e.returncode, e.cmd)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TE", type(e).__name__, e.cmd, e.timeout > 0)
print(subprocess.check_output(['printf', 'x\\r\\ny']))
print(repr(subprocess.check_output(['printf', 'x\\r\\ny'], text=True)))
print(subprocess.run(['cat'], input='piped in', capture_output=True, text=True).stdout)
print(subprocess.call(['sh', '-c', 'exit 4']))
print(subprocess.check_call(['true']))
p = subprocess.Popen(['sh', '-c', 'echo one; echo two'], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print('line', repr(line))
print(p.wait(), p.returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'abc')
print(out, err, p.returncode)
try:
    subprocess.run(['no-such-program-xyz'])
except FileNotFoundError as e:
    print('FNF', e)
print(subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True).stdout.strip())
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': '/usr/bin:/bin'}, capture_output=True, text=True).stdout)
print(subprocess.getoutput('echo hi; echo err >&2'))
print(subprocess.getstatusoutput('exit 2'))
r = subprocess.run(['sh', '-c', 'echo o; echo e >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout), r.stderr)
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 5'], text=True)
except subprocess.CalledProcessError as e:
    print(repr(e.output), e.stdout, e.returncode)
with subprocess.Popen(['echo', 'ctx'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(subprocess.run(['true'], stdout=subprocess.DEVNULL))
