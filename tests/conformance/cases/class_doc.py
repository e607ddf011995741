class A:
    """Docstring of A."""
class B:
    pass
class C(A):
    pass
print(A.__doc__)
print(B.__doc__)
print(C.__doc__)
print(A().__doc__)
