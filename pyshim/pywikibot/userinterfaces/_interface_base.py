"""The abstract base class of pywikibot's user interfaces (pywikibot
9.6.3's userinterfaces._interface_base): the methods a UI must have."""
import sys
from abc import ABC, abstractmethod

__all__ = ('ABUIC',)


class ABUIC(ABC):
    """Abstract base user interface class: argvu, flush, init_handlers,
    input, input_choice, input_list_choice and output."""

    def argvu(self):
        """The command line arguments as str."""
        return [str(arg) for arg in sys.argv]

    @abstractmethod
    def flush(self):
        """Flush the output."""

    @abstractmethod
    def init_handlers(self, *args, **kwargs):
        """Set up the logging handlers of the interface."""

    @abstractmethod
    def input(self, *args, **kwargs):
        """Ask the user a question and return the answer."""

    @abstractmethod
    def input_choice(self, *args, **kwargs):
        """Ask the user to choose one of several options."""

    @abstractmethod
    def input_list_choice(self, *args, **kwargs):
        """Ask the user to choose an item of a list."""

    @abstractmethod
    def output(self, *args, **kwargs):
        """Show text to the user."""
