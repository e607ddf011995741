class AppError(Exception):
    pass
class NotFound(AppError):
    pass
try:
    raise NotFound("page missing")
except AppError as e:
    print(type(e).__name__, str(e), repr(e), repr(e.args))
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), isinstance(NotFound(), AppError))
