"""What the rule sites compute once per quotation or sentence, when a rule first asks."""

from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class cached_property(Generic[T]):  # noqa: N801 -- named as the functools decorator it stands in for
    """``functools.cached_property`` without its lock.

    Before Python 3.12 the functools version takes one lock, shared by every instance, on each first
    read; the extraction reads tens of thousands of these properties per pass on one thread, and the
    lock cost 2% of it. The value is stored in the instance's ``__dict__`` under the same name, so
    later reads never reach the descriptor.
    """

    def __init__(self, func: Callable[[Any], T]):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> T:
        if instance is None:
            return self  # type: ignore[return-value]
        value = instance.__dict__[self.name] = self.func(instance)
        return value
