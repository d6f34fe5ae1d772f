"""Moved to listing/filters.py, below the apps. Kept only for claims/api/filters.py, which another
branch is changing: once that lands, its import names listing.filters and this file goes."""

from listing.filters import IdFilter, OrderingFilter, TextFilter

__all__ = ["IdFilter", "OrderingFilter", "TextFilter"]
