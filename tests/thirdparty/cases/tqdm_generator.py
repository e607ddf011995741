import io
import sys
from tqdm import tqdm


def gen(n):
    for i in range(n):
        yield i * i


out = io.StringIO()
total = 0
for v in tqdm(gen(50), total=50, file=out, desc='pages', ascii=True, mininterval=0, miniters=1, bar_format='{desc}: {n_fmt}/{total_fmt} {bar:10}'):
    total += v
print(total)
lines = [l for l in out.getvalue().replace('\r', '\n').split('\n') if l.strip()]
print(lines[0], '|', lines[-1], len(lines))
bar = tqdm(total=3, file=io.StringIO(), disable=False)
bar.update(2)
bar.set_postfix(ok=1)
print(bar.n, bar.total)
bar.close()
print(list(tqdm(range(3), file=io.StringIO())))
from tqdm import trange
print(sum(trange(5, file=io.StringIO())))
