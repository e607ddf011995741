def f():
    return "helper.f"
