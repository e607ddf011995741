from contextlib import closing, nullcontext, ExitStack
class R:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closed", self.n)
with closing(R(1)) as r:
    print("using", r.n)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
with ExitStack() as st:
    st.callback(print, "cb1")
    st.callback(print, "cb2")
    st.enter_context(closing(R(2)))
    print("body")
