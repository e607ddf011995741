width = 10
prec = 3
x = 2.718281828
print(f"{x:{width}.{prec}f}|")
print(f"{'abc':>{width}}|")
fill = "*"
print(f"{'mid':{fill}^{width}}|")
print(f"{x:.{prec}}")
