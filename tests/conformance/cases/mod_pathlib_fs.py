import tempfile
from pathlib import Path
d = Path(tempfile.mkdtemp())
(d / "sub" / "deep").mkdir(parents=True)
(d / "sub").mkdir(exist_ok=True)
f = d / "a.txt"
print(f.write_text("hello\nworld"), f.read_text(), f.exists(), f.is_file(), f.is_dir(), (d / "sub").is_dir())
(d / "b.py").write_text("x")
(d / "sub" / "c.py").write_text("y")
print(sorted(p.name for p in d.iterdir()))
print(sorted(str(p.relative_to(d)) for p in d.glob("*.py")), sorted(str(p.relative_to(d)) for p in d.rglob("*.py")))
print(f.stat().st_size, f.resolve() == f.resolve().resolve(), (d / "x" / "..").exists())
try:
    (d / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError")
try:
    (d / "sub").mkdir()
except FileExistsError as e:
    print("FileExistsError")
f.unlink()
print(f.exists())
import shutil
shutil.rmtree(str(d))
