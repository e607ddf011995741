import logging
logging.getLogger("x").warning("goes to stderr")
logging.getLogger("x").info("dropped")
print("done")
