"""concurrent.futures.thread: ThreadPoolExecutor."""
from concurrent.futures import ThreadPoolExecutor  # noqa: F401

__all__ = ['ThreadPoolExecutor']
