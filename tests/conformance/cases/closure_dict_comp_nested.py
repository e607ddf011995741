# Dict and set comprehensions nested in comprehensions inside functions.
def matrix(rows, cols, scale):
    return [{c: r * c * scale for c in range(cols)} for r in range(rows)]


for row in matrix(3, 3, 2):
    print(sorted(row.items()))


def letters_by_word(words, skip):
    return {w: sorted({ch for ch in w if ch not in skip}) for w in words}


print(sorted(letters_by_word(["wiki", "bot"], "i").items()))
