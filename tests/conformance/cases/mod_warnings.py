import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful")
    warnings.warn("dep", DeprecationWarning)
    print(len(w), str(w[0].message), w[0].category, w[1].category)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")
warnings.simplefilter("error")
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", category=UserWarning)
warnings.warn("ignored")
print("done")
