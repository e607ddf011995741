print("before")
open("_p4_no_such_file.txt")
