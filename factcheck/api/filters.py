"""Moved to filtering/filters.py, below the apps. Kept only for claims/api/filters.py, which another
branch is changing: once that lands, its import names filtering.filters and this file goes."""

from filtering.filters import IdFilter, OrderingFilter, TextFilter

__all__ = ["IdFilter", "OrderingFilter", "TextFilter"]
