import warnings
warnings.warn("to stderr")
warnings.warn("again", UserWarning)
print("continues")
warnings.simplefilter("error")
warnings.warn("now fatal")
