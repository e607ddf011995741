grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x + y
print(grid)
print(grid[(2, 1)], (1, 1) in grid, (5, 5) in grid)
print(sorted(grid, reverse=True)[:3])
print({(1, (2, 3)): 'nested'}[(1, (2, 3))])
