def show(*args):
    print(len(args), args[0])
x = 3
show(
    f"value {x}",
    f"""other
{x}""",
)
print("done")
